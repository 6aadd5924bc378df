import { formatDurationMs } from '../inputs/duration.ts';
import type { GateRun } from '../model.ts';
import { formatDelta, formatPair, formatRank, formatRate, formatScore } from '../numbers.ts';
import { providerLabel } from '../providers/index.ts';
import { type Check, type GateDecision, type Outcome, type RunVerdict, type Verdict, verdictWords } from '../rules/rules.ts';
import { escapeText } from './escape.ts';
import { figureLabels, passCounts } from './run-tables.ts';

/** Failing records listed per run in a terminal; the JSON report has them all. */
const TEXT_RECORDS_SHOWN = 10;

export interface TextOptions {
  name: string | null;
  sampleRate: number;
  /** ANSI colours: only on a terminal, and never with NO_COLOR (the CLI decides). */
  colour: boolean;
}

type Paint = (outcome: Outcome, text: string) => string;

const MARK: Record<Outcome, string> = { pass: '✔', fail: '✖', error: '⚠', skipped: '-', warning: '⚠' };
const ANSI: Record<Outcome, string> = {
  pass: '\u001B[32m',
  fail: '\u001B[31m',
  error: '\u001B[33m',
  skipped: '\u001B[90m',
  warning: '\u001B[33m',
};
const HEADLINE: Record<Verdict, string> = { pass: 'Evals passed', fail: 'Evals failed', error: 'Evals could not be decided' };

const painter =
  (colour: boolean): Paint =>
  (outcome, text) =>
    colour ? `${ANSI[outcome]}${text}\u001B[39m` : text;

const figure = (value: number | null, format: (n: number) => string = formatScore): string => (value === null ? '—' : format(value));

/** Label and value, aligned: every line starts with our own text, so vendor text can never start one. */
const row = (label: string, value: string): string => `  ${`${label}:`.padEnd(19)} ${value}`;

function scoreLine(run: GateRun, threshold: number | null): string {
  if (run.score === null || threshold === null) return `${figure(run.score)} / ${figure(threshold)}`;
  return formatPair(run.score, threshold).join(' / ');
}

function runFacts({ run, decision }: RunVerdict, paint: Paint): string[] {
  const source = run.sampleRankSource === 'vendor' ? "the vendor's rank" : 'derived rank';
  const labels = figureLabels(run);
  const lines = [
    `Run ${escapeText(run.runId, 200)} at ${providerLabel(run.provider)}: ${paint(decision.verdict, `${MARK[decision.verdict]} ${decision.verdict}`)}`,
    row('Status', run.status),
    row(`${labels.score} / threshold`, scoreLine(run, decision.thresholdApplied)),
    row(labels.passRate, run.passRate === null ? '—' : formatRate(run.passRate, passCounts(run))),
    row('Sampled', `${decision.sampled ? 'yes, for human review' : 'no'} (${source} ${formatRank(run.sampleRank)})`),
    row('Duration', run.durationMs === null ? '—' : formatDurationMs(run.durationMs)),
    row('Cost', run.costUsd === null ? '—' : `$${run.costUsd}`),
  ];
  if (run.url) lines.push(row('Vendor page', escapeText(run.url, 300)));
  // A vendor's label after our `·`, never first on its line.
  for (const d of run.details) lines.push(`  · ${escapeText(d.label, 40)}: ${escapeText(d.value, 200)}`);
  return lines;
}

/** `Evals passed with 1 warning`: the verdict with warn-on's warnings counted. */
const headline = (gate: GateDecision): string =>
  gate.verdict === 'pass' && (gate.warnings ?? 0) > 0 ? `Evals ${verdictWords(gate)}` : HEADLINE[gate.verdict];

const checkLine = (c: Check, paint: Paint): string =>
  `  ${paint(c.outcome, MARK[c.outcome])} ${escapeText(c.rule, 160)}: ${escapeText(c.detail, 600)}`;

function rulesAndMetrics({ run, decision }: RunVerdict, paint: Paint): string[] {
  const lines = ['Rules'];
  for (const c of decision.checks) lines.push(checkLine(c, paint));
  if (run.vendorError) lines.push(`Vendor error: ${escapeText(run.vendorError, 600)}`);
  if (run.metrics.length > 0) lines.push('Metrics');
  for (const m of run.metrics) {
    const verdict: Verdict | null = m.passed === null ? null : m.passed ? 'pass' : 'fail';
    const mark = verdict ? paint(verdict, MARK[verdict]) : '-';
    const threshold = m.threshold === null ? '' : ` (threshold ${formatScore(m.threshold)})`;
    const detail = m.detail ? ` · ${escapeText(m.detail, 200)}` : '';
    lines.push(`  ${mark} ${escapeText(m.name, 120)}: ${figure(m.score)}${threshold}${detail}`);
  }
  return lines;
}

function records(run: GateRun): string[] {
  if (run.failureCount === 0) return [];
  const shown = run.failures.slice(0, TEXT_RECORDS_SHOWN);
  const more = run.failureCount - shown.length;
  const lines = [
    `Failing records: ${run.failureCount}${more > 0 ? ` (${shown.length} listed; the JSON report and the vendor's page have the rest)` : ''}`,
  ];
  for (const r of shown) {
    const parts = [
      escapeText(r.name, 120),
      r.metric ? escapeText(r.metric, 80) : null,
      r.score === null ? null : `${formatScore(r.score)}`,
    ];
    const message = r.message ? `: ${escapeText(r.message, 240)}` : '';
    lines.push(`  - ${parts.filter(Boolean).join(' · ')}${message}`);
  }
  return lines;
}

function baselineLines(gate: GateDecision): string[] {
  const baseline = gate.baseline;
  if (!baseline) return [];
  const id = escapeText(baseline.runId, 200);
  if (!baseline.run) return [`Baseline run ${id} could not be read: ${escapeText(baseline.problem, 600)}`];
  const lines = [`Compared with baseline run ${id}`];
  const change = (before: number | null, after: number | null, delta: number | null) =>
    `${figure(before)} → ${figure(after)}${delta === null ? '' : ` (${formatDelta(delta) === '0' ? '=' : delta > 0 ? '▲' : '▼'} ${formatDelta(delta)})`}`;
  for (const { run, decision } of gate.runs) {
    const c = decision.comparison;
    if (!c) continue;
    lines.push(row(`Score, run ${escapeText(run.runId, 40)}`, change(c.baselineScore, c.candidateScore, c.scoreDelta)));
    for (const m of c.metrics) lines.push(row(`metric ${escapeText(m.name, 40)}`, change(m.baseline, m.candidate, m.delta)));
    if (c.newlyFailingCount > 0)
      lines.push(row('  Newly failing', `${c.newlyFailingCount}: ${c.newlyFailing.map((n) => escapeText(n, 120)).join(', ')}`));
  }
  return lines;
}

/** The report for a terminal: the verdict and its reason first, then each run. No markdown, no escapes. */
export function renderText(gate: GateDecision, options: TextOptions): string {
  const paint = painter(options.colour);
  const title = `${MARK[gate.verdict]} ${headline(gate)}${options.name ? `: ${escapeText(options.name, 120)}` : ''}`;
  const blocks: string[][] = [[paint(gate.verdict, title), `Why: ${escapeText(gate.reason, 1000)}`]];
  for (const v of gate.runs.filter((r) => r.decision.sampled)) {
    const [rank, rate] = formatPair(v.run.sampleRank, options.sampleRate, formatRank);
    blocks.push([`Selected for human review: run ${escapeText(v.run.runId, 200)} has sample rank ${rank} < sample-rate ${rate}.`]);
  }
  for (const v of gate.runs) blocks.push([...runFacts(v, paint), ...rulesAndMetrics(v, paint), ...records(v.run)]);
  const budgets = gate.budgets ?? [];
  if (budgets.length > 0) blocks.push(['Budgets, over all runs', ...budgets.map((c) => checkLine(c, paint))]);
  const baseline = baselineLines(gate);
  if (baseline.length > 0) blocks.push(baseline);
  return blocks.map((b) => b.join('\n')).join('\n\n');
}
