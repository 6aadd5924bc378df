import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type GitHubBounds, rateLimitWaitOk } from '../../src/report/github/retry.ts';
import { gitHubProblem, rateLimitResetAtMs } from '../../src/report/github/problem.ts';

const NOW = Date.parse('2026-01-01T00:00:00Z');
// The clock is injected, so a minute's wait is decided without a minute passing.
const bounds = (budgetMs: number): GitHubBounds => ({ signal: new AbortController().signal, deadlineAtMs: NOW + budgetMs, now: () => NOW });
const limited = (status: number, message: string, headers: Record<string, string>) => ({ status, message, response: { headers } });

describe('GitHub rate limits', () => {
  it('waits only when the wait ends within the budget, twice at most', () => {
    assert.equal(rateLimitWaitOk(60, 0, bounds(120_000)), true);
    assert.equal(rateLimitWaitOk(60, 2, bounds(120_000)), false);
    assert.equal(rateLimitWaitOk(3600, 0, bounds(120_000)), false);
    const cancelled = new AbortController();
    cancelled.abort();
    assert.equal(rateLimitWaitOk(1, 0, { ...bounds(120_000), signal: cancelled.signal }), false);
  });

  it('knows when a limit resets: Retry-After, x-ratelimit-reset, or a minute for a bare secondary limit', () => {
    const resetS = NOW / 1000 + 900;
    assert.equal(rateLimitResetAtMs(limited(429, 'x', { 'retry-after': '30' }), NOW), NOW + 30_000);
    const primary = limited(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(resetS) });
    assert.equal(rateLimitResetAtMs(primary, NOW), resetS * 1000);
    assert.equal(rateLimitResetAtMs(limited(403, 'You have exceeded a secondary rate limit', {}), NOW), NOW + 60_000);
    assert.equal(rateLimitResetAtMs(limited(403, 'Resource not accessible by integration', {}), NOW), null);
  });

  it('names the cause and its fix: the reset time for a limit, the permission otherwise', () => {
    const primary = limited(403, 'API rate limit exceeded', {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(NOW / 1000 + 900),
    });
    const line = gitHubProblem('the pull-request comment', primary, "'pull-requests: write'", NOW);
    assert.match(line, /resets at 2026-01-01T00:15:00Z/);
    assert.doesNotMatch(line, /pull-requests: write/);
    const denied = gitHubProblem('the commit status', limited(403, 'Resource not accessible by integration', {}), "'statuses: write'", NOW);
    assert.match(denied, /HTTP 403.*Give the job 'statuses: write'/);
  });
});
