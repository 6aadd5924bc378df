import type { Comparison } from '../baseline.ts';
import type { GateDecision } from '../rules.ts';
import { escapeInline } from './escape.ts';
import { numberCell, table } from './table.ts';

// Differences of decimals pick up binary noise (0.30000000000000004); ten digits are plenty.
const signed = (delta: number): string => {
  const value = Number(delta.toPrecision(10));
  const arrow = value > 0 ? '▲' : value < 0 ? '▼' : '=';
  return `${arrow} ${value > 0 ? '+' : ''}${numberCell(value)}`;
};

function comparisonTable(c: Comparison): string {
  const rows: string[][] = [];
  if (c.baselineScore !== null || c.candidateScore !== null) {
    rows.push(['Score', numberCell(c.baselineScore), numberCell(c.candidateScore), c.scoreDelta === null ? '—' : signed(c.scoreDelta)]);
  }
  for (const m of c.metrics)
    rows.push([`metric ${escapeInline(m.name, 120)}`, numberCell(m.baseline), numberCell(m.candidate), signed(m.delta)]);
  return table(['', 'Baseline', 'This run', 'Change'], rows);
}

function newlyFailing(c: Comparison): string {
  if (c.newlyFailingCount === 0) return 'No record fails here that passed in the baseline.';
  const names = c.newlyFailing.map((name) => escapeInline(name, 120)).join(', ');
  const more = c.newlyFailingCount - c.newlyFailing.length;
  return `**Newly failing records (${c.newlyFailingCount}):** ${names}${more > 0 ? `, and ${more} more` : ''}`;
}

/** The baseline section: each run beside it, or why it could not be read. */
export function baselineSection(gate: GateDecision): string | null {
  const baseline = gate.baseline;
  if (!baseline) return null;
  const id = escapeInline(baseline.runId, 200);
  if (!baseline.run) return `> ⚠️ **Baseline run ${id} could not be read:** ${escapeInline(baseline.problem, 600)}`;
  const parts = [`### Compared with baseline run ${id}`];
  for (const { run, decision } of gate.runs) {
    if (!decision.comparison) continue;
    if (gate.runs.length > 1) parts.push(`**Run ${escapeInline(run.runId, 200)}**`);
    parts.push(comparisonTable(decision.comparison), newlyFailing(decision.comparison));
  }
  return parts.join('\n\n');
}
