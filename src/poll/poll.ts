import { IN_FLIGHT, type RunSnapshot } from '../model.ts';
import type { Timing } from './retry.ts';
import { nextDelayMs, type ProgressReading, readingOf } from './schedule.ts';

export interface PollOptions extends Timing {
  /** One poll, with its own retries; throws when the run cannot be read. */
  fetchSnapshot: () => Promise<RunSnapshot>;
  startedAt: number;
  deadlineAt: number;
  firstIntervalMs: number;
  signal: AbortSignal;
  onPoll?: (snapshot: RunSnapshot, nextDelayMs: number | null) => void;
}

export type PollOutcome = { outcome: 'terminal'; snapshot: RunSnapshot } | { outcome: 'timed_out'; snapshot: RunSnapshot | null };

/** Polls at once, then on the schedule, until the run is terminal or the deadline comes. */
export async function pollUntilTerminal(options: PollOptions): Promise<PollOutcome> {
  let last: RunSnapshot | null = null;
  let firstReading: ProgressReading | null = null;
  let completeSinceMs: number | null = null;
  while (options.now() < options.deadlineAt) {
    last = await options.fetchSnapshot();
    if (!IN_FLIGHT.has(last.status)) {
      options.onPoll?.(last, null);
      return { outcome: 'terminal', snapshot: last };
    }
    const now = options.now();
    const lastReading = readingOf(last.progress, now - options.startedAt);
    // Rates are measured from the first reading with progress, so time spent queued does not slow the estimate.
    if (!firstReading && lastReading && lastReading.done > 0) firstReading = lastReading;
    if (lastReading && lastReading.done >= lastReading.total) completeSinceMs ??= lastReading.atMs;
    const delayMs = nextDelayMs({
      completeSinceMs,
      elapsedMs: now - options.startedAt,
      firstIntervalMs: options.firstIntervalMs,
      firstReading,
      lastReading,
      random: options.random,
    });
    options.onPoll?.(last, delayMs);
    await options.sleep(Math.min(delayMs, Math.max(0, options.deadlineAt - now)), options.signal);
  }
  return { outcome: 'timed_out', snapshot: last };
}
