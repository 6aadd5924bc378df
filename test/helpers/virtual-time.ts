import type { Timing } from '../../src/poll/retry.ts';
import { GITHUB_REQUEST_TIMEOUT_MS, type GitHubTiming } from '../../src/report/github/retry.ts';

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

/**
 * The GitHub side's clock: it starts at the wall clock's now (rate-limit
 * headers are epoch seconds) and moves only when the code under test sleeps
 * (backoff, rate-limit waits, the spacing of writes). A hung request is real:
 * it ends after `requestTimeoutMs` of real time, GitHub's own by default.
 */
export function virtualGitHubTiming(requestTimeoutMs = GITHUB_REQUEST_TIMEOUT_MS): GitHubTiming & { sleeps: number[] } {
  let nowMs = Date.now();
  const sleeps: number[] = [];
  return {
    sleeps,
    requestTimeoutMs,
    now: () => nowMs,
    sleep: async (ms, signal) => {
      signal.throwIfAborted();
      sleeps.push(ms);
      nowMs += ms;
    },
  };
}
