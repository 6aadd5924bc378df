/** What a pool needs of time: injected so tests run in virtual time. */
export interface PoolTiming {
  now: () => number;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface RequestPool {
  /** Runs `task` when a place is free and no pause is in force. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Holds every new request of the gate for `ms`: the vendor's rate limit is per key, not per run. */
  pauseFor(ms: number): void;
}

/**
 * At most `max` requests at once, the rest queued in order, and all of them
 * held back while the vendor has asked (429 Retry-After) for a pause. Several
 * runs in one gate share one key, and so one rate limit.
 */
export function requestPool(max: number, timing: PoolTiming, signal: AbortSignal, deadlineAt: number): RequestPool {
  let active = 0;
  let pausedUntil = 0;
  const waiting: Array<() => void> = [];
  return {
    pauseFor(ms) {
      pausedUntil = Math.max(pausedUntil, timing.now() + ms);
    },
    async run(task) {
      if (active >= max) await new Promise<void>((resolve) => waiting.push(resolve));
      active += 1;
      try {
        // Never past the deadline: the request that follows is cut off there anyway.
        const holdMs = Math.min(pausedUntil, deadlineAt) - timing.now();
        if (holdMs > 0) await timing.sleep(holdMs, signal);
        return await task();
      } finally {
        active -= 1;
        waiting.shift()?.();
      }
    },
  };
}
