import type { Progress } from './model.ts';

/** Never wait longer than this between polls, however long the run has gone. */
export const MAX_INTERVAL_MS = 120_000;
/** The interval grows to this share of the time elapsed, bounding the detection delay to about 5% of a run. */
const GROWTH_SHARE = 0.05;
const JITTER = 0.1;

export interface ScheduleInput {
  elapsedMs: number;
  firstIntervalMs: number;
  progress: Progress | null;
  random: () => number;
}

/**
 * The wait before the next poll: at least `poll-interval`, then a share of the
 * elapsed time, capped and jittered so that many gates do not poll in step.
 */
export function nextDelayMs({ elapsedMs, firstIntervalMs, random }: ScheduleInput): number {
  const base = Math.min(MAX_INTERVAL_MS, Math.max(firstIntervalMs, elapsedMs * GROWTH_SHARE));
  const jitter = 1 - JITTER + 2 * JITTER * random();
  return Math.round(base * jitter);
}
