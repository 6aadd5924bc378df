// Several runs started from one body (repeats, confirm-failures) judged as one run: pure, so the rules
// then decide it like any other. Fail closed: a run that did not complete speaks for the whole.
import type { FailingRecord, GateRun, MetricResult, RunStatus } from '../model.ts';
import { MAX_FAILURES_KEPT } from '../providers/schema.ts';
import type { RecordOutcomes } from '../providers/record-outcomes.ts';
import { repeatDetails, summaryOf } from './repeat-summary.ts';
import { type CombinedRecords, combineRecords, mean, passesAsWhole, type RepeatMode, unmatchable } from './repeat-records.ts';

export type { RepeatMode } from './repeat-records.ts';

/** Which run speaks for all when one did not complete: the least decided first. */
const SEVERITY: RunStatus[] = ['error', 'timed_out', 'running', 'pending', 'cancelled', 'failed'];

/** The mean (majority) or the best (confirm) of figures every run gives; null when any run gives none. */
function figure(values: readonly (number | null)[], mode: RepeatMode): number | null {
  if (values.length === 0 || values.some((v) => v === null)) return null;
  const known = values as number[];
  return mode === 'majority' ? mean(known) : Math.max(...known);
}

/** The runs' own verdicts combined: a majority of passes (a tie fails), or any pass for confirm; null when one gives none. */
function verdicts(values: readonly (boolean | null)[], mode: RepeatMode): boolean | null {
  if (values.some((v) => v === null)) return null;
  const passes = values.filter(Boolean).length;
  return passesAsWhole(passes, values.length, mode);
}

function metricsOf(runs: readonly GateRun[], mode: RepeatMode): MetricResult[] {
  const [first, ...rest] = runs;
  if (!first) return [];
  // A metric some run lacks is left out: a rule on it is then an error, never a pass.
  return first.metrics
    .filter((m) => rest.every((r) => r.metrics.some((o) => o.name === m.name)))
    .map((m) => {
      const all = runs.map((r) => r.metrics.find((o) => o.name === m.name) as MetricResult);
      const score = figure(
        all.map((o) => o.score),
        mode,
      );
      const passed =
        score !== null && m.threshold !== null
          ? score >= m.threshold
          : verdicts(
              all.map((o) => o.passed),
              mode,
            );
      return { ...m, score, passed, problem: all.find((o) => o.problem)?.problem ?? null };
    });
}

/** The combined records that fail, failing in every run first, as the report lists failures. */
function failuresOf(combined: CombinedRecords, mode: RepeatMode): FailingRecord[] {
  const { records, passes, runs } = combined;
  const failing: number[] = [];
  for (let i = 0; i < records.keys.length; i += 1) if (records.passed[i] === 0) failing.push(i);
  failing.sort((a, b) => (passes[a] ?? 0) - (passes[b] ?? 0));
  return failing.slice(0, MAX_FAILURES_KEPT).map((i) => {
    const metric = records.metricIndex[i] ?? -1;
    const failed = runs - (passes[i] ?? 0);
    const why = mode === 'majority' ? `failed in ${failed} of ${runs} runs` : `failed in both runs`;
    return {
      name: `record ${records.keys[i]}`,
      metric: metric < 0 ? null : (records.metrics[metric] ?? null),
      score: Number.isFinite(records.scores[i]) ? (records.scores[i] as number) : null,
      threshold: null,
      message: why,
      prompt: null,
    };
  });
}

/** The records of every run, combined; null with the reason when some run has none or they cannot be matched. */
function recordsOf(runs: readonly GateRun[], mode: RepeatMode): { combined: CombinedRecords | null; note: string | null } {
  const list = runs.map((r) => r.records);
  if (list.some((r) => !r)) return { combined: null, note: 'the vendor lists no records for some run, so records are not combined' };
  const why = unmatchable(list as RecordOutcomes[]);
  if (why) return { combined: null, note: `records are not combined: ${why}` };
  return { combined: combineRecords(list as RecordOutcomes[], mode), note: null };
}

const sumOrNull = (values: readonly (number | null)[]) =>
  values.every((v) => v === null) ? null : values.reduce<number>((sum, v) => sum + (v ?? 0), 0);

/** The vendor's verdict for the runs as one: its threshold on the combined score, else every combined record, else the runs' verdicts. */
function verdictOf(runs: readonly GateRun[], mode: RepeatMode, score: number | null, combined: CombinedRecords | null) {
  const threshold = runs[0]?.vendorThreshold ?? null;
  if (threshold !== null && score !== null && runs.every((r) => r.vendorThreshold === threshold)) return score >= threshold;
  if (combined) return combined.records.passed.every((p) => p === 1);
  return verdicts(
    runs.map((r) => r.vendorPassed),
    mode,
  );
}

/**
 * Runs started from one body, as one run: each record by its majority (a tie fails) or, for confirm,
 * failing only when it failed in both; the mean or the best score; costs summed. A run that did not
 * complete (errored, timed out, failed, cancelled) is judged instead, so the whole is never a pass.
 */
export function combineRuns(runs: readonly GateRun[], mode: RepeatMode): GateRun {
  const [first] = runs;
  if (!first) throw new Error('combineRuns: no runs');
  const unfinished = SEVERITY.map((s) => runs.find((r) => r.status === s || (s === 'error' && r.problem !== null))).find(Boolean);
  const { combined, note } = recordsOf(runs, mode);
  const repeats = summaryOf(runs, mode, combined, note);
  if (unfinished) return { ...unfinished, repeats, details: [...unfinished.details, ...repeatDetails(repeats)] };
  const score = figure(
    runs.map((r) => r.score),
    mode,
  );
  const vendorPassed = verdictOf(runs, mode, score, combined);
  const failures = combined ? failuresOf(combined, mode) : (runs.at(-1)?.failures ?? []);
  const failing = combined ? combined.records.passed.length - combined.records.passed.reduce((s, p) => s + p, 0) : null;
  const total = combined?.records.keys.length ?? 0;
  return {
    ...first,
    vendorPassed,
    verdictGap: vendorPassed === null ? 'a run gave no verdict' : null,
    verdictWhy:
      vendorPassed === false && failing
        ? `${failing} of ${total} records ${mode === 'majority' ? 'fail in most runs' : 'fail in both runs'}`
        : null,
    score,
    passRate:
      combined && total > 0
        ? (total - (failing ?? 0)) / total
        : figure(
            runs.map((r) => r.passRate),
            mode,
          ),
    passCounts: combined && total > 0 ? { passed: total - (failing ?? 0), total } : null,
    metrics: metricsOf(runs, mode),
    failures,
    failureCount: failing ?? runs.at(-1)?.failureCount ?? 0,
    records: combined?.records ?? null,
    costUsd: sumOrNull(runs.map((r) => r.costUsd)),
    durationMs: runs.some((r) => r.durationMs === null) ? null : Math.max(...runs.map((r) => r.durationMs as number)),
    polls: runs.reduce((sum, r) => sum + r.polls, 0),
    progress: null,
    provenance: sameProvenance(runs),
    details: [...first.details, ...repeatDetails(repeats)],
    repeats,
  };
}

/** What the runs record of their code: the first's, unless another recorded different code (then a problem). */
function sameProvenance(runs: readonly GateRun[]): GateRun['provenance'] {
  const first = runs[0]?.provenance ?? null;
  const text = (r: GateRun) => JSON.stringify(r.provenance?.fields ?? null);
  const other = runs.find((r) => text(r) !== text(runs[0] as GateRun));
  if (!other || !first) return first;
  return { ...first, problem: `run ${other.runId} recorded other code than run ${runs[0]?.runId}` };
}
