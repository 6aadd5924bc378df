import type { Timing } from '../../src/poll/retry.ts';

/** A clock that only moves when the code under test sleeps. */
export function virtualTiming(random = () => 0.5): Timing & { sleeps: number[] } {
  let nowMs = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => nowMs,
    sleep: async (ms) => {
      sleeps.push(ms);
      nowMs += ms;
    },
    random,
  };
}
