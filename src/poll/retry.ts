import { formatDurationMs } from '../inputs/duration.ts';
import { VendorError, GaveUpError } from '../errors.ts';
import { backoffMs } from './retry-after.ts';

/** Time as the poller sees it; injected so tests run in virtual time. */
export interface Timing {
  now: () => number;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  random: () => number;
}

export interface RetryPolicy {
  /** How long a 404 is retried: a run just created may not be visible yet. */
  notFoundGraceMs: number;
  /** How many 2xx bodies that are not the documented JSON we accept before giving up. */
  maxBadBodies: number;
  /** How many tries a host that does not resolve, or refuses the connection, gets: a blip, not a wait for the deadline. */
  maxUnreachable: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { notFoundGraceMs: 15_000, maxBadBodies: 3, maxUnreachable: 3 };

export interface RetryState {
  attempt: number;
  badBodies: number;
  unreachable: number;
  firstNotFoundAt: number | null;
}

/** The retry decision, made in one place: how long to wait, or null to give up. */
export function retryWaitMs(error: VendorError, state: RetryState, nowMs: number, policy: RetryPolicy, random: () => number) {
  switch (error.kind) {
    case 'fatal':
      return null;
    case 'bad-body':
      if (state.badBodies >= policy.maxBadBodies) return null;
      break;
    case 'unreachable':
      if (state.unreachable >= policy.maxUnreachable) return null;
      break;
    case 'not-found':
      if (state.firstNotFoundAt !== null && nowMs - state.firstNotFoundAt >= policy.notFoundGraceMs) return null;
      break;
    case 'transient':
      break;
  }
  const backoff = backoffMs(state.attempt, random);
  return error.retryAfterMs === null ? backoff : Math.max(error.retryAfterMs, backoff);
}

export interface RetryOptions extends Timing {
  deadlineAt: number;
  timeoutMs: number;
  signal: AbortSignal;
  onRetry?: (error: VendorError, waitMs: number) => void;
}

export async function withRetries<T>(attempt: () => Promise<T>, options: RetryOptions): Promise<T> {
  const state: RetryState = { attempt: 0, badBodies: 0, unreachable: 0, firstNotFoundAt: null };
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof VendorError)) throw error;
      const nowMs = options.now();
      if (error.kind === 'bad-body') state.badBodies += 1;
      if (error.kind === 'unreachable') state.unreachable += 1;
      if (error.kind === 'not-found') state.firstNotFoundAt ??= nowMs;
      const waitMs = retryWaitMs(error, state, nowMs, DEFAULT_RETRY_POLICY, options.random);
      if (waitMs === null) throw error;
      if (nowMs + waitMs >= options.deadlineAt) {
        throw new GaveUpError(
          error,
          ` (gave up after ${state.attempt + 1} tries: the timeout of ${formatDurationMs(options.timeoutMs)} would pass before the next)`,
        );
      }
      options.onRetry?.(error, waitMs);
      state.attempt += 1;
      await options.sleep(waitMs, options.signal);
    }
  }
}
