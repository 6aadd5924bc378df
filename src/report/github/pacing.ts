import type { GitHubTiming } from './retry.ts';

/**
 * A stand-in for one of plugin-throttling's Bottleneck groups: each job
 * starts at least `gapMs` after the one before, waiting on the injected clock
 * (Bottleneck's own timers would wait real time, even in tests). When the
 * phase is cancelled the wait ends at once; the request hook then refuses
 * to send.
 */
export function pacedGroup(gapMs: number, timing: Pick<GitHubTiming, 'now' | 'sleep'>, signal: AbortSignal) {
  let nextAtMs = Number.NEGATIVE_INFINITY;
  const limiter = {
    /** Bottleneck's schedule([options,] task, ...args). */
    async schedule(...given: unknown[]): Promise<unknown> {
      const [task, ...args] = (typeof given[0] === 'function' ? given : given.slice(1)) as [(...args: unknown[]) => unknown, ...unknown[]];
      const nowMs = timing.now();
      const startAtMs = Math.max(nowMs, nextAtMs);
      nextAtMs = startAtMs + gapMs;
      if (startAtMs > nowMs) await timing.sleep(startAtMs - nowMs, signal).catch(() => undefined);
      return task(...args);
    },
  };
  return { key: (_id?: string) => limiter };
}
