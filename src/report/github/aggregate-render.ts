// The aggregate step's report: one section per gate, ordered by gate name. A
// section is what the gate's own commit status says (aggregate-decision.ts):
// its state, its description and a link to its workflow run, where the gate's
// job summary has the whole report. The description and the link were read back
// from GitHub and are untrusted: escaped again here, the link kept only when it
// is a workflow run of this repository on this server.
import { escapeInline, safeLink } from '../escape.ts';
import { COMMENT_BODY_LIMIT } from '../render.ts';
import type { AggregateDecision, GateState, GateStatus } from './aggregate-decision.ts';
import type { RunnerContext } from './context.ts';

export type FinalDecision = Exclude<AggregateDecision, { state: 'waiting' }>;

const ICON: Record<GateState, string> = { success: '✅', failure: '❌', error: '⚠️', pending: '⏳' };
const HEADLINE: Record<FinalDecision['state'], string> = {
  success: '✅ Evals passed',
  failure: '❌ Evals failed',
  error: '⚠️ Evals could not be decided',
};
/** Room kept for the note that says how many sections were left out. */
const NOTE_ROOM = 400;

/** The gate's workflow run, when the status links to one of this repository's runs on this server; else null. */
export function runLinkOf(url: string | null, context: Pick<RunnerContext, 'serverUrl' | 'repository'>): string | null {
  if (!url || !context.repository || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  const server = new URL(context.serverUrl);
  const runPath = new RegExp(`^/${context.repository.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/actions/runs/\\d+(?:/attempts/\\d+)?/?$`, 'i');
  const ok = parsed.protocol === 'https:' && parsed.host === server.host && runPath.test(parsed.pathname) && !parsed.search && !parsed.hash;
  return ok ? parsed.href : null;
}

function section(gate: GateStatus, context: Pick<RunnerContext, 'serverUrl' | 'repository'>): string {
  const link = runLinkOf(gate.targetUrl, context);
  const description = gate.description ? escapeInline(gate.description, 140) : `_${gate.state}, with no description_`;
  return [
    `### ${ICON[gate.state]} ${escapeInline(gate.name, 100)}`,
    '',
    description,
    ...(link ? ['', safeLink('Full report (the workflow run)', link)] : []),
  ].join('\n');
}

/** The aggregate's one-line outcome, also its status description: why, and which gates decided. */
export function outcomeLine(decision: FinalDecision): string {
  return decision.decidedBy.length > 0 && decision.state !== 'success' ? `${decision.why}: ${decision.decidedBy.join(', ')}` : decision.why;
}

export function aggregateMarkdown(decision: FinalDecision, options: { name: string; pattern: string; context: RunnerContext }): string {
  const head = [
    `## ${HEADLINE[decision.state]}: ${escapeInline(options.name, 120)}`,
    '',
    `Gates matching ${escapeInline(options.pattern, 100)} on this commit: ${escapeInline(outcomeLine(decision), 1000)}.`,
  ].join('\n');
  const parts = [head];
  let size = head.length;
  let left = 0;
  for (const gate of decision.gates) {
    const text = section(gate, options.context);
    if (left > 0 || size + text.length + 2 > COMMENT_BODY_LIMIT - NOTE_ROOM) left += 1;
    else {
      parts.push(text);
      size += text.length + 2;
    }
  }
  if (left > 0)
    parts.push(`_${left} more gate(s) left out to keep this comment under GitHub's size limit; each one's commit status has its verdict._`);
  return parts.join('\n\n');
}
