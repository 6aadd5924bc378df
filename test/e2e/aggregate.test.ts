// Issue 26 end to end with the runner's environment: a two-leg matrix (comment: aggregate) and the
// aggregate step, against the vendor simulator and the GitHub fake; and a gate skipped by paths.
// The first case of each part, and the one whose legs run while the aggregate waits, go through the
// built dist/; the others run the action's run() in this process, in virtual time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fakesForEachTest } from '../helpers/fakes.ts';
import { aegisRun } from '../../sim/fixtures/aegis.ts';
import type { GitHubFake } from '../../sim/github-fake.ts';
import { type ActionResult, runAction } from '../../sim/run-action.ts';
import type { VendorSim } from '../../sim/vendor-sim.ts';
import { GITHUB_TOKEN, gate, gateAction } from '../helpers/gate.ts';
import { actionInProcess } from '../helpers/action-in-process.ts';

const HEAD = 'feedfacefeedfacefeedfacefeedfacefeedface';
const PR_EVENT = { pull_request: { number: 7, head: { sha: HEAD } } };
const ACTIONS = { login: 'github-actions[bot]', type: 'Bot' } as const;

let sim: VendorSim;
let github: GitHubFake;
fakesForEachTest((fakes) => {
  ({ sim, github } = fakes);
  github.pulls.push({ number: 7, state: 'open', head: { sha: HEAD, ref: 'feat', label: 'acme:feat' } });
});

const onPr = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_RUN_ID: '4242' };
/** One matrix leg: its own run at the vendor, its own name, no comment of its own. */
function leg(name: string, runId: string, inputs: Record<string, string> = {}, via = gateAction) {
  return via(
    sim,
    'aegis',
    { name, 'run-id': runId, comment: 'aggregate', ...inputs },
    { env: { ...onPr, GITHUB_API_URL: github.apiUrl }, event: PR_EVENT },
  );
}
function aggregateStep(inputs: Record<string, string> = {}, via: typeof runAction = actionInProcess) {
  return via({
    inputs: { aggregate: 'evals-*', name: 'evals', 'github-token': GITHUB_TOKEN, timeout: '20s', 'poll-interval': '100ms', ...inputs },
    env: { ...onPr, GITHUB_API_URL: github.apiUrl, GITHUB_JOB: 'evals-all' },
    event: PR_EVENT,
  });
}
const serve = (runId: string, result: number) =>
  sim.script(`/api/v1/runs/${runId}`, [{ json: { ...aegisRun({ result }), id: Number(runId) } }]);
const statusOf = (context: string) => github.statuses.filter((s) => s.context === context).at(-1);
const failureLine = (result: ActionResult) => result.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';

describe('one required check for many gates (aggregate)', () => {
  for (const order of [
    ['evals-a', 'evals-b'],
    ['evals-b', 'evals-a'],
  ]) {
    it(`fails naming the failed leg, the legs finishing ${order.join(' then ')}`, async () => {
      serve('991', 90);
      serve('992', 50);
      const via = order[0] === 'evals-a' ? gate : gateAction;
      for (const name of order) await leg(name, name === 'evals-a' ? '991' : '992', {}, via);
      // A person's success on the failed leg's context counts for nothing.
      github.addStatus(
        { sha: HEAD, state: 'success', context: 'eval-gate / evals-b', description: 'trust me' },
        { login: 'mallory', type: 'User' },
      );
      const result = await aggregateStep({}, via === gate ? runAction : actionInProcess);
      assert.equal(result.exitCode, 1);
      assert.match(failureLine(result), /evals failed: 1 failed of 2: evals-b/);
      assert.deepEqual(
        { state: statusOf('eval-gate / evals')?.state, description: statusOf('eval-gate / evals')?.description },
        { state: 'failure', description: '1 failed of 2: evals-b' },
      );
      assert.equal(result.outputs.verdict, 'fail');
      // One comment, the aggregate's, with the legs' sections in name order; the legs wrote none.
      assert.equal(github.comments.length, 1);
      const body = github.comments[0]?.body ?? '';
      assert.ok(body.startsWith('<!-- eval-gate:aggregate:evals -->\n'));
      assert.ok(body.indexOf('### ✅ evals\\-a') < body.indexOf('### ❌ evals\\-b'), body);
      assert.equal(result.outputs['comment-url'], github.comments[0]?.html_url);
    });
  }

  it('passes when both legs pass, waiting for the legs still running when it starts', async () => {
    // Both legs stay in flight until the aggregate has read the statuses once: no race with the clock.
    sim.script('/api/v1/runs/991', [{ json: aegisRun({ finished: false }) }]);
    sim.script('/api/v1/runs/992', [{ json: { ...aegisRun({ finished: false }), id: 992 } }]);
    // Concurrent, so through dist/: runs in this process must not overlap.
    const legs = [leg('evals-a', '991', {}, gate), leg('evals-b', '992', {}, gate)];
    // A guard, not a timing: what is awaited never coming fails the test instead of hanging it.
    const until = async (done: () => boolean) => {
      for (let tries = 0; !done(); tries += 1) {
        assert.ok(tries < 3000, 'what the test waits for never came');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    // Each leg says it is under way at once; the aggregate starts once both have.
    await until(() => github.statuses.filter((s) => s.state === 'pending').length >= 2);
    const aggregate = aggregateStep({}, runAction);
    await until(() => github.calls.some((c) => c.method === 'GET' && c.path.includes(`/commits/${HEAD}/statuses`)));
    sim.script('/api/v1/runs/991', [{ json: aegisRun({ result: 90 }) }]);
    sim.script('/api/v1/runs/992', [{ json: { ...aegisRun({ result: 95 }), id: 992 } }]);
    const result = await aggregate;
    await Promise.all(legs);
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(statusOf('eval-gate / evals')?.state, 'success');
    assert.equal(statusOf('eval-gate / evals')?.description, 'all 2 passed');
    assert.match(result.stdout, /waiting for 2 of 2 gate\(s\): evals-a, evals-b\n/);
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(github.comments.length, 1);
  });

  it('fails naming a leg still pending at the timeout', async () => {
    serve('991', 90);
    await leg('evals-a', '991');
    github.addStatus({ sha: HEAD, state: 'pending', context: 'eval-gate / evals-c', description: 'starting a run at Aegis' }, ACTIONS);
    const result = await aggregateStep({ timeout: '1s' });
    assert.equal(result.exitCode, 1);
    assert.match(failureLine(result), /1 of 2 still pending: evals-c/);
    assert.equal(statusOf('eval-gate / evals')?.state, 'failure');
  });

  it('fails naming a leg that could not even start (bad input): its status says error', async () => {
    serve('991', 90);
    await leg('evals-a', '991');
    const bad = await leg('evals-b', '992', { threshold: 'high' });
    assert.equal(bad.exitCode, 1);
    assert.equal(statusOf('eval-gate / evals-b')?.state, 'error');
    assert.match(statusOf('eval-gate / evals-b')?.description ?? '', /^could not start: threshold: expected a number, got "high"$/);
    const result = await aggregateStep();
    assert.match(failureLine(result), /1 errored of 2: evals-b/);
  });

  it('never passes when no gate matched: an error naming the pattern', async () => {
    github.addStatus(
      { sha: HEAD, state: 'success', context: 'eval-gate / evals-a', description: 'forged' },
      { login: 'mallory', type: 'User' },
    );
    const result = await aggregateStep({ timeout: '500ms' });
    assert.equal(result.exitCode, 1);
    assert.equal(statusOf('eval-gate / evals')?.state, 'error');
    assert.match(statusOf('eval-gate / evals')?.description ?? '', /no gate matching evals-\* reported on this commit/);
  });

  it('refuses a vendor input before any request', async () => {
    const result = await aggregateStep({ provider: 'aegis' });
    assert.equal(result.exitCode, 1);
    assert.match(failureLine(result), /provider: expected no vendor or rule input beside aggregate/);
    assert.deepEqual(github.calls, []);
  });
});

describe('skips that do not hang (paths)', () => {
  const pr = (files: string[]) => {
    (github.pulls[0] as { files?: unknown }).files = files.map((filename) => ({ filename }));
  };
  const pathsGate = (inputs: Record<string, string> = {}, env: Record<string, string> = onPr, via = gateAction) =>
    via(
      sim,
      'aegis',
      { name: 'evals-a', paths: 'src/**, prompts/**', 'commit-status': 'always', ...inputs },
      { env: { ...env, GITHUB_API_URL: github.apiUrl }, event: PR_EVENT },
    );

  it('on a PR touching only docs, does no vendor work and records success, skipped', async () => {
    pr(['docs/intro.md', 'README.md']);
    // An earlier push's verdict in the gate's own comment does not stand there.
    const earlier = github.addComment('<!-- eval-gate:evals-a -->\n<!-- eval-gate-run: unknown -->\n## ❌ Evals failed', 'Bot', 7);
    const result = await pathsGate({}, onPr, gate);
    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(sim.requests, []);
    assert.equal(result.outputs.verdict, 'skipped');
    assert.equal(result.outputs.passed, 'false');
    assert.deepEqual(
      { state: statusOf('eval-gate / evals-a')?.state, description: statusOf('eval-gate / evals-a')?.description },
      { state: 'success', description: 'skipped: no change under src/**, prompts/**' },
    );
    assert.match(result.summary, /Evals skipped/);
    assert.equal(github.comments.length, 1);
    assert.equal(github.comments[0]?.id, earlier.id);
    assert.match(github.comments[0]?.body ?? '', /## ⏭️ Evals skipped: evals\\-a\n\nskipped\\: no change under src\/\\\*\\\*, prompts/);
  });

  it('runs the gate on a PR that changed a covered file, and off a pull request', async () => {
    serve('991', 90);
    pr(['docs/intro.md', 'src/app.ts']);
    const covered = await pathsGate();
    assert.equal(covered.outputs.verdict, 'pass');
    assert.match(covered.stdout, /not skipped: the pull request changed src\/app\.ts, under paths/);
    const onPush = await pathsGate({}, { GITHUB_EVENT_NAME: 'push' });
    assert.equal(onPush.outputs.verdict, 'pass');
    assert.match(onPush.stdout, /paths has no effect on a push event/);
  });
});
