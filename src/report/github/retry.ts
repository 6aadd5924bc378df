import { setTimeout as sleep } from 'node:timers/promises';
import { GitHubStoppedError, GitHubTimeoutError } from '../../errors.ts';
import type { Octokit } from '@octokit/core';

/** One GitHub request, one attempt: GitHub answers in well under a second, so a call that takes this long is hung. */
export const GITHUB_REQUEST_TIMEOUT_MS = 10_000;
/** The whole report to GitHub after the verdict (status, lookups, comment, label), waits for rate limits included. */
export const REPORT_BUDGET_MS = 120_000;
/** The pending status while the gate polls: it must not hold the verdict up for long. */
export const PENDING_BUDGET_MS = 15_000;
/** GitHub asks for at least a minute when a secondary rate limit names no time. */
export const SECONDARY_LIMIT_FALLBACK_S = 60;
/** The API version every request pins (X-GitHub-Api-Version). */
export const GITHUB_API_VERSION = '2022-11-28';
const MAX_RATE_LIMIT_WAITS = 2;
/** A 5xx or a network error is tried again this many times, after 1 s, then 4 s (as @octokit/plugin-retry waits). */
export const GITHUB_RETRIES = 2;
const retryWaitMs = (retry: number) => (retry + 1) ** 2 * 1000;

/** Time as the GitHub calls see it: the wall clock, or in tests a virtual one and a short hang, so nothing waits real seconds. */
export interface GitHubTiming {
  now: () => number;
  /** Rejects when `signal` aborts. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** How long one attempt may take before it counts as hung. */
  requestTimeoutMs: number;
}

export const REAL_GITHUB_TIMING: GitHubTiming = {
  now: Date.now,
  sleep: (ms, signal) => sleep(ms, undefined, { signal }),
  requestTimeoutMs: GITHUB_REQUEST_TIMEOUT_MS,
};

/** What bounds the GitHub calls of one phase: cancellation, a deadline, and the clock (injected in tests). */
export interface GitHubBounds {
  /** Aborted on SIGINT/SIGTERM or when the phase gives up. */
  signal: AbortSignal;
  deadlineAtMs: number;
  now: () => number;
}

/** The phase's budget from now, cancelled with `cancel` too; `stop` ends it early (after a hung request). */
export function phaseBounds(budgetMs: number, cancel?: AbortSignal, now: () => number = Date.now) {
  const stop = new AbortController();
  const signals = [stop.signal, AbortSignal.timeout(budgetMs), ...(cancel ? [cancel] : [])];
  const bounds: GitHubBounds = { signal: AbortSignal.any(signals), deadlineAtMs: now() + budgetMs, now };
  return { bounds, stop: (reason: Error) => stop.abort(reason), budgetMs };
}

/**
 * Whether to wait out a rate limit: a couple of times at most, and only when
 * the wait ends before the phase's deadline. Otherwise the call fails and the
 * warning says when the limit resets.
 */
export function rateLimitWaitOk(retryAfterS: number, retryCount: number, bounds: GitHubBounds): boolean {
  if (bounds.signal.aborted || retryCount >= MAX_RATE_LIMIT_WAITS) return false;
  return bounds.now() + retryAfterS * 1000 <= bounds.deadlineAtMs;
}

const pathOf = (url: string) => new URL(url, 'http://github.invalid').pathname;

/**
 * An Octokit plugin, listed before plugin-throttling so that its hook runs
 * inside the throttling one: it pins the API version, gives each attempt its
 * own timeout tied to the phase's signal, and tries a 5xx or a network error
 * again (GITHUB_RETRIES), waiting on the injected clock within the phase's
 * deadline. A hang is not retried: it stops the phase.
 */
export function boundedRequests(bounds: GitHubBounds, stop: (reason: Error) => void, timing: GitHubTiming = REAL_GITHUB_TIMING) {
  return (octokit: Octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      const where = `${options.method} ${pathOf(octokit.request.endpoint.parse(options).url)}`;
      // before-after-hook binds the options the hook was given: changes must be made on them, in place.
      options.headers['x-github-api-version'] = GITHUB_API_VERSION;
      for (let retry = 0; ; retry += 1) {
        try {
          return await attempt(async () => request(options), options.request, where, bounds, stop, timing);
        } catch (error) {
          const waitMs = retryWaitMs(retry);
          const status = (error as { status?: unknown }).status;
          const retryable =
            !(error instanceof GitHubTimeoutError || error instanceof GitHubStoppedError) && typeof status === 'number' && status >= 500;
          if (!retryable || retry >= GITHUB_RETRIES || bounds.now() + waitMs >= bounds.deadlineAtMs) throw error;
          await timing.sleep(waitMs, bounds.signal).catch(() => {
            throw stoppedError(bounds, `${where} not tried again`);
          });
        }
      }
    });
  };
}

/** One attempt, within its own timeout and the phase's signal. */
async function attempt<T>(
  send: () => Promise<T>,
  requestOptions: { signal?: AbortSignal | null },
  where: string,
  bounds: GitHubBounds,
  stop: (reason: Error) => void,
  timing: GitHubTiming,
): Promise<T> {
  const remainingMs = bounds.deadlineAtMs - bounds.now();
  if (bounds.signal.aborted || remainingMs <= 0) throw stoppedError(bounds, `${where} not sent`);
  const timeoutMs = Math.min(timing.requestTimeoutMs, remainingMs);
  const timeout = AbortSignal.timeout(timeoutMs);
  requestOptions.signal = AbortSignal.any([bounds.signal, timeout]);
  try {
    return await send();
  } catch (error) {
    if (timeout.aborted && !bounds.signal.aborted) {
      const hung = new GitHubTimeoutError(where, timeoutMs);
      stop(hung);
      throw hung;
    }
    if (bounds.signal.aborted) throw stoppedError(bounds, `${where} cut off`);
    throw error;
  }
}

/** Why the phase stopped: an earlier hang, its budget, or cancellation. */
function stoppedError(bounds: GitHubBounds, what: string): GitHubStoppedError {
  const reason: unknown = bounds.signal.reason;
  if (reason instanceof GitHubTimeoutError) return new GitHubStoppedError(`${what}: ${reason.message}`);
  const outOfTime = (reason instanceof DOMException && reason.name === 'TimeoutError') || bounds.now() >= bounds.deadlineAtMs;
  if (outOfTime) return new GitHubStoppedError(`${what}: the time eval-gate gives reporting to GitHub ran out`);
  return new GitHubStoppedError(`${what}: the job was cancelled`);
}
