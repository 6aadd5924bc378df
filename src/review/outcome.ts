// On a push: what review and earlier decisions make of the gate's commit status. Pure.
import type { GateDecision } from '../rules/rules.ts';
import { covers, failingOf, newlyFailing } from './failing.ts';
import { type Decision, decisionLine, type GateState, stateLine } from './record.ts';

/** The review output: nothing to decide, a person is awaited, or a person's decision stands. */
export type ReviewState = 'none' | 'pending' | 'approved' | 'rejected';

export type StatusState = GateState['status']['state'];

export interface ReviewOutcome {
  review: ReviewState;
  /** The commit status to set: the rules' own, or a person's decision, or pending while review is awaited. */
  status: GateState['status'];
  /** Hidden lines for the top of the sticky comment. */
  header: string[];
  /** What the comment says under its title, when there is something to say. */
  notice: Notice | null;
}

/** What the comment says: a decision that stands, a review awaited, or an earlier approval that does not carry. */
export type Notice =
  { kind: 'decision'; decision: Decision } | { kind: 'awaiting' } | { kind: 'not-covered'; decision: Decision; newCount: number | null };

/** A person can decide: the rules failed, or a run is held for review. Only then is an earlier decision read. */
export function needsPerson(gate: GateDecision, reviewRequired: boolean): boolean {
  return gate.verdict === 'fail' || (reviewRequired && gate.sampled && gate.verdict === 'pass');
}

export const AWAITING_REVIEW = 'awaiting review: /eval-gate approve or reject';

/** A person's decision as the commit status says it (GitHub cuts nothing: commit-status.ts fits it). */
export function decisionStatus(decision: Decision): GateState['status'] {
  const carried = decision.carriedFrom ? `, carried from ${decision.carriedFrom.slice(0, 7)}` : '';
  return decision.decision === 'approve'
    ? { state: 'success', description: `approved by @${decision.by}${carried}: ${decision.reason}` }
    : { state: 'failure', description: `rejected by @${decision.by}: ${decision.reason}` };
}

/**
 * The review of one gate on one commit. `ruleStatus` is the status the rules
 * give; `previous` what the sticky comment remembers. An approval carries to a
 * new commit only when what fails now is what was approved, or less; a
 * rejection holds for its own commit only. An error is never approved.
 */
export function reviewOutcome(
  gate: GateDecision,
  options: { reviewRequired: boolean; sha: string; ruleStatus: GateState['status']; previous: Decision | null },
): ReviewOutcome {
  const held = options.reviewRequired && gate.sampled;
  const failing = failingOf(gate, held);
  const holding = held && gate.verdict === 'pass';
  const base = holding ? { state: 'pending' as const, description: AWAITING_REVIEW } : options.ruleStatus;
  const state: GateState = { sha: options.sha, verdict: gate.verdict, held, failing, status: base };
  const header = [stateLine(state)];
  const previous = options.previous;
  const idle: ReviewOutcome = { review: holding ? 'pending' : 'none', status: base, header, notice: holding ? { kind: 'awaiting' } : null };
  if (!previous || !needsPerson(gate, options.reviewRequired)) return idle;
  if (previous.decision === 'reject') {
    if (previous.sha !== options.sha) return idle;
    return {
      review: 'rejected',
      status: decisionStatus(previous),
      header: [...header, decisionLine(previous)],
      notice: { kind: 'decision', decision: previous },
    };
  }
  if (!covers(previous.failing, failing)) {
    return { ...idle, notice: { kind: 'not-covered', decision: previous, newCount: newlyFailing(previous.failing, failing) } };
  }
  const carried =
    previous.sha === options.sha ? previous : { ...previous, sha: options.sha, carriedFrom: previous.carriedFrom ?? previous.sha };
  return {
    review: 'approved',
    status: decisionStatus(carried),
    header: [...header, decisionLine(carried)],
    notice: { kind: 'decision', decision: carried },
  };
}
