import { formatDurationMs } from '../inputs/duration.ts';
import type { GateRun } from '../model.ts';
import { providerLabel } from '../providers/index.ts';
import type { Check, GateDecision, RunVerdict } from '../rules/rules.ts';
import { breakLinking, codeBlock, escapeInline, safeLink } from './escape.ts';
import { formatPair, formatRank, formatRate } from '../numbers.ts';
import { figureCell, numberCell, resultCell, table } from './table.ts';

/**
 * Passing and all records behind the pass rate: the failing count is the
 * rate's complement, so the total follows from both when it comes out whole
 * (formatRate shows the counts only when they give back the rate exactly).
 */
export function passCounts(run: GateRun): { passed: number; total: number } | null {
  if (run.passCounts !== undefined) return run.passCounts;
  if (run.passRate === null || run.passRate >= 1 || run.failureCount === 0) return null;
  const total = Math.round(run.failureCount / (1 - run.passRate));
  return { passed: total - run.failureCount, total };
}

/** How the report names a run's score and pass rate: by what they count, when that is not quality (Runtype). */
export function figureLabels(run: GateRun): { score: string; passRate: string } {
  if (!run.measure) return { score: 'Score', passRate: 'Pass rate' };
  const measure = run.measure.charAt(0).toUpperCase() + run.measure.slice(1);
  return { score: `${measure} (%)`, passRate: measure };
}

/** The score against the threshold the verdict used, told apart when rounding would make them read the same. */
function scoreCell(score: number | null, threshold: number | null): string {
  if (score === null || threshold === null) return `${figureCell(score)} / ${figureCell(threshold)}`;
  return formatPair(score, threshold).map(breakLinking).join(' / ');
}

/** The facts of a run, each as [label, markdown], in the order a reviewer reads them. */
function facts({ run, decision }: RunVerdict): Array<[string, string]> {
  const source = run.sampleRankSource === 'vendor' ? "the vendor's rank" : 'derived rank';
  const rate = run.passRate === null ? null : formatRate(run.passRate, passCounts(run));
  const labels = figureLabels(run);
  return [
    ['Verdict', `**${resultCell(decision.verdict)}**`],
    ['Vendor', providerLabel(run.provider)],
    ['Status', run.status],
    [`${labels.score} / threshold`, scoreCell(run.score, decision.thresholdApplied)],
    [labels.passRate, rate === null ? '—' : breakLinking(rate)],
    ['Sampled', `${decision.sampled ? '**yes**, for human review' : 'no'} (${source} ${figureCell(run.sampleRank, formatRank)})`],
    ['Duration', run.durationMs === null ? '—' : formatDurationMs(run.durationMs)],
    ['Cost', run.costUsd === null ? '—' : `\\$${numberCell(run.costUsd)}`],
  ];
}

const runLink = (run: GateRun): string => safeLink(escapeInline(run.runId, 200), run.url);

/** One run: a two-column table, the vendor's own details (dataset, model…) at the end. */
function singleRunTable(verdict: RunVerdict): string {
  const extra = verdict.run.details.map((d): [string, string] => [escapeInline(d.label, 80), escapeInline(d.value, 200)]);
  return table(['Run', runLink(verdict.run)], [...facts(verdict), ...extra]);
}

/** Several runs: a row each. */
function runsTable(runs: RunVerdict[]): string {
  const header = ['Run', ...facts(runs[0] as RunVerdict).map(([label]) => label)];
  return table(
    header,
    runs.map((v) => [runLink(v.run), ...facts(v).map(([, value]) => value)]),
  );
}

export function summaryTable(gate: GateDecision): string {
  const [only] = gate.runs;
  return gate.runs.length === 1 && only ? singleRunTable(only) : runsTable(gate.runs);
}

/** A table of rules: a name a pull request can set (metric-thresholds) is escaped like any text. */
function rulesTable(checks: Check[]): string {
  return table(
    ['Rule', 'Result', 'Detail'],
    checks.map((c) => [escapeInline(c.rule, 160), resultCell(c.outcome), escapeInline(c.detail, 600)]),
  );
}

/** The budgets (max-cost …), measured over every gated run; null when none is set. */
export function budgetsSection(gate: GateDecision): string | null {
  const budgets = gate.budgets ?? [];
  return budgets.length > 0 ? `### Budgets${gate.runs.length > 1 ? ', over all runs' : ''}\n\n${rulesTable(budgets)}` : null;
}

/** Rules, vendor error, metrics (and, with several runs, the vendor's details) of one run. */
export function runDetails({ run, decision }: RunVerdict, several: boolean): string {
  const parts: string[] = [several ? `### Run ${escapeInline(run.runId, 200)}` : '### Rules'];
  parts.push(rulesTable(decision.checks));
  if (run.vendorError) parts.push(`**Vendor error**\n\n${codeBlock(run.vendorError)}`);
  if (several && run.details.length > 0) {
    parts.push(
      table(
        ['Field', 'Value'],
        run.details.map((d) => [escapeInline(d.label, 80), escapeInline(d.value, 200)]),
      ),
    );
  }
  if (run.metrics.length > 0) {
    const result = (passed: boolean | null) => (passed === null ? '—' : resultCell(passed ? 'pass' : 'fail'));
    if (!several) parts.push('### Metrics');
    // A column for what the vendor says beside a score (an Avido eval's type and pass rate), only when one does.
    const detail = run.metrics.some((m) => m.detail);
    parts.push(
      table(
        ['Metric', 'Score', 'Threshold', 'Result', ...(detail ? ['Detail'] : [])],
        run.metrics.map((m) => [
          escapeInline(m.name, 120),
          figureCell(m.score),
          figureCell(m.threshold),
          result(m.passed),
          ...(detail ? [escapeInline(m.detail ?? null, 200)] : []),
        ]),
      ),
    );
  }
  return parts.join('\n\n');
}
