// On a push: what review and earlier decisions make of the gate's commit status. Pure.
import type { GateDecision } from '../rules/rules.ts';
import { awaitingBlock, decisionBlock, notCoveredBlock } from './block.ts';
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
  /** The visible block under the comment's title, when there is something to say. */
  block: string | null;
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
  const decidable = gate.verdict === 'fail' || holding;
  const previous = options.previous;
  const idle: ReviewOutcome = { review: holding ? 'pending' : 'none', status: base, header, block: holding ? awaitingBlock() : null };
  if (!previous || !decidable) return idle;
  if (previous.decision === 'reject') {
    if (previous.sha !== options.sha) return idle;
    return {
      review: 'rejected',
      status: decisionStatus(previous),
      header: [...header, decisionLine(previous)],
      block: decisionBlock(previous),
    };
  }
  if (!covers(previous.failing, failing)) return { ...idle, block: notCoveredBlock(previous, newlyFailing(previous.failing, failing)) };
  const carried =
    previous.sha === options.sha ? previous : { ...previous, sha: options.sha, carriedFrom: previous.carriedFrom ?? previous.sha };
  return { review: 'approved', status: decisionStatus(carried), header: [...header, decisionLine(carried)], block: decisionBlock(carried) };
}
