import type { Progress } from '../model.ts';

/** Never wait longer than this between polls, however long the run has gone or is predicted to go. */
export const MAX_INTERVAL_MS = 120_000;
/** Without progress, the interval grows to this share of the time elapsed: the detection delay stays under 5% of a run. */
const GROWTH_SHARE = 0.05;
/** The fastest polling, used close to a predicted end. */
const FINAL_INTERVAL_MS = 2000;
const JITTER = 0.1;

/** A progress reading taken at a point of our elapsed time. */
export interface ProgressReading {
  atMs: number;
  done: number;
  total: number;
}

export interface ScheduleInput {
  elapsedMs: number;
  firstIntervalMs: number;
  /** The first reading that showed progress, and the latest; null when the vendor gives none. */
  firstReading: ProgressReading | null;
  lastReading: ProgressReading | null;
  /** When progress first showed every step done while the run was still in flight (a final step). */
  completeSinceMs: number | null;
  random: () => number;
}

export function readingOf(progress: Progress | null, atMs: number): ProgressReading | null {
  if (!progress || progress.total <= 0) return null;
  return { atMs, done: Math.min(progress.total, Math.max(0, progress.done)), total: progress.total };
}

export interface Forecast {
  /** When the run should end, in our elapsed time. */
  endMs: number;
  /** How long one unit of progress takes: the forecast is no finer than this. */
  stepMs: number;
}

/** The end of the run by the rate between two readings; null until there is a rate. */
export function forecastEnd(first: ProgressReading | null, last: ProgressReading | null): Forecast | null {
  if (!first || !last || last.atMs <= first.atMs || last.total !== first.total) return null;
  const stepsPerMs = (last.done - first.done) / (last.atMs - first.atMs);
  if (stepsPerMs <= 0) return null;
  return { endMs: last.atMs + (last.total - last.done) / stepsPerMs, stepMs: 1 / stepsPerMs };
}

const jittered = (ms: number, random: () => number) => Math.round(ms * (1 - JITTER + 2 * JITTER * random()));
const clamp = (ms: number, low: number, high: number) => Math.round(Math.min(high, Math.max(low, ms)));

/**
 * The wait before the next poll. Without progress: `poll-interval`, then a
 * share of the elapsed time, capped and jittered so that many gates do not poll
 * in step. With progress: sleep until just before the forecast end (progress
 * comes in whole steps, so the window opens one and a half steps early), then
 * poll often. Once every step is done but the run is not, back off gently.
 */
export function nextDelayMs(input: ScheduleInput): number {
  const { elapsedMs, firstIntervalMs, random } = input;
  const growing = Math.min(MAX_INTERVAL_MS, Math.max(firstIntervalMs, elapsedMs * GROWTH_SHARE));
  if (input.completeSinceMs !== null)
    return clamp(FINAL_INTERVAL_MS + 0.1 * (elapsedMs - input.completeSinceMs), FINAL_INTERVAL_MS, growing);
  const forecast = forecastEnd(input.firstReading, input.lastReading);
  if (!forecast) return jittered(growing, random);
  const windowOpensMs = forecast.endMs - 1.5 * forecast.stepMs;
  if (elapsedMs < windowOpensMs - FINAL_INTERVAL_MS) return clamp(windowOpensMs - elapsedMs, FINAL_INTERVAL_MS, MAX_INTERVAL_MS);
  return clamp(forecast.stepMs / 10, FINAL_INTERVAL_MS, growing);
}
