import { formatDurationMs } from '../duration.ts';
import type { GateRun } from '../model.ts';
import { providerLabel } from '../providers/index.ts';
import type { GateDecision, RunVerdict } from '../rules.ts';
import { codeBlock, escapeInline, safeLink } from './escape.ts';
import { numberCell, table } from './table.ts';

/** The facts of a run, each as [label, markdown], in the order a reviewer reads them. */
function facts({ run, decision }: RunVerdict): Array<[string, string]> {
  const source = run.sampleRankSource === 'vendor' ? "the vendor's rank" : 'derived rank';
  return [
    ['Verdict', `**${decision.verdict}**`],
    ['Vendor', providerLabel(run.provider)],
    ['Status', run.status],
    ['Score / threshold', `${numberCell(run.score)} / ${numberCell(decision.thresholdApplied)}`],
    ['Pass rate', numberCell(run.passRate)],
    ['Sampled', `${decision.sampled ? '**yes**, for human review' : 'no'} (${source} ${run.sampleRank})`],
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

/** Rules, vendor error, metrics (and, with several runs, the vendor's details) of one run. */
export function runDetails({ run, decision }: RunVerdict, several: boolean): string {
  const parts: string[] = [several ? `### Run ${escapeInline(run.runId, 200)}` : '### Rules'];
  parts.push(
    table(
      ['Rule', 'Result', 'Detail'],
      // A rule's name carries a metric-thresholds name, an input a pull request can set.
      decision.checks.map((c) => [escapeInline(c.rule, 160), c.outcome, escapeInline(c.detail, 600)]),
    ),
  );
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
    const result = (passed: boolean | null) => (passed === null ? '—' : passed ? 'pass' : 'fail');
    if (!several) parts.push('### Metrics');
    parts.push(
      table(
        ['Metric', 'Score', 'Threshold', 'Result'],
        run.metrics.map((m) => [escapeInline(m.name, 120), numberCell(m.score), numberCell(m.threshold), result(m.passed)]),
      ),
    );
  }
  return parts.join('\n\n');
}
