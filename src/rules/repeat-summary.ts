// What the report says of runs judged as one (repeats, confirm-failures): the flaky records, the
// records failing in every run, and how the runs were combined.
import type { Detail, GateRun, RepeatSummary } from '../model.ts';
import type { CombinedRecords, RepeatMode } from './repeat-records.ts';
import { recordName } from './stats/pairing.ts';

/** Flaky records named in the report; the rest are counted. */
export const FLAKY_SHOWN = 20;

export function summaryOf(
  runs: readonly GateRun[],
  mode: RepeatMode,
  combined: CombinedRecords | null,
  note: string | null,
): RepeatSummary {
  const flaky: string[] = [];
  let flakyCount = 0;
  let consistentFailureCount = 0;
  if (combined) {
    for (let i = 0; i < combined.records.keys.length; i += 1) {
      const passes = combined.passes[i] ?? 0;
      if (passes === 0) consistentFailureCount += 1;
      else if (passes < combined.runs && ++flakyCount <= FLAKY_SHOWN) flaky.push(recordName(combined.records, i));
    }
  }
  return { mode, runIds: runs.map((r) => r.runId), flaky, flakyCount, consistentFailureCount, note };
}

/** Flaky records named in the report's table; the JSON report names up to FLAKY_SHOWN. */
const FLAKY_IN_TABLE = 5;

/** What the report says of the runs judged as one, beside the vendor's details. */
export function repeatDetails(r: RepeatSummary): Detail[] {
  const how =
    r.mode === 'majority'
      ? 'judged as one: each record by its majority (a tie fails), the mean score'
      : 'the second started because the first failed: a record fails only when it failed in both, the better score';
  const details = [{ label: 'Runs', value: `${r.runIds.length} (${r.runIds.join(', ')}), ${how}; costs summed` }];
  if (r.note) return [...details, { label: 'Records', value: r.note }];
  const named = r.flaky.slice(0, FLAKY_IN_TABLE).join(', ');
  const more = r.flakyCount > FLAKY_IN_TABLE ? ` and ${r.flakyCount - FLAKY_IN_TABLE} more` : '';
  const passedLater = r.mode === 'confirm' ? 'failed, then passed' : 'passed in some runs, failed in others';
  return [
    ...details,
    { label: 'Flaky records', value: r.flakyCount === 0 ? 'none' : `${r.flakyCount} (${passedLater}): ${named}${more}` },
    { label: 'Failing in every run', value: String(r.consistentFailureCount) },
  ];
}
