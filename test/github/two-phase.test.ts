// The two-phase workflow_run pattern's GitHub side, which PR and whose comment wins, in-process and in
// virtual time (test/helpers/github-in-process.ts). test/e2e/two-phase.test.ts runs the pattern end to
// end through the built action: the README's workflows, the artifact, the pending status.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fakesForEachTest } from '../helpers/fakes.ts';
import { aegisRun } from '../../sim/fixtures/aegis.ts';
import type { GitHubFake } from '../../sim/github-fake.ts';
import type { VendorSim } from '../../sim/vendor-sim.ts';
import { forkPulls, forkRunEvent, HEAD, runIdArtifact } from '../helpers/github-events.ts';
import { gateAndReport } from '../helpers/github-in-process.ts';

let sim: VendorSim;
let github: GitHubFake;
fakesForEachTest((fakes) => {
  ({ sim, github } = fakes);
  github.pulls.push(...forkPulls());
});

const serve = (result: number) => sim.script('/api/v1/runs/991', [{ json: aegisRun({ result }) }]);

const phaseTwo = async (inputs: Record<string, string>, event: unknown, env: Record<string, string> = {}) =>
  gateAndReport(sim, github, {
    inputs: { name: 'evals', 'run-id': '', 'run-id-file': await runIdArtifact('991'), ...inputs },
    env: { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_RUN_NUMBER: '900', ...env },
    event,
  });

// GraphQL's viewer query (who the token is) is a read, though it is a POST.
const writes = () => github.calls.filter((c) => c.method !== 'GET' && c.path !== '/graphql').map((c) => `${c.method} ${c.path}`);

describe('the two-phase workflow_run pattern', () => {
  it('falls back to the commit when the head branch finds nothing, and takes pr-number over everything', async () => {
    serve(90);
    github.pulls.push({ number: 14, state: 'open', head: { sha: 'abad1dea'.repeat(5), ref: 'feat', label: 'acme:feat' } });
    const noHead = { workflow_run: { ...forkRunEvent().workflow_run, head_sha: 'abad1dea'.repeat(5), head_repository: null } };
    const byCommit = await phaseTwo({}, noHead);
    assert.match(byCommit.stdout, /pull request #14, found by its head commit abad1deaabad/);
    assert.equal(github.commentsOn(14).length, 1);
    github.calls.splice(0);
    const chosen = await phaseTwo({ 'pr-number': '30' }, forkRunEvent(42));
    assert.match(chosen.stdout, /pull request #30, found from the pr-number input/);
    assert.equal(github.commentsOn(30).length, 1);
    assert.ok(!github.calls.some((c) => c.path.includes('/pulls')), 'no lookup when pr-number is set');
  });

  it('says why there is no comment when no open PR has the commit, and still sets the status', async () => {
    github.pulls.splice(0);
    serve(90);
    const result = await phaseTwo({}, forkRunEvent());
    assert.equal(result.outputs.verdict, 'pass');
    assert.deepEqual(writes(), [`POST /repos/acme/widgets/statuses/${HEAD}`]);
    assert.match(result.stdout, /no pull-request comment: no open pull request has head commit c0ffee00c0ff/);
    assert.equal(github.statuses[0]?.state, 'success');
  });

  it('warns, naming the permission, when the status cannot be set, and keeps the verdict', async () => {
    github.fail({ method: 'POST', path: /statuses/, status: 403, message: 'Resource not accessible by integration' });
    serve(90);
    const result = await phaseTwo({}, forkRunEvent());
    assert.equal(result.outputs.verdict, 'pass');
    assert.match(result.stdout, /::warning::eval-gate: the commit status skipped \(HTTP 403.*'statuses: write'/);
    assert.equal(github.commentsOn(12).length, 1);
  });
});

describe('newest run wins', () => {
  it('leaves a newer run’s comment untouched when an older run finishes last', async () => {
    serve(90);
    await phaseTwo({}, forkRunEvent(45));
    const newer = github.commentsOn(12)[0]?.body;
    serve(50);
    const late = await phaseTwo({}, forkRunEvent(44, 3));
    assert.equal(late.outputs.verdict, 'fail');
    assert.equal(github.commentsOn(12)[0]?.body, newer);
    assert.deepEqual(
      writes().filter((w) => !w.includes('/statuses/')),
      ['POST /repos/acme/widgets/issues/12/comments'],
    );
    assert.match(
      late.stdout,
      /::notice::eval-gate: the comment already shows run #45 \(attempt 1, commit c0ffee00c0ff\), newer than this run #44 \(attempt 3\)/,
    );
    assert.equal(late.outputs['comment-url'], github.commentsOn(12)[0]?.html_url);
  });

  it('lets a later attempt or a later run update it', async () => {
    serve(90);
    await phaseTwo({}, forkRunEvent(45));
    serve(50);
    await phaseTwo({}, forkRunEvent(45, 2));
    assert.match(github.commentsOn(12)[0]?.body ?? '', /run=45 attempt=2[\s\S]*Evals failed/);
    serve(90);
    await phaseTwo({}, forkRunEvent(46));
    assert.match(github.commentsOn(12)[0]?.body ?? '', /run=46 attempt=1[\s\S]*Evals passed/);
  });

  it('makes no PATCH for an unchanged body, and records a later run number even then', async () => {
    serve(90);
    await phaseTwo({}, forkRunEvent(45));
    await phaseTwo({}, forkRunEvent(45, 2));
    assert.deepEqual(
      writes().filter((w) => !w.includes('/statuses/')),
      ['POST /repos/acme/widgets/issues/12/comments'],
    );
    await phaseTwo({}, forkRunEvent(47));
    assert.equal(writes().filter((w) => w.startsWith('PATCH')).length, 1);
    // Had run 47 not been recorded, this late run 46 would overwrite it.
    serve(50);
    await phaseTwo({}, forkRunEvent(46));
    assert.match(github.commentsOn(12)[0]?.body ?? '', /run=47[\s\S]*Evals passed/);
  });

  it('on a pull_request event, orders by this workflow run', async () => {
    const onPr = (runNumber: string) =>
      gateAndReport(sim, github, {
        inputs: { name: 'evals' },
        env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_RUN_NUMBER: runNumber },
        event: { pull_request: { number: 7, head: { sha: HEAD } } },
      });
    serve(90);
    await onPr('8');
    serve(50);
    const late = await onPr('7');
    assert.match(late.stdout, /::notice::eval-gate: the comment already shows run #8/);
    assert.match(github.commentsOn(7)[0]?.body ?? '', /Evals passed/);
    assert.ok(!github.statuses.length, 'no commit status on a pull_request event by default');
  });
});

describe('a push or a manual run', () => {
  it('gates quietly when the token may not list pull requests', async () => {
    github.fail({ method: 'GET', path: /\/commits\/\w+\/pulls$/, status: 403, message: 'Resource not accessible by integration' });
    serve(90);
    const result = await gateAndReport(sim, github, { env: { GITHUB_EVENT_NAME: 'push' } });
    assert.equal(result.outputs.verdict, 'pass');
    assert.doesNotMatch(result.stdout, /::warning::/);
    assert.match(
      result.stdout,
      /^eval-gate: finding the pull request skipped \(HTTP 403: Resource not accessible by integration.*pull-requests: read/m,
    );
    assert.equal(github.comments.length, 0);
  });

  it('comments on the open PR whose head is the commit', async () => {
    github.pulls.push({
      number: 21,
      state: 'open',
      head: { sha: '0123456789abcdef0123456789abcdef01234567', ref: 'feat', label: 'acme:feat' },
    });
    serve(90);
    const result = await gateAndReport(sim, github, { env: { GITHUB_EVENT_NAME: 'workflow_dispatch' } });
    assert.match(
      result.stdout,
      /pull request #21, found by its head commit 0123456789ab \(a workflow_dispatch event has no pull request of its own\)/,
    );
    assert.equal(github.commentsOn(21).length, 1);
    assert.equal(github.statuses.length, 0);
  });
});
