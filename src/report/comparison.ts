import type { Comparison } from '../rules/comparison.ts';
import type { GateDecision } from '../rules/rules.ts';
import type { BaselineSource } from '../rules/verdict.ts';
import { formatDelta } from '../numbers.ts';
import { breakLinking, escapeInline } from './escape.ts';
import { figureCell, table } from './table.ts';
import { recordLines, testCell } from './record-figures.ts';

/** ▲ +2.5 or ▼ -0.041; a change too small to show is `= 0`, and binary noise is rounded away. */
const signed = (delta: number): string => {
  const text = formatDelta(delta);
  const arrow = text === '0' ? '=' : delta > 0 ? '▲' : '▼';
  return `${arrow} ${breakLinking(text)}`;
};

function comparisonTable(c: Comparison): string {
  const rows: string[][] = [];
  if (c.baselineScore !== null || c.candidateScore !== null) {
    const change = c.scoreDelta === null ? '—' : signed(c.scoreDelta);
    rows.push(['Score', figureCell(c.baselineScore), figureCell(c.candidateScore), change, testCell(c.scoreSignificance)]);
  }
  for (const m of c.metrics)
    rows.push([
      `metric ${escapeInline(m.name, 120)}`,
      figureCell(m.baseline),
      figureCell(m.candidate),
      signed(m.delta),
      testCell(m.significance),
    ]);
  // The test column only when the records could be tested: without them it would be dashes.
  const tested = c.records !== null;
  return table(
    ['', 'Baseline', 'This run', 'Change', ...(tested ? ['Is it worse? (one-sided)'] : [])],
    tested ? rows : rows.map((r) => r.slice(0, 4)),
  );
}

function newlyFailing(c: Comparison): string {
  if (c.newlyFailingCount === 0) return 'No record fails here that passed in the baseline.';
  const names = c.newlyFailing.map((name) => escapeInline(name, 120)).join(', ');
  const more = c.newlyFailingCount - c.newlyFailing.length;
  return `**Newly failing records (${c.newlyFailingCount}):** ${names}${more > 0 ? `, and ${more} more` : ''}`;
}

/** Where baseline-run-id: auto found the baseline, and how far behind the base commit. */
function foundAt(source: BaselineSource): string {
  const branch = source.baseRef ? escapeInline(source.baseRef, 100) : 'the base branch';
  const behind =
    source.behind === 0 ? `the base commit of ${branch}` : `${source.behind} commit${source.behind === 1 ? '' : 's'} behind ${branch}`;
  return `Found automatically: the last passing record of this gate, on commit \`${source.commit.slice(0, 12)}\` (${behind}).`;
}

/** The baseline section: each run beside it, or why it could not be read. */
export function baselineSection(gate: GateDecision): string | null {
  const baseline = gate.baseline;
  if (!baseline && gate.baselineNote) {
    return `> ⏭️ **No baseline, so max-regression is skipped (neither a pass nor a failure):** ${escapeInline(gate.baselineNote, 600)}`;
  }
  if (!baseline) return null;
  const id = escapeInline(baseline.runId, 200);
  if (!baseline.run) return `> ⚠️ **Baseline run ${id} could not be read:** ${escapeInline(baseline.problem, 600)}`;
  const parts = [`### Compared with baseline run ${id}`];
  if (baseline.source) parts.push(foundAt(baseline.source));
  for (const { run, decision } of gate.runs) {
    if (!decision.comparison) continue;
    if (gate.runs.length > 1) parts.push(`**Run ${escapeInline(run.runId, 200)}**`);
    const records = decision.comparison.records;
    parts.push(comparisonTable(decision.comparison), records ? recordLines(records) : newlyFailing(decision.comparison));
  }
  return parts.join('\n\n');
}
