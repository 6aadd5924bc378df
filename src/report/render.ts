import { formatDurationMs } from '../duration.ts';
import type { GateRun } from '../model.ts';
import { providerLabel } from '../providers/labels.ts';
import type { GateDecision, RunVerdict, Verdict } from '../rules.ts';
import { baselineSection } from './comparison.ts';
import { codeBlock, escapeInline, safeLink } from './escape.ts';
import { recordsSection } from './records.ts';
import { table } from './table.ts';

/** GitHub rejects comments over 65,536 characters; this leaves room for the marker and footer. */
export const COMMENT_BODY_LIMIT = 64_000;

export interface RenderOptions {
  name: string | null;
  sampleRate: number;
  /** Characters the body may take; sections are trimmed to fit, records first. */
  limit?: number;
}

const HEADLINE: Record<Verdict, string> = {
  pass: '✅ Evals passed',
  fail: '❌ Evals failed',
  error: '⚠️ Evals could not be decided',
};

const num = (value: number | null): string => (value === null ? '—' : String(value));

function runCell(run: GateRun): string {
  return safeLink(escapeInline(run.runId, 200), run.url);
}

function sampledCell(run: GateRun, sampled: boolean): string {
  const source = run.sampleRankSource === 'vendor' ? 'vendor rank' : 'derived rank';
  return `${sampled ? '**yes**' : 'no'} (${source} ${run.sampleRank})`;
}

function runsTable({ runs }: GateDecision, threshold: (v: RunVerdict) => number | null): string {
  return table(
    ['Verdict', 'Vendor', 'Run', 'Status', 'Score / threshold', 'Pass rate', 'Sampled', 'Duration', 'Cost'],
    runs.map((v) => [
      v.decision.verdict,
      providerLabel(v.run.provider),
      runCell(v.run),
      v.run.status,
      `${num(v.run.score)} / ${num(threshold(v))}`,
      num(v.run.passRate),
      sampledCell(v.run, v.decision.sampled),
      v.run.durationMs === null ? '—' : formatDurationMs(v.run.durationMs),
      v.run.costUsd === null ? '—' : `$${v.run.costUsd}`,
    ]),
  );
}

function sampledNotice(v: RunVerdict, sampleRate: number): string {
  return `> 🔍 **Selected for human review:** run ${escapeInline(v.run.runId, 200)} has sample rank ${v.run.sampleRank} < sample-rate ${sampleRate}.`;
}

function runDetails(v: RunVerdict, several: boolean): string {
  const { run, decision } = v;
  const parts: string[] = [several ? `### Run ${escapeInline(run.runId, 200)}` : '### Rules'];
  parts.push(
    table(
      ['Rule', 'Result', 'Detail'],
      decision.checks.map((c) => [c.rule, c.outcome, escapeInline(c.detail, 600)]),
    ),
  );
  if (run.vendorError) parts.push(`**Vendor error**\n\n${codeBlock(run.vendorError)}`);
  if (run.details.length > 0) {
    parts.push(
      table(
        ['Field', 'Value'],
        run.details.map((d) => [escapeInline(d.label, 80), escapeInline(d.value, 200)]),
      ),
    );
  }
  if (run.metrics.length > 0) {
    parts.push(
      table(
        ['Metric', 'Score', 'Threshold', 'Result'],
        run.metrics.map((m) => [
          escapeInline(m.name, 120),
          num(m.score),
          num(m.threshold),
          m.passed === null ? '—' : m.passed ? 'pass' : 'fail',
        ]),
      ),
    );
  }
  return parts.join('\n\n');
}

/**
 * The report, rendered once for the job summary and the PR comment. Sections
 * that do not fit are left out with a note, records first, then run details.
 */
export function renderReport(gate: GateDecision, options: RenderOptions): string {
  const limit = options.limit ?? COMMENT_BODY_LIMIT;
  const several = gate.runs.length > 1;
  const title = options.name ? `${HEADLINE[gate.verdict]}: ${escapeInline(options.name, 120)}` : HEADLINE[gate.verdict];
  const head = [
    `## ${title}`,
    `**${gate.verdict === 'pass' ? 'Why it passed' : 'Why'}:** ${escapeInline(gate.reason, 1000)}`,
    runsTable(gate, (v) => v.decision.thresholdApplied),
    ...gate.runs.filter((v) => v.decision.sampled).map((v) => sampledNotice(v, options.sampleRate)),
    baselineSection(gate),
  ].filter((part): part is string => part !== null);
  const out: string[] = [];
  let used = 0;
  const tryAdd = (text: string): boolean => {
    if (used + text.length + 2 > limit) return false;
    out.push(text);
    used += text.length + 2;
    return true;
  };
  for (const part of head) tryAdd(part);
  const left = gate.runs.filter((v) => !tryAdd(runDetails(v, several))).length;
  if (left > 0) tryAdd(`_Details of ${left} run(s) left out to keep this report under GitHub's size limit; see the vendor's run pages._`);
  for (const v of gate.runs) {
    const section = recordsSection(v.run, limit - used - 200);
    if (section) tryAdd(section);
  }
  return out.join('\n\n');
}
