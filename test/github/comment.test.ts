// The sticky pull-request comment, in-process against the GitHub fake and in virtual time
// (test/helpers/github-in-process.ts); test/e2e/comment.test.ts runs the built action for the same.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fakesForEachTest } from '../helpers/fakes.ts';
import { aegisEvaluation, aegisRun } from '../../sim/fixtures/aegis.ts';
import { type GitHubFake, startGitHubFake } from '../../sim/github-fake.ts';
import type { VendorSim } from '../../sim/vendor-sim.ts';
import { gateAndReport } from '../helpers/github-in-process.ts';
import { foreignHtml, nodesOf, parseGfm } from '../helpers/markdown.ts';

const MARKER = '<!-- eval-gate:aegis/CI/evals -->';
const PR_EVENT = { pull_request: { number: 7, head: { sha: 'feedfacefeedfacefeedfacefeedfacefeedface' } } };

let sim: VendorSim;
let github: GitHubFake;
fakesForEachTest((fakes) => ({ sim, github } = fakes));

const serve = (body: unknown) => sim.script('/api/v1/runs/991', [{ json: body }]);
const onPr = (inputs: Record<string, string> = {}, eventName = 'pull_request', event: unknown = PR_EVENT) =>
  gateAndReport(sim, github, { inputs, env: { GITHUB_EVENT_NAME: eventName }, event });
const ours = () => github.comments.filter((c) => c.body.startsWith(MARKER));
// GraphQL's viewer query (who the token is) is a read, though it is a POST.
const writes = () => github.calls.filter((c) => c.method !== 'GET' && c.path !== '/graphql');

describe('the sticky pull-request comment', () => {
  it('is created, then edited in place on the next push', async () => {
    serve(aegisRun({ result: 50 }));
    const first = await onPr();
    assert.equal(first.outputs.verdict, 'fail');
    assert.equal(ours().length, 1);
    assert.match(first.outputs['comment-url'] ?? '', /#issuecomment-\d+$/);
    serve(aegisRun({ result: 90 }));
    const second = await onPr();
    assert.equal(second.outputs.verdict, 'pass');
    assert.equal(github.comments.length, 1);
    assert.match(ours()[0]?.body ?? '', /✅ Evals passed/);
    assert.equal(second.outputs['comment-url'], first.outputs['comment-url']);
    assert.equal(writes().filter((c) => c.method === 'PATCH').length, 1);
  });

  it('spaces its writes a second apart, as GitHub asks, on the virtual clock', async () => {
    github.addComment(`${MARKER}\nold one`);
    github.addComment(`${MARKER}\nnew one`);
    serve(aegisRun());
    const result = await onPr({ 'sample-rate': '1', 'sample-label': 'needs-human-review' });
    // The viewer query (GraphQL counts as a write), the delete, the edit, the label: each waits out the one before.
    assert.deepEqual(
      github.calls.filter((c) => c.method !== 'GET').map((c) => c.method),
      ['POST', 'DELETE', 'PATCH', 'POST'],
    );
    assert.deepEqual(result.githubSleeps, [1000, 1000, 1000]);
  });

  it('does not edit a comment whose content did not change, whatever the time', async () => {
    serve(aegisRun());
    await onPr();
    await onPr();
    assert.deepEqual(
      writes().map((c) => c.method),
      ['POST'],
    );
  });

  it("never touches others' comments, even one that quotes the marker", async () => {
    const human = github.addComment(`${MARKER}\nI copied your marker`, 'User');
    const otherGate = github.addComment('<!-- eval-gate:other-gate -->\nother', 'Bot');
    const quoted = github.addComment(`Look:\n${MARKER}\nquoted by a bot mid-body`, 'Bot');
    serve(aegisRun());
    await onPr();
    assert.equal(github.comments.length, 4);
    for (const c of [human, otherGate, quoted]) assert.ok(github.comments.some((k) => k.id === c.id && k.body === c.body));
    assert.equal(ours().filter((c) => c.user.type === 'Bot').length, 1);
  });

  it('keeps the newest of duplicates left by a race and deletes the rest', async () => {
    const older = github.addComment(`${MARKER}\nold one`);
    const newer = github.addComment(`${MARKER}\nnew one`);
    serve(aegisRun());
    await onPr();
    assert.deepEqual(
      github.comments.map((c) => c.id),
      [newer.id],
    );
    assert.ok(!github.comments.some((c) => c.id === older.id));
    assert.match(github.comments[0]?.body ?? '', /Evals passed/);
  });

  it('pages through every comment to find its own', async () => {
    for (let i = 0; i < 230; i += 1) github.addComment(`comment ${i}`, 'User');
    const mine = github.addComment(`${MARKER}\nstale`);
    serve(aegisRun());
    await onPr();
    const lists = github.calls.filter((c) => c.method === 'GET');
    assert.equal(lists.length, 3);
    assert.deepEqual(
      writes().map((c) => `${c.method} ${c.path}`),
      [`PATCH /repos/acme/widgets/issues/comments/${mine.id}`],
    );
  });

  it('leaves the verdict as it is, and warns once naming the permission, when the token cannot write', async () => {
    github.fail({ method: 'POST', path: /comments$/, status: 403, message: 'Resource not accessible by integration' });
    serve(aegisRun({ result: 50 }));
    const result = await onPr();
    assert.equal(result.outputs.verdict, 'fail');
    assert.equal(result.outputs['comment-url'], '');
    const warnings = result.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', /HTTP 403.*Resource not accessible by integration.*pull-requests: write/);
    serve(aegisRun());
    github.fail({ method: 'GET', path: /comments$/, status: 404, message: 'Not Found' });
    const passing = await onPr();
    assert.equal(passing.outputs.verdict, 'pass');
    assert.match(passing.stdout, /::warning::eval-gate: the pull-request comment skipped \(HTTP 404/);
    github.fail({ method: 'POST', path: /comments$/, status: 422, message: 'Validation Failed' });
    const invalid = await onPr();
    assert.equal(invalid.outputs.verdict, 'pass');
    assert.match(invalid.stdout, /::warning::eval-gate: the pull-request comment skipped \(HTTP 422/);
  });

  it('retries the secondary rate limit and GitHub 5xx, bounded, waiting as asked', async () => {
    github.fail({
      method: 'POST',
      path: /comments$/,
      status: 403,
      message: 'You have exceeded a secondary rate limit',
      headers: { 'retry-after': '1' },
    });
    github.fail({ method: 'GET', path: /comments$/, status: 502 });
    serve(aegisRun());
    const result = await onPr();
    assert.equal(ours().length, 1);
    assert.doesNotMatch(result.stdout, /::warning::/);
    // A second after the 502; Retry-After's second after the limit; then the rest of the three seconds GitHub
    // asks between writes that notify, counted from the first try.
    assert.deepEqual(result.githubSleeps, [1000, 1000, 2000]);
    github.fail({ method: 'GET', path: /comments$/, status: 500, times: 10 });
    const down = await onPr();
    assert.equal(down.outputs.verdict, 'pass');
    assert.equal(github.calls.filter((c) => c.method === 'GET').length, 2 + 3);
    assert.deepEqual(down.githubSleeps, [1000, 4000]);
    assert.match(down.stdout, /::warning::eval-gate: the pull-request comment skipped \(HTTP 500/);
  });

  it('makes no comment calls on a push without an open PR (only its baseline record), and no calls at all with comment: never', async () => {
    serve(aegisRun());
    const push = await onPr({}, 'push', { ref: 'refs/heads/main' });
    assert.deepEqual(
      github.calls.map((c) => `${c.method} ${c.path}`),
      [
        'POST /repos/acme/widgets/statuses/0123456789abcdef0123456789abcdef01234567',
        'GET /repos/acme/widgets/commits/0123456789abcdef0123456789abcdef01234567/pulls?per_page=100',
      ],
    );
    assert.match(push.stdout, /no pull-request comment: no open pull request has head commit 0123456789ab \(a push event/);
    github.calls.splice(0);
    await onPr({ comment: 'never' });
    assert.equal(github.calls.length, 0);
  });

  it('on-failure: no comment for a pass, one for a fail, and the old failure updated when it passes', async () => {
    serve(aegisRun());
    await onPr({ comment: 'on-failure' });
    assert.equal(github.comments.length, 0);
    serve(aegisRun({ result: 50 }));
    await onPr({ comment: 'on-failure' });
    assert.match(ours()[0]?.body ?? '', /Evals failed/);
    serve(aegisRun());
    await onPr({ comment: 'on-failure' });
    assert.equal(github.comments.length, 1);
    assert.match(ours()[0]?.body ?? '', /Evals passed/);
  });

  it('keeps two gates apart by name, and finds the PR of an issue_comment event', async () => {
    serve(aegisRun());
    await onPr({ name: 'accuracy' });
    await onPr({ name: 'safety' }, 'issue_comment', { issue: { number: 7, pull_request: { url: 'x' } } });
    assert.equal(github.comments.length, 2);
    assert.ok(github.comments.some((c) => c.body.startsWith('<!-- eval-gate:accuracy -->\n')));
    assert.match(github.comments.find((c) => c.body.includes('safety'))?.body ?? '', /Evals passed: safety/);
  });

  it('labels a sampled PR', async () => {
    serve(aegisRun());
    await onPr({ 'sample-rate': '1', 'sample-label': 'needs-human-review' });
    assert.deepEqual(github.labels, ['needs-human-review']);
    assert.match(ours()[0]?.body ?? '', /Selected for human review/);
  });

  it('stays under the size limit with thousands of long failing records, and says what was left out', async () => {
    const evaluations = Array.from({ length: 3000 }, (_, i) =>
      aegisEvaluation(i, { result: 10, explanation: `${'long explanation '.repeat(20)}${i}`, prompt: 'p'.repeat(100) }),
    );
    serve(aegisRun({ result: 10, evaluations }));
    const result = await onPr();
    const body = ours()[0]?.body ?? '';
    assert.ok(body.length < 65_536, `comment is ${body.length} characters`);
    assert.match(body, /Failing records of run 991: 3000 \(first \d+ shown, \d+ more on the vendor's run page\)/);
    assert.ok(Buffer.byteLength(result.summary) < 1024 * 1024);
    const tree = parseGfm(body);
    for (const table of nodesOf(tree, 'table')) {
      const rows = (table as { children: Array<{ children: unknown[] }> }).children;
      for (const row of rows) assert.equal(row.children.length, rows[0]?.children.length);
    }
    assert.deepEqual(foreignHtml(body), []);
  });

  it('works with the API URL of a GitHub Enterprise Server', async () => {
    const ghes = await startGitHubFake('/api/v3');
    try {
      serve(aegisRun());
      const result = await gateAndReport(sim, ghes, { env: { GITHUB_EVENT_NAME: 'pull_request' }, event: PR_EVENT });
      assert.equal(ghes.comments.filter((c) => c.body.startsWith(MARKER)).length, 1);
      assert.match(result.outputs['comment-url'] ?? '', /issuecomment/);
    } finally {
      await ghes.close();
    }
  });
});
