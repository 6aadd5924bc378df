// A person's command against what the gate remembers of the PR's head commit. Pure.
import { REASON_MAX_CHARS, type ReviewAction } from './command.ts';
import { decisionStatus, type ReviewState } from './outcome.ts';
import type { Decision, GateState } from './record.ts';

export type CommandResult =
  /** Nothing changes; `reply` says why. */
  | { kind: 'refused'; reply: string }
  /** `decision` replaces the one remembered (null: withdrawn); `status` is the commit status to set. */
  | { kind: 'recorded'; decision: Decision | null; status: GateState['status']; review: ReviewState; summary: string };

export interface CommandInput {
  action: ReviewAction;
  reason: string;
  by: string;
  at: string;
  commentUrl: string | null;
  headSha: string;
  /** What the gate's sticky comment remembers; null when it has none. */
  state: GateState | null;
  current: Decision | null;
}

const short = (sha: string) => sha.slice(0, 7);

/** The reason as stored: one line, cut to REASON_MAX_CHARS (with an ellipsis); every place that shows it escapes it. */
export function storedReason(reason: string): string {
  const chars = Array.from(reason.replace(/\s+/g, ' ').trim());
  return chars.length <= REASON_MAX_CHARS ? chars.join('') : `${chars.slice(0, REASON_MAX_CHARS - 1).join('')}…`;
}

export function decideCommand(input: CommandInput): CommandResult {
  const { state } = input;
  if (!state) return { kind: 'refused', reply: 'this gate has no report on this pull request yet, so there is nothing to decide' };
  if (state.sha !== input.headSha) {
    return {
      kind: 'refused',
      reply: `the gate has not yet reported on the head commit ${short(input.headSha)} (its report is for ${short(state.sha)}); comment again once it has`,
    };
  }
  const current = input.current?.sha === input.headSha ? input.current : null;
  if (input.action === 'revoke') {
    if (!current) return { kind: 'refused', reply: 'there is no approval or rejection on this commit to revoke' };
    const review = state.held && state.verdict === 'pass' ? 'pending' : 'none';
    return {
      kind: 'recorded',
      decision: null,
      status: state.status,
      review,
      summary: `${current.decision === 'approve' ? 'approval' : 'rejection'} revoked`,
    };
  }
  if (state.verdict === 'error') {
    return { kind: 'refused', reply: 'the gate could not decide (its verdict is error), and that is never approved; re-run it' };
  }
  if (state.verdict === 'pass' && !state.held)
    return { kind: 'refused', reply: 'the gate passed and no review is awaited: there is nothing to decide' };
  const decision: Decision = {
    decision: input.action,
    by: input.by,
    at: input.at,
    sha: input.headSha,
    failing: state.failing,
    reason: storedReason(input.reason),
    carriedFrom: null,
    commentUrl: input.commentUrl,
  };
  const review = input.action === 'approve' ? 'approved' : 'rejected';
  return {
    kind: 'recorded',
    decision,
    status: decisionStatus(decision),
    review,
    summary: `${input.action === 'approve' ? 'approved' : 'rejected'} by @${input.by}`,
  };
}
