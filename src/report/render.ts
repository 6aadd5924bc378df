import type { GateDecision, RunVerdict, Verdict } from '../rules.ts';
import { baselineSection } from './comparison.ts';
import { escapeInline } from './escape.ts';
import { recordsSection } from './records.ts';
import { runDetails, summaryTable } from './run-tables.ts';

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

function sampledNotice(v: RunVerdict, sampleRate: number): string {
  return `> 🔍 **Selected for human review:** run ${escapeInline(v.run.runId, 200)} has sample rank ${v.run.sampleRank} < sample-rate ${sampleRate}.`;
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
    summaryTable(gate),
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
