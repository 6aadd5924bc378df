import { IN_FLIGHT, type RunSnapshot } from './model.ts';
import { nextDelayMs } from './schedule.ts';
import type { Timing } from './retry.ts';

export interface PollOptions extends Timing {
  /** One poll, with its own retries; throws when the run cannot be read. */
  fetchSnapshot: () => Promise<RunSnapshot>;
  startedAt: number;
  deadlineAt: number;
  firstIntervalMs: number;
  signal: AbortSignal;
  onPoll?: (snapshot: RunSnapshot, nextDelayMs: number | null) => void;
}

export type PollOutcome =
  | { outcome: 'terminal'; snapshot: RunSnapshot; polls: number }
  | { outcome: 'timed_out'; snapshot: RunSnapshot | null; polls: number };

/** Polls at once, then on the schedule, until the run is terminal or the deadline comes. */
export async function pollUntilTerminal(options: PollOptions): Promise<PollOutcome> {
  let polls = 0;
  let last: RunSnapshot | null = null;
  while (options.now() < options.deadlineAt) {
    last = await options.fetchSnapshot();
    polls += 1;
    if (!IN_FLIGHT.has(last.status)) {
      options.onPoll?.(last, null);
      return { outcome: 'terminal', snapshot: last, polls };
    }
    const now = options.now();
    const delayMs = nextDelayMs({
      elapsedMs: now - options.startedAt,
      firstIntervalMs: options.firstIntervalMs,
      progress: last.progress,
      random: options.random,
    });
    options.onPoll?.(last, delayMs);
    await options.sleep(Math.min(delayMs, Math.max(0, options.deadlineAt - now)), options.signal);
  }
  return { outcome: 'timed_out', snapshot: last, polls };
}
