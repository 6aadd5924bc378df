// What an approval is bound to: the rules that failed, the failing records, and the runs held for review.
import { createHash } from 'node:crypto';
import type { GateDecision } from '../rules/rules.ts';

export interface Failing {
  /** Short hashes of every item, sorted: compared, never shown. */
  items: string[];
  /** The first items as a person reads them (untrusted: vendor names), for the report. */
  labels: string[];
  /** False when the vendor listed only some failing records: then nothing can be said to be a subset of it. */
  complete: boolean;
}

/** Labels kept for the report; the hashes keep the rest. */
export const LABELS_KEPT = 8;
/** Items kept at most; more make the set incomplete, which no later push can be covered by. */
export const ITEMS_KEPT = 400;
const HASH_CHARS = 16;

const hashOf = (item: string): string => createHash('sha256').update(item).digest('hex').slice(0, HASH_CHARS);

/**
 * The failing items of a gate. Run ids are left out of rules and records (a
 * new push makes new runs), but a run held for review is itself the item:
 * another run is another sample, which a person has not seen.
 */
export function failingOf(gate: GateDecision, held: boolean): Failing {
  const labels = new Set<string>();
  let complete = true;
  for (const { run, decision } of gate.runs) {
    for (const check of decision.checks) if (check.outcome === 'fail') labels.add(`rule: ${check.rule}`);
    for (const record of run.failures) labels.add(`record: ${record.name}${record.metric ? ` (${record.metric})` : ''}`);
    if (run.failureCount > run.failures.length) complete = false;
    if (held && decision.sampled) labels.add(`held for review: ${run.provider} run ${run.runId}`);
  }
  const all = [...labels];
  const items = [...new Set(all.slice(0, ITEMS_KEPT).map(hashOf))].sort();
  return { items, labels: all.slice(0, LABELS_KEPT), complete: complete && all.length <= ITEMS_KEPT };
}

/** True when everything failing now was failing when approved: the same items, or fewer. */
export function covers(approved: Failing, now: Failing): boolean {
  const known = new Set(approved.items);
  return now.complete && now.items.every((item) => known.has(item));
}

/** How many items fail now that the approval did not cover; null when that cannot be known. */
export function newlyFailing(approved: Failing, now: Failing): number | null {
  if (!now.complete) return null;
  const known = new Set(approved.items);
  return now.items.filter((item) => !known.has(item)).length;
}
