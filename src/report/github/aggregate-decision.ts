// The aggregate step's decision, pure: from a commit's statuses (newest first,
// as GitHub lists them) to one verdict over every gate whose name matches the
// pattern. Only statuses the GitHub Actions identity wrote count: a person's
// token, another app's or a fork's cannot pass the aggregate (baseline-record.ts).
import { ACTIONS_LOGIN } from './baseline-record.ts';
import type { StatusEntry } from './client.ts';
import { GATE_CONTEXT_PREFIX } from './commit-status.ts';

export type GateState = 'pending' | 'success' | 'failure' | 'error';

/** One gate as its newest trusted status shows it. `description` and `targetUrl` are untrusted text. */
export interface GateStatus {
  name: string;
  state: GateState;
  description: string;
  targetUrl: string | null;
}

export type AggregateDecision =
  | { state: 'waiting'; gates: GateStatus[]; pending: string[] }
  | { state: 'success' | 'failure' | 'error'; gates: GateStatus[]; decidedBy: string[]; why: string };

const STATES: readonly string[] = ['pending', 'success', 'failure', 'error'];
const trusted = (s: StatusEntry) => s.creator?.login === ACTIONS_LOGIN && s.creator.type === 'Bot';

/** Each matching gate's newest trusted status, ordered by gate name (code units: the same on every machine). */
export function gatesOf(statuses: StatusEntry[], pattern: RegExp, ownContext: string): GateStatus[] {
  const newest = new Map<string, GateStatus>();
  for (const s of statuses) {
    if (!trusted(s) || !s.context.startsWith(GATE_CONTEXT_PREFIX) || s.context === ownContext) continue;
    const name = s.context.slice(GATE_CONTEXT_PREFIX.length);
    if (!pattern.test(name) || newest.has(name)) continue;
    // A state GitHub may add later is not a pass: it reads as an error.
    const state = (STATES.includes(s.state) ? s.state : 'error') as GateState;
    newest.set(name, { name, state, description: s.description ?? '', targetUrl: s.targetUrl ?? null });
  }
  return [...newest.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const names = (gates: GateStatus[]) => gates.map((g) => g.name);

/**
 * Fails as soon as a gate failed or errored (no later answer can make it pass);
 * waits while any is pending or none matched; passes when every one passed.
 * `timedOut`: the wait is over, and waiting is then a failure (pending gates)
 * or an error (no gate at all).
 */
export function decideAggregate(gates: GateStatus[], pattern: string, timedOut: boolean): AggregateDecision {
  const failed = gates.filter((g) => g.state === 'failure');
  const errored = gates.filter((g) => g.state === 'error');
  if (failed.length > 0 || errored.length > 0) {
    const deciding = [...failed, ...errored].sort((a, b) => (a.name < b.name ? -1 : 1));
    const what = [failed.length ? `${failed.length} failed` : '', errored.length ? `${errored.length} errored` : ''].filter(Boolean);
    return { state: failed.length ? 'failure' : 'error', gates, decidedBy: names(deciding), why: `${what.join(', ')} of ${gates.length}` };
  }
  const pending = gates.filter((g) => g.state === 'pending');
  if (!timedOut && (gates.length === 0 || pending.length > 0)) return { state: 'waiting', gates, pending: names(pending) };
  if (gates.length === 0) return { state: 'error', gates, decidedBy: [], why: `no gate matching ${pattern} reported on this commit` };
  if (pending.length > 0)
    return { state: 'failure', gates, decidedBy: names(pending), why: `${pending.length} of ${gates.length} still pending` };
  return { state: 'success', gates, decidedBy: names(gates), why: `all ${gates.length} passed` };
}
