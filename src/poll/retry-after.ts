/**
 * Retry-After as seconds or as an HTTP date, in milliseconds from `nowMs`;
 * null when absent or unreadable, so the caller falls back on its own backoff.
 */
export function parseRetryAfterMs(value: string | string[] | undefined, nowMs: number): number | null {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

/** Exponential backoff with full jitter: a random wait up to min(cap, base·2^attempt). */
export function backoffMs(attempt: number, random: () => number, baseMs = 500, capMs = 30_000): number {
  return Math.round(random() * Math.min(capMs, baseMs * 2 ** attempt));
}
