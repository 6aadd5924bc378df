import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runnerContext } from '../../src/report/github/context.ts';
import { choosePullRequest, planPullRequest } from '../../src/report/github/pull-request.ts';

function contextFor(eventName: string, event: unknown, env: Record<string, string> = {}) {
  const path = join(mkdtempSync(join(tmpdir(), 'eval-gate-event-')), 'event.json');
  writeFileSync(path, JSON.stringify(event));
  return runnerContext({
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_SHA: 'base000',
    GITHUB_RUN_ID: '7',
    GITHUB_SERVER_URL: 'https://ghe.example.com/',
    GITHUB_API_URL: 'https://ghe.example.com/api/v3/',
    ...env,
  });
}

const FORK_RUN = {
  head_sha: 'head333',
  head_branch: 'fix-typo',
  head_repository: { owner: { login: 'forker' } },
  pull_requests: [],
  path: '.github/workflows/ci.yml',
  run_number: 41,
  run_attempt: 2,
};

describe('the runner context', () => {
  it('finds the PR and its head commit on pull_request events', () => {
    const context = contextFor('pull_request', { pull_request: { number: 12, head: { sha: 'head111' } } });
    assert.deepEqual(planPullRequest(context, null), { kind: 'known', number: 12, how: 'from the pull_request event' });
    assert.equal(context.commitSha, 'head111');
    assert.equal(context.apiUrl, 'https://ghe.example.com/api/v3');
    assert.equal(context.workflowRunUrl, 'https://ghe.example.com/acme/widgets/actions/runs/7');
  });

  it('takes pr-number over the event', () => {
    const context = contextFor('pull_request', { pull_request: { number: 12 } });
    assert.deepEqual(planPullRequest(context, 99), { kind: 'known', number: 99, how: 'from the pr-number input' });
    assert.deepEqual(planPullRequest(contextFor('schedule', {}), 5), { kind: 'known', number: 5, how: 'from the pr-number input' });
  });

  it('finds the PR of a workflow_run follow-up, and the commit it ran on', () => {
    const listed = {
      number: 34,
      head: { sha: 'head222' },
      base: { repo: { id: 1, url: 'https://ghe.example.com/api/v3/repos/acme/widgets' } },
    };
    const context = contextFor('workflow_run', { workflow_run: { head_sha: 'head222', pull_requests: [listed] } });
    assert.deepEqual(planPullRequest(context, null), { kind: 'known', number: 34, how: 'from the workflow_run event' });
    assert.equal(context.commitSha, 'head222');
  });

  it('looks a fork workflow_run up by its head branch and commit', () => {
    const plan = planPullRequest(contextFor('workflow_run', { workflow_run: FORK_RUN }), null);
    assert.deepEqual(plan, {
      kind: 'lookup',
      sha: 'head333',
      head: 'forker:fix-typo',
      base: 'acme/widgets',
      why: 'the workflow_run event lists no pull request',
      optional: false,
    });
  });

  it('takes a listed PR only when its head is the commit and its base this repository, skipping null items', () => {
    const repo = { id: 1, url: 'https://ghe.example.com/api/v3/repos/acme/widgets' };
    const item = (number: number, sha: string, base: unknown) => ({ number, head: { sha }, base: { repo: base } });
    const plan = (pullRequests: unknown[], repository: unknown = { id: 1 }) =>
      planPullRequest(contextFor('workflow_run', { workflow_run: { ...FORK_RUN, pull_requests: pullRequests }, repository }), null);
    assert.deepEqual(plan([null, item(5, 'head333', repo)]), { kind: 'known', number: 5, how: 'from the workflow_run event' });
    // Another repository's PR (by id, or by URL when the event has no id), or a PR whose head moved on: a lookup instead.
    for (const listed of [
      [item(5, 'head333', { id: 2, url: repo.url })],
      [item(5, 'head333', { url: 'https://ghe.example.com/api/v3/repos/forker/widgets' })],
      [item(5, 'older00', repo)],
      [null],
    ]) {
      const found = plan(listed);
      assert.equal(found.kind, 'lookup', JSON.stringify(listed));
      assert.equal(found.kind === 'lookup' && found.head, 'forker:fix-typo');
    }
    assert.equal(plan([item(5, 'head333', { url: repo.url })], {}).kind, 'known');
  });

  it('looks a push or a manual run up by commit, and gives up on other events with the reason', () => {
    const push = planPullRequest(contextFor('push', { ref: 'refs/heads/main' }), null);
    assert.deepEqual(push, {
      kind: 'lookup',
      sha: 'base000',
      head: null,
      base: 'acme/widgets',
      why: 'a push event has no pull request of its own',
      optional: true,
    });
    assert.deepEqual(
      [planPullRequest(contextFor('workflow_dispatch', {}), null)].map((p) => p.kind === 'lookup' && p.optional),
      [true],
    );
    assert.deepEqual(planPullRequest(contextFor('issue_comment', { issue: { number: 5 } }), null), {
      kind: 'none',
      why: 'the issue_comment event names no pull request',
    });
    assert.match((planPullRequest(contextFor('schedule', {}), null) as { why: string }).why, /set pr-number/);
    assert.equal(contextFor('push', {}).commitSha, 'base000');
  });

  it('chooses the open PR whose head is the commit, lowest number first', () => {
    const pulls = [
      { number: 9, state: 'open', headSha: 'abc', baseRepo: 'acme/widgets' },
      { number: 4, state: 'closed', headSha: 'abc', baseRepo: 'acme/widgets' },
      { number: 6, state: 'open', headSha: 'abc', baseRepo: 'Acme/Widgets' },
      { number: 2, state: 'open', headSha: 'def', baseRepo: 'acme/widgets' },
      { number: 1, state: 'open', headSha: 'abc', baseRepo: 'other/widgets' },
    ];
    assert.equal(choosePullRequest(pulls, 'abc', 'acme/widgets')?.number, 6);
    assert.equal(choosePullRequest(pulls, 'zzz', 'acme/widgets'), null);
    assert.equal(choosePullRequest(pulls.slice(4), 'abc', 'acme/widgets'), null);
  });

  it('stamps the report with the triggering run on workflow_run, and with this run otherwise', () => {
    assert.deepEqual(contextFor('workflow_run', { workflow_run: FORK_RUN }, { GITHUB_RUN_NUMBER: '900' }).runStamp, {
      workflow: '.github/workflows/ci.yml',
      number: 41,
      attempt: 2,
    });
    const push = contextFor(
      'push',
      {},
      {
        GITHUB_RUN_NUMBER: '17',
        GITHUB_RUN_ATTEMPT: '3',
        GITHUB_WORKFLOW_REF: 'acme/widgets/.github/workflows/evals.yml@refs/heads/main',
      },
    );
    assert.deepEqual(push.runStamp, { workflow: '.github/workflows/evals.yml', number: 17, attempt: 3 });
    assert.equal(contextFor('push', {}).runStamp, null);
  });
});
