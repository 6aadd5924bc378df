// GitHub as it really behaves: events with null or foreign PRs, rate limits, races, every kind of
// token, an API that hangs. In-process and in virtual time (test/helpers/github-in-process.ts);
// test/e2e/github-reality.test.ts stops the built action on SIGTERM during a hang.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fakesForEachTest } from '../helpers/fakes.ts';
import { aegisRun } from '../../sim/fixtures/aegis.ts';
import type { GitHubFake } from '../../sim/github-fake.ts';
import type { VendorSim } from '../../sim/vendor-sim.ts';
import { HEAD, listed, REPO_URL, runEvent } from '../helpers/github-events.ts';
import { gateAndReport, type ReportOptions } from '../helpers/github-in-process.ts';

const MARKER = '<!-- eval-gate:evals -->';

let sim: VendorSim;
let github: GitHubFake;
fakesForEachTest((fakes) => {
  ({ sim, github } = fakes);
  github.pulls.push({ number: 14, state: 'open', head: { sha: HEAD, ref: 'feat', label: 'acme:feat' } });
  sim.script('/api/v1/runs/991', [{ json: aegisRun({ result: 90 }) }]);
});

const run = (event: unknown, eventName = 'workflow_run', inputs: Record<string, string> = {}, options: ReportOptions = {}) =>
  gateAndReport(sim, github, {
    ...options,
    inputs: { name: 'evals', ...inputs },
    env: { GITHUB_EVENT_NAME: eventName, ...options.env },
    event,
  });
const warnings = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::warning::'));

describe('workflow_run events as GitHub sends them', () => {
  it('skips null items in pull_requests and still passes (1)', async () => {
    const result = await run(runEvent({ pull_requests: [null, listed(14)] }));
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(github.commentsOn(14).length, 1);
    assert.equal(github.statuses.at(-1)?.state, 'success');
  });

  it('keeps a newer run when the workflow has a space in its name or an @ref in its path (2)', async () => {
    for (const where of [{ path: '.github/workflows/ci.yml@refs/heads/main' }, { path: undefined, name: 'Eval CI (nightly)' }]) {
      github.comments.splice(0);
      await run(runEvent({ ...where, run_number: 45 }));
      sim.script('/api/v1/runs/991', [{ json: aegisRun({ result: 50 }) }]);
      const late = await run(runEvent({ ...where, run_number: 44 }));
      assert.match(late.stdout, /::notice::eval-gate: the comment already shows run #45/, JSON.stringify(where));
      assert.match(github.commentsOn(14)[0]?.body ?? '', /Evals passed/);
      sim.script('/api/v1/runs/991', [{ json: aegisRun({ result: 90 }) }]);
    }
  });

  it('never comments on a listed PR of another repository or another head; it looks the PR up instead (3)', async () => {
    const foreign = listed(99, HEAD, { id: 2, url: 'https://api.github.com/repos/other/widgets', name: 'widgets' });
    const result = await run(runEvent({ pull_requests: [foreign, listed(98, 'deadbeef'.repeat(5))] }));
    assert.match(result.stdout, /pull request #14, found by its head acme:feat/);
    assert.equal(github.commentsOn(14).length, 1);
    assert.deepEqual(github.commentsOn(99).concat(github.commentsOn(98)), []);
  });

  it('finds a fork PR by its head although commits/{sha}/pulls knows no fork commit (10)', async () => {
    github.pulls.splice(0, 1, {
      number: 12,
      state: 'open',
      head: { sha: HEAD, ref: 'feat', label: 'forker:feat', repo: 'forker/widgets' },
    });
    const fork = runEvent({ head_repository: { full_name: 'forker/widgets', owner: { login: 'forker' } } });
    const result = await run(fork);
    assert.match(result.stdout, /pull request #12, found by its head forker:feat/);
    const byCommit = await fetch(`${github.apiUrl}/repos/acme/widgets/commits/${HEAD}/pulls`);
    assert.deepEqual(await byCommit.json(), []);
  });
});

describe('the commit status on issue_comment (4)', () => {
  it("goes on the PR's head commit, not on GITHUB_SHA", async () => {
    github.pulls.push({ number: 7, state: 'open', head: { sha: 'feedface'.repeat(5), ref: 'x', label: 'acme:x' } });
    await run({ issue: { number: 7, pull_request: { url: `${REPO_URL}/pulls/7` } } }, 'issue_comment', { 'commit-status': 'always' });
    assert.deepEqual(
      github.statuses.map((s) => s.sha),
      ['feedface'.repeat(5)],
    );
  });
});

describe('rate limits (5)', () => {
  it('gives up at once on a primary limit that resets after the budget, saying when, and no permission', async () => {
    const resetS = Math.floor(Date.now() / 1000) + 3600;
    const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(resetS) };
    github.fail({
      method: 'POST',
      path: /comments$/,
      status: 403,
      message: 'API rate limit exceeded for installation ID 1.',
      headers,
      times: 5,
    });
    const result = await run(runEvent());
    assert.equal(result.outputs.verdict, 'pass');
    const [warning, ...more] = warnings(result.stdout);
    assert.deepEqual(more, []);
    assert.match(warning ?? '', new RegExp(`rate limit.*resets at ${new Date(resetS * 1000).toISOString().replace('.000Z', 'Z')}`));
    assert.doesNotMatch(warning ?? '', /pull-requests: write/);
    assert.equal(github.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/comments')).length, 1);
  });

  it('waits out Retry-After on a secondary limit, and x-ratelimit-reset on a primary 429, on the virtual clock', async () => {
    github.fail({
      method: 'POST',
      path: /comments$/,
      status: 403,
      message: 'You have exceeded a secondary rate limit.',
      headers: { 'retry-after': '1' },
    });
    const resetMs = (Math.floor(Date.now() / 1000) + 60) * 1000;
    const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(resetMs / 1000) };
    github.fail({ method: 'POST', path: /statuses/, status: 429, message: 'API rate limit exceeded.', headers });
    const startMs = Date.now();
    const result = await run(runEvent());
    const endMs = Date.now();
    assert.deepEqual(warnings(result.stdout), []);
    assert.equal(github.commentsOn(14).length, 1);
    assert.equal(github.statuses.length, 1);
    // Until the reset has passed, and a second more (GitHub's advice), from when the 429 came, rounded up to seconds.
    const [limitWaitMs = 0, ...rest] = result.githubSleeps;
    assert.ok(limitWaitMs >= resetMs - endMs + 1000 && limitWaitMs < resetMs - startMs + 2000, `waited ${limitWaitMs} ms`);
    // Then a second between writes (the viewer query, the comment), Retry-After's second, and the rest of the
    // three seconds GitHub asks between writes that notify.
    assert.deepEqual(rest, [1000, 1000, 1000, 2000]);
  });
});

describe('the sticky comment with any token', () => {
  it('updates the comment whose duplicate another job already deleted (7)', async () => {
    github.addComment(`${MARKER}\nold`, 'Bot', 14);
    github.addComment(`${MARKER}\nnewer`, 'Bot', 14);
    github.fail({ method: 'DELETE', path: /comments\/\d+$/, status: 404, message: 'Not Found' });
    const result = await run(runEvent());
    assert.deepEqual(warnings(result.stdout), []);
    assert.match(github.commentsOn(14).at(-1)?.body ?? '', /Evals passed/);
  });

  it('recognises its own comment with a personal access token or an app token, and no one else’s (8)', async () => {
    const actions = github.addComment(`${MARKER}\nwritten by GITHUB_TOKEN`, 'Bot', 14);
    for (const token of ['ghp_personal0123456789abcdefghijklmnopqrstu', 'ghs_app_0123456789abcdefghijklmnopqrstu']) {
      for (let i = 0; i < 3; i += 1) await run(runEvent({ run_number: 41 + i }), 'workflow_run', { 'github-token': token });
    }
    const logins = github.commentsOn(14).map((c) => c.user.login);
    assert.deepEqual(logins, ['github-actions[bot]', 'pat-owner', 'eval-bot[bot]']);
    assert.equal(github.commentsOn(14)[0]?.body, actions.body);
  });
});

describe('a GitHub API that never answers (9)', () => {
  let hung: Server;
  let apiUrl = '';
  let seen = 0;
  before(async () => {
    hung = createServer(() => (seen += 1));
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    apiUrl = `http://127.0.0.1:${(hung.address() as AddressInfo).port}`;
  });
  after(() => {
    hung.closeAllConnections();
    hung.close();
  });

  it('bounds each request, gives up on the rest, and keeps the verdict as it was', async () => {
    // The hang is real, so the request timeout is cut from GitHub's 10 s to half a second.
    const result = await run(runEvent(), 'workflow_run', {}, { env: { GITHUB_API_URL: apiUrl }, requestTimeoutMs: 500 });
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(result.outputs['comment-url'], '');
    assert.equal(seen, 1, 'one hung request, then the rest skipped');
    const [warning, ...more] = warnings(result.stdout);
    assert.deepEqual(more, []);
    assert.match(warning ?? '', /commit status skipped: GitHub did not answer POST \/repos\/acme\/widgets\/statuses\/\w+ within 500ms/);
  });
});
