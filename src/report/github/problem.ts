import { messageOf, GitHubStoppedError, GitHubTimeoutError } from '../../errors.ts';
import { SECONDARY_LIMIT_FALLBACK_S } from './retry.ts';
import { parseRetryAfterMs } from '../../poll/retry-after.ts';

interface HttpishError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined> };
}

/** Says one failure to talk to GitHub, as to-github.ts's reporter does; a type here so pr-comment.ts need not import to-github.ts. */
export type Report = (what: string, error: unknown, permission?: string, quiet?: boolean) => void;

const FORKS_HINT = "On fork and Dependabot PRs the token is read-only: see the README's section on forks.";

/**
 * When a 403 or 429 is a rate limit, the moment it resets (epoch ms): from
 * x-ratelimit-reset (primary), Retry-After, or GitHub's one minute for a
 * secondary limit that names no time. Null when it is not a rate limit.
 */
export function rateLimitResetAtMs(error: unknown, nowMs: number): number | null {
  const e = error as HttpishError;
  if (e.status !== 403 && e.status !== 429) return null;
  const headers = e.response?.headers ?? {};
  const retryAfterMs = parseRetryAfterMs(headers['retry-after'], nowMs);
  const resetS = Number(headers['x-ratelimit-reset']);
  const primary = headers['x-ratelimit-remaining'] === '0';
  const secondary = /secondary rate limit/i.test(e.message ?? '');
  if (!primary && !secondary && retryAfterMs === null) return null;
  if (retryAfterMs !== null) return nowMs + retryAfterMs;
  if (primary && Number.isFinite(resetS) && resetS > 0) return resetS * 1000;
  return nowMs + SECONDARY_LIMIT_FALLBACK_S * 1000;
}

/** The fix for an HTTP failure, by its real cause; null when there is none to give. */
function fixFor(status: number | undefined, permission: string, error: unknown, nowMs: number): string | null {
  const resetAtMs = rateLimitResetAtMs(error, nowMs);
  if (resetAtMs !== null) {
    const at = new Date(Math.ceil(resetAtMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    return `This is GitHub's rate limit for the token, not a permission: it resets at ${at}, later than the time eval-gate gives reporting. Re-run the job after that, or spread out the workflows that share the token.`;
  }
  if (status === 401) return 'GitHub refused the token itself: github-token may be expired or revoked.';
  if (status === 403) return `Give the job ${permission} in its permissions. ${FORKS_HINT}`;
  if (status === 404) {
    return `Either it is gone, or the token cannot see it (GitHub answers 404 for a missing permission too): give the job ${permission}. ${FORKS_HINT}`;
  }
  if (status === 422) return 'GitHub refused the content it was sent.';
  if (status !== undefined && status >= 500) return 'GitHub failed on its side, after retries: re-run the job, or see githubstatus.com.';
  return null;
}

/**
 * The one warning line for a failed GitHub call: what was skipped, the real
 * cause (rate limit, permission, not found, timeout), and its fix. The gate's
 * result stays as it is.
 */
export function gitHubProblem(what: string, error: unknown, permission: string, nowMs = Date.now()): string {
  if (error instanceof GitHubTimeoutError) {
    return `eval-gate: ${what} skipped: ${error.message}, so the rest of the report to GitHub is skipped too. Check GITHUB_API_URL and the runner's network to it, or githubstatus.com.`;
  }
  if (error instanceof GitHubStoppedError) return `eval-gate: ${what} skipped: ${error.message}.`;
  const status = (error as HttpishError).status;
  const fix = fixFor(status, permission, error, nowMs);
  return `eval-gate: ${what} skipped (${status ? `HTTP ${status}: ` : ''}${messageOf(error)}).${fix ? ` ${fix}` : ''}`;
}

/** Skipped because an earlier call already failed for good: said once, not in every line. */
export const isFollowOn = (error: unknown) => error instanceof GitHubStoppedError;
