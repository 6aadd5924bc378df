// GitHub as it really behaves, through the built action: events with null or
// foreign PRs, rate limits, races, every kind of token, an API that hangs.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { aegisRun } from '../../sim/fixtures/aegis.ts';
import { type GitHubFake, startGitHubFake } from '../../sim/github-fake.ts';
import { startVendorSim, type VendorSim } from '../../sim/vendor-sim.ts';
import { gate } from '../helpers/gate.ts';

const HEAD = 'c0ffee00'.repeat(5);
const REPO_URL = 'https://api.github.com/repos/acme/widgets';
const MARKER = '<!-- eval-gate:evals -->';

/** A workflow_run item of pull_requests, as GitHub sends it: base.repo has an id and a URL, no full name. */
const listed = (number: number, sha = HEAD, base = { id: 1, url: REPO_URL, name: 'widgets' }) => ({
  id: 9000 + number,
  number,
  url: `${REPO_URL}/pulls/${number}`,
  head: { ref: 'feat', sha, repo: { id: 1, url: REPO_URL, name: 'widgets' } },
  base: { ref: 'main', sha: 'ba5e'.repeat(10), repo: base },
});

const runEvent = (over: Record<string, unknown> = {}) => ({
  workflow_run: {
    id: 555,
    name: 'CI',
    path: '.github/workflows/ci.yml',
    event: 'pull_request',
    head_sha: HEAD,
    head_branch: 'feat',
    head_repository: { full_name: 'acme/widgets', owner: { login: 'acme' } },
    run_number: 41,
    run_attempt: 1,
    pull_requests: [],
    ...over,
  },
  repository: { id: 1, full_name: 'acme/widgets' },
});

let sim: VendorSim;
let github: GitHubFake;
before(async () => {
  sim = await startVendorSim();
});
after(() => sim.close());
beforeEach(async () => {
  await github?.close();
  github = await startGitHubFake();
  github.pulls.push({ number: 14, state: 'open', head: { sha: HEAD, ref: 'feat', label: 'acme:feat' } });
  sim.script('/api/v1/runs/991', [{ json: aegisRun({ result: 90 }) }]);
});
after(() => github?.close());

const run = (event: unknown, eventName = 'workflow_run', inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
  gate(sim, 'aegis', { name: 'evals', ...inputs }, { env: { GITHUB_API_URL: github.apiUrl, GITHUB_EVENT_NAME: eventName, ...env }, event });
const warnings = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::warning::'));

describe('workflow_run events as GitHub sends them', () => {
  it('skips null items in pull_requests and still passes (1)', async () => {
    const result = await run(runEvent({ pull_requests: [null, listed(14)] }));
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(result.exitCode, 0, result.stdout);
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
    assert.equal(result.exitCode, 0);
    const [warning, ...more] = warnings(result.stdout);
    assert.deepEqual(more, []);
    assert.match(warning ?? '', new RegExp(`rate limit.*resets at ${new Date(resetS * 1000).toISOString().replace('.000Z', 'Z')}`));
    assert.doesNotMatch(warning ?? '', /pull-requests: write/);
    assert.equal(github.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/comments')).length, 1);
  });

  it('waits out Retry-After on a secondary limit, and x-ratelimit-reset on a primary 429', async () => {
    github.fail({
      method: 'POST',
      path: /comments$/,
      status: 403,
      message: 'You have exceeded a secondary rate limit.',
      headers: { 'retry-after': '1' },
    });
    const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1) };
    github.fail({ method: 'POST', path: /statuses/, status: 429, message: 'API rate limit exceeded.', headers });
    const result = await run(runEvent());
    assert.deepEqual(warnings(result.stdout), []);
    assert.equal(github.commentsOn(14).length, 1);
    assert.equal(github.statuses.length, 1);
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

  it('bounds each request, gives up on the rest, and writes the outputs with the verdict as it was', async () => {
    const result = await run(runEvent(), 'workflow_run', {}, { GITHUB_API_URL: apiUrl });
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(result.exitCode, 0);
    assert.equal(seen, 1, 'one hung request, then the rest skipped');
    const [warning, ...more] = warnings(result.stdout);
    assert.deepEqual(more, []);
    assert.match(warning ?? '', /commit status skipped: GitHub did not answer POST \/repos\/acme\/widgets\/statuses\/\w+ within 10s/);
  });

  it('stops the hung request on SIGTERM', async () => {
    seen = 0;
    let signalledAt = 0;
    const result = await gate(
      sim,
      'aegis',
      { name: 'evals' },
      {
        env: { GITHUB_API_URL: apiUrl, GITHUB_EVENT_NAME: 'workflow_run' },
        event: runEvent(),
        onStart: (child) => {
          const wait = setInterval(() => {
            if (seen >= 1) {
              clearInterval(wait);
              signalledAt = Date.now();
              child.kill('SIGTERM');
            }
          }, 20);
        },
      },
    );
    const stopMs = Date.now() - signalledAt;
    assert.ok(signalledAt > 0 && stopMs < 3000, `took ${stopMs} ms to stop`);
    assert.equal(result.outputs.verdict, 'pass');
  });
});
