// The GitHub fake, checked against GitHub's own API description: every
// response eval-gate reads, and the workflow_run payloads our tests feed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { COMMENT_BODY_MAX, type GitHubFake, startGitHubFake } from '../../sim/github-fake.ts';
import { forkRunEvent, HEAD, listed, runEvent } from '../helpers/github-events.ts';
import { eventProblems, responseProblems } from '../helpers/openapi.ts';

let github: GitHubFake;
before(async () => {
  github = await startGitHubFake();
  github.pulls.push(
    { number: 12, state: 'open', head: { sha: HEAD, ref: 'main', label: 'forker:main', repo: 'forker/widgets' } },
    { number: 14, state: 'open', head: { sha: 'abad1dea'.repeat(5), ref: 'feat', label: 'acme:feat' } },
  );
  for (let i = 0; i < 130; i += 1) github.addComment(`comment ${i}`, i % 2 ? 'User' : 'Bot', 14);
});
after(() => github.close());

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${github.apiUrl}${path}`, {
    method,
    headers: { authorization: 'token ghs_test', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, link: response.headers.get('link'), json: text ? (JSON.parse(text) as unknown) : null };
}

/** Calls the fake and checks the answer against the route's documented response. */
async function checked(method: string, route: string, path: string, body?: unknown, strict = true) {
  const answer = await call(method, path, body);
  assert.deepEqual(responseProblems(route, method, answer.status, answer.json, strict), [], `${method} ${path}`);
  return answer;
}

describe("the GitHub fake against GitHub's API description", () => {
  it('answers the comment, status and label operations as documented, every required field included', async () => {
    const list = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
    const created = await checked('POST', list, '/repos/acme/widgets/issues/14/comments', { body: 'hello' });
    assert.equal(created.status, 201);
    const id = (created.json as { id: number }).id;
    const one = '/repos/{owner}/{repo}/issues/comments/{comment_id}';
    await checked('PATCH', one, `/repos/acme/widgets/issues/comments/${id}`, { body: 'edited' });
    assert.equal((await checked('DELETE', one, `/repos/acme/widgets/issues/comments/${id}`)).status, 204);
    const status = { state: 'success', context: 'eval-gate / evals', description: 'pass' };
    await checked('POST', '/repos/{owner}/{repo}/statuses/{sha}', `/repos/acme/widgets/statuses/${HEAD}`, status);
    await checked('POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels', '/repos/acme/widgets/issues/14/labels', { labels: ['x'] });
  });

  it('pages at most 100 a page with Link headers', async () => {
    const page = await checked(
      'GET',
      '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      '/repos/acme/widgets/issues/14/comments?per_page=500',
    );
    assert.equal((page.json as unknown[]).length, 100);
    assert.match(page.link ?? '', /[?&]page=2>; rel="next"/);
    assert.match(page.link ?? '', /per_page=100/);
  });

  it('answers the pull-request lookups with the fields eval-gate reads, typed as documented', async () => {
    // Checked loosely: the fake sends the fields eval-gate reads, not the PR's hundred others.
    const byHead = await checked(
      'GET',
      '/repos/{owner}/{repo}/pulls',
      '/repos/acme/widgets/pulls?state=open&head=forker%3Amain',
      undefined,
      false,
    );
    assert.deepEqual(
      (byHead.json as Array<{ number: number }>).map((p) => p.number),
      [12],
    );
    const one = await checked('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', '/repos/acme/widgets/pulls/14', undefined, false);
    assert.equal((one.json as { head: { sha: string } }).head.sha, 'abad1dea'.repeat(5));
    // A commit that exists only in a fork: GitHub answers [] (reported), so the fork's PR is found by its head.
    const route = '/repos/{owner}/{repo}/commits/{commit_sha}/pulls';
    assert.deepEqual((await checked('GET', route, `/repos/acme/widgets/commits/${HEAD}/pulls`, undefined, false)).json, []);
  });

  it('answers as GitHub does a deleted comment (404) and a body over 65,536 characters (422)', async () => {
    // GitHub's description lists no 404 for these, but a comment already gone answers one.
    assert.equal((await call('DELETE', '/repos/acme/widgets/issues/comments/1')).status, 404);
    assert.equal((await call('PATCH', '/repos/acme/widgets/issues/comments/1', { body: 'x' })).status, 404);
    const tooLong = await checked(
      'POST',
      '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      '/repos/acme/widgets/issues/14/comments',
      {
        body: 'x'.repeat(COMMENT_BODY_MAX + 1),
      },
      false,
    );
    assert.equal(tooLong.status, 422);
  });

  it('feeds workflow_run payloads whose fields are typed as GitHub sends them, null PR items included', () => {
    // The payloads the GitHub tests send (test/helpers/github-events.ts).
    for (const event of [runEvent(), runEvent({ pull_requests: [listed(14)] })]) {
      assert.deepEqual(eventProblems('webhook-workflow-run-completed', event), []);
    }
    const run = { ...forkRunEvent(), repository: { id: 1, full_name: 'acme/widgets' } };
    assert.deepEqual(eventProblems('webhook-workflow-run-completed', run), []);
    const withNull = { ...run, workflow_run: { ...run.workflow_run, pull_requests: [null] } };
    assert.deepEqual(eventProblems('webhook-workflow-run-completed', withNull), [], 'the schema allows null items');
    const broken = { workflow_run: { ...run.workflow_run, run_number: '41' } };
    assert.notDeepEqual(eventProblems('webhook-workflow-run-completed', broken), []);
  });

  // Review (issue 25): the permission check, and the PR's author.
  it('answers the collaborator-permission check as documented, for each role and for a user with none', async () => {
    github.roles.set('mona', 'maintain');
    const route = '/repos/{owner}/{repo}/collaborators/{username}/permission';
    const mona = await checked('GET', route, '/repos/acme/widgets/collaborators/mona/permission');
    assert.deepEqual(
      { permission: (mona.json as { permission: string }).permission, role: (mona.json as { role_name: string }).role_name },
      { permission: 'write', role: 'maintain' },
    );
    const stranger = await checked('GET', route, '/repos/acme/widgets/collaborators/someone/permission');
    assert.equal((stranger.json as { permission: string }).permission, 'read');
    github.pulls.push({ number: 15, state: 'open', head: { sha: HEAD, ref: 'x', label: 'acme:x' }, user: 'alice' });
    const pull = await checked('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', '/repos/acme/widgets/pulls/15', undefined, false);
    assert.equal((pull.json as { user: { login: string } }).user.login, 'alice');
  });
});

// ---- Baseline records (issue 24): the routes baseline-run-id: auto reads. ----
describe("the GitHub fake's baseline routes against GitHub's API description", () => {
  it('lists history, statuses with their creator, and a merge base as documented', async () => {
    const [a, b] = ['a1'.repeat(20), 'b2'.repeat(20)];
    github.commits.push({ sha: b, parents: [a] }, { sha: a, parents: [] });
    github.addStatus(
      { sha: b, state: 'success', context: 'eval-gate record / x', description: 'eg1;pass;aegis;1;-;' },
      { login: 'github-actions[bot]', type: 'Bot' },
    );
    const history = await checked('GET', '/repos/{owner}/{repo}/commits', `/repos/acme/widgets/commits?sha=${b}&per_page=100`);
    assert.deepEqual(
      (history.json as Array<{ sha: string; parents: Array<{ sha: string }> }>).map((c) => [c.sha, c.parents.map((p) => p.sha)]),
      [
        [b, [a]],
        [a, []],
      ],
    );
    const statuses = await checked('GET', '/repos/{owner}/{repo}/commits/{ref}/statuses', `/repos/acme/widgets/commits/${b}/statuses`);
    assert.equal((statuses.json as Array<{ creator: { login: string } }>)[0]?.creator.login, 'github-actions[bot]');
    // Loosely: the comparison's hundred other fields are not read.
    const compare = await checked(
      'GET',
      '/repos/{owner}/{repo}/compare/{basehead}',
      `/repos/acme/widgets/compare/${a}...${b}`,
      undefined,
      false,
    );
    assert.equal((compare.json as { merge_base_commit: { sha: string } }).merge_base_commit.sha, a);
  });
});
