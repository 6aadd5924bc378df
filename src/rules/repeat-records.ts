// The records of several runs of one body as one set, record by record (matched by key and metric):
// `majority` passes a record that passed in more than half the runs (a tie fails: fail closed) and
// scores it by the mean; `confirm` fails only a record that failed in every run and takes its best score.
// A record missing from a run counts as failing there: absence is never a pass.
import type { RecordOutcomes } from '../providers/record-outcomes.ts';
import { recordIdentity, recordOutcomesBuilder } from '../providers/record-outcomes.ts';

export type RepeatMode = 'majority' | 'confirm';

export interface CombinedRecords {
  records: RecordOutcomes;
  /** For each combined record, in how many runs it passed. */
  passes: Uint8Array;
  /** How many runs were combined. */
  runs: number;
}

/** Whether a record passing in `passes` of `runs` runs passes as a whole. */
export function passesAsWhole(passes: number, runs: number, mode: RepeatMode): boolean {
  return mode === 'majority' ? passes * 2 > runs : passes >= 1;
}

/** Why the runs' records cannot be matched one to one (a record without a key, a key given twice); null when they can. */
export function unmatchable(list: readonly RecordOutcomes[]): string | null {
  for (const [run, r] of list.entries()) {
    const seen = new Set<string>();
    for (let i = 0; i < r.keys.length; i += 1) {
      const key = recordIdentity(r, i);
      if (key === null) return `run ${run + 1} lists records without a key`;
      if (seen.has(key)) return `run ${run + 1} lists record ${r.keys[i]} twice`;
      seen.add(key);
    }
  }
  return null;
}

interface Slot {
  key: string;
  metric: string | null;
  passes: number;
  scores: number[];
}

/** Combines the runs' records; the caller checks `unmatchable` first. Records keep the order they are first seen in. */
export function combineRecords(list: readonly RecordOutcomes[], mode: RepeatMode): CombinedRecords {
  const slots = new Map<string, Slot>();
  for (const r of list) {
    for (let i = 0; i < r.keys.length; i += 1) {
      const id = recordIdentity(r, i) ?? '';
      const metric = r.metricIndex[i] ?? -1;
      let slot = slots.get(id);
      if (!slot) {
        slot = { key: r.keys[i] ?? '', metric: metric < 0 ? null : (r.metrics[metric] ?? null), passes: 0, scores: [] };
        slots.set(id, slot);
      }
      slot.passes += r.passed[i] === 1 ? 1 : 0;
      slot.scores.push(r.scores[i] ?? Number.NaN);
    }
  }
  const builder = recordOutcomesBuilder(slots.size);
  const passes = new Uint8Array(slots.size);
  let index = 0;
  for (const slot of slots.values()) {
    // A score missing from any run (or a run without the record) leaves the combined score unknown.
    const known = slot.scores.length === list.length && slot.scores.every(Number.isFinite);
    const score = !known ? null : mode === 'majority' ? mean(slot.scores) : Math.max(...slot.scores);
    builder.add(slot.key, slot.metric, passesAsWhole(slot.passes, list.length, mode), score);
    passes[index] = slot.passes;
    index += 1;
  }
  return { records: builder.build(), passes, runs: list.length };
}

export const mean = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;
