import type { CommitStatus } from './client.ts';
import type { RunnerContext } from './context.ts';
import type { CommitStatusMode, ReportSettings } from '../../inputs/inputs.ts';
import { type GateDecision, verdictLine } from '../../rules/rules.ts';
import { escapeStatus } from '../escape.ts';

/** GitHub refuses a longer description (counted in characters). */
const DESCRIPTION_MAX = 140;
/** Room for the gate's name in the status context, which branch protection matches by exact text. */
const CONTEXT_NAME_MAX = 100;

/**
 * On workflow_run the job's own check lands on the default branch, not on the
 * PR, so branch protection cannot require it: a commit status on the PR's head
 * commit is what gates the merge there. `always` adds it on every event.
 */
export function wantsCommitStatus(mode: CommitStatusMode, eventName: string | null): boolean {
  return mode === 'always' || (mode === 'auto' && eventName === 'workflow_run');
}

/** What every gate's status context starts with; the aggregate step finds the gates by it. */
export const GATE_CONTEXT_PREFIX = 'eval-gate / ';

/** The status name branch protection requires: stable across runs, one per gate. */
export function statusContext(settings: Pick<ReportSettings, 'name' | 'provider'>): string {
  return statusContextOf(settings.name ?? settings.provider);
}

/** `name` is an input: shown as one visible, well-formed line, like the description. */
export function statusContextOf(name: string): string {
  return `${GATE_CONTEXT_PREFIX}${escapeStatus(name, CONTEXT_NAME_MAX)}`;
}

/** The status matches the step: failure exactly when the step fails for a failing gate. */
export function commitStatusOf(gate: GateDecision, settings: ReportSettings, context: RunnerContext): CommitStatus {
  const failing = gate.verdict === 'fail' && settings.failOn !== 'never';
  const state = gate.verdict === 'error' ? 'error' : failing ? 'failure' : 'success';
  return { state, context: statusContext(settings), description: fitted(verdictLine(gate)), targetUrl: context.workflowRunUrl };
}

/**
 * While the gate polls: the PR shows it is under way, and a re-run replaces the
 * last verdict at once. A gate that starts its run has no id until the vendor
 * answers: `runIds` holds the created ones once it has.
 */
export function pendingStatusOf(settings: ReportSettings, vendorLabel: string, context: RunnerContext): CommitStatus {
  const ids = settings.runIds;
  const what = ids.length === 1 ? `run ${ids[0]}` : `${ids.length} runs`;
  const description = fitted(ids.length === 0 ? `starting a run at ${vendorLabel}` : `waiting for ${vendorLabel} ${what}`);
  return { state: 'pending', context: statusContext(settings), description, targetUrl: context.workflowRunUrl };
}

/**
 * A description GitHub accepts: one well-formed, visible line (escape.ts), cut
 * on characters, never inside one; astral characters (an emoji from a run's
 * name), which GitHub is reported to refuse (422), become U+FFFD.
 */
export function fitted(text: string): string {
  return Array.from(escapeStatus(text, DESCRIPTION_MAX), (char) => ((char.codePointAt(0) ?? 0) > 0xffff ? '\uFFFD' : char)).join('');
}
