import { setTimeout as sleep } from 'node:timers/promises';
import { parseRetryAfterMs } from './retry-after.ts';

const MAX_ATTEMPTS = 3;
const MAX_WAIT_MS = 60_000;

interface HttpishError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined> };
}

/** 5xx and the secondary rate limit are worth a bounded retry; anything else is final. */
export function gitHubRetryWaitMs(error: unknown, attempt: number, nowMs = Date.now()): number | null {
  const e = error as HttpishError;
  const status = e.status ?? 0;
  const retryAfter = parseRetryAfterMs(e.response?.headers?.['retry-after'], nowMs);
  const rateLimited = (status === 403 || status === 429) && (retryAfter !== null || /rate limit/i.test(e.message ?? ''));
  if (attempt + 1 >= MAX_ATTEMPTS || !(status >= 500 || rateLimited)) return null;
  const waitMs = retryAfter ?? 1000 * 2 ** attempt;
  return waitMs <= MAX_WAIT_MS ? waitMs : null;
}

export async function withGitHubRetry<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const waitMs = gitHubRetryWaitMs(error, attempt);
      if (waitMs === null) throw error;
      await sleep(waitMs);
    }
  }
}
