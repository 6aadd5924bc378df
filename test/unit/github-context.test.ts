import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runnerContext } from '../../src/github-context.ts';
import { pullRequestOf } from '../../src/report/pull-request.ts';

function contextFor(eventName: string, event: unknown) {
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
  });
}

describe('the runner context', () => {
  it('finds the PR and its head commit on pull_request events', () => {
    const context = contextFor('pull_request', { pull_request: { number: 12, head: { sha: 'head111' } } });
    assert.deepEqual(pullRequestOf(context), { owner: 'acme', repo: 'widgets', number: 12 });
    assert.equal(context.commitSha, 'head111');
    assert.equal(context.apiUrl, 'https://ghe.example.com/api/v3');
    assert.equal(context.workflowRunUrl, 'https://ghe.example.com/acme/widgets/actions/runs/7');
  });

  it('finds the PR of a workflow_run follow-up, and the commit it ran on', () => {
    const context = contextFor('workflow_run', { workflow_run: { head_sha: 'head222', pull_requests: [{ number: 34 }] } });
    assert.equal(pullRequestOf(context)?.number, 34);
    assert.equal(context.commitSha, 'head222');
  });

  it('finds no PR on a push, an issue comment off a PR, or a fork workflow_run', () => {
    assert.equal(pullRequestOf(contextFor('push', { ref: 'refs/heads/main' })), null);
    assert.equal(pullRequestOf(contextFor('issue_comment', { issue: { number: 5 } })), null);
    assert.equal(pullRequestOf(contextFor('workflow_run', { workflow_run: { pull_requests: [] } })), null);
    assert.equal(contextFor('push', {}).commitSha, 'base000');
  });
});
