// The two-phase workflow_run pattern end to end through the built action: the README's workflows, the
// artifact, the comment before the step fails, the pending status while it polls. Which PR and whose
// comment wins is tested in-process, in virtual time: test/github/two-phase.test.ts.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fakesForEachTest } from '../helpers/fakes.ts';
import { aegisRun } from '../../sim/fixtures/aegis.ts';
import type { GitHubFake } from '../../sim/github-fake.ts';
import type { VendorSim } from '../../sim/vendor-sim.ts';
import { GITHUB_TOKEN, gate } from '../helpers/gate.ts';
import { forkPulls, forkRunEvent, HEAD, runIdArtifact } from '../helpers/github-events.ts';

const MARKER = '<!-- eval-gate:evals -->';

let sim: VendorSim;
let github: GitHubFake;
fakesForEachTest((fakes) => {
  ({ sim, github } = fakes);
  github.pulls.push(...forkPulls());
});

const serve = (result: number) => sim.script('/api/v1/runs/991', [{ json: aegisRun({ result }) }]);
const phaseTwo = async (inputs: Record<string, string>, event: unknown, env: Record<string, string> = {}) =>
  gate(
    sim,
    'aegis',
    { name: 'evals', 'run-id': '', 'run-id-file': await runIdArtifact('991'), ...inputs },
    {
      env: { GITHUB_API_URL: github.apiUrl, GITHUB_EVENT_NAME: 'workflow_run', GITHUB_RUN_NUMBER: '900', ...env },
      event,
    },
  );

describe('the two-phase workflow_run pattern', () => {
  it('gates a fork PR: reads the run id from the artifact, finds the PR by head, comments, and sets the commit status', async () => {
    serve(50);
    const result = await phaseTwo({}, forkRunEvent());
    assert.equal(result.outputs.verdict, 'fail');
    assert.equal(result.exitCode, 1);
    assert.equal(sim.requests[0]?.path, '/api/v1/runs/991');
    assert.deepEqual(
      github.calls.filter((c) => c.method === 'GET').map((c) => c.path),
      ['/repos/acme/widgets/pulls?per_page=100&state=open&head=forker%3Amain', '/repos/acme/widgets/issues/12/comments?per_page=100'],
    );
    assert.match(
      result.stdout,
      /pull request #12, found by its head forker:main at c0ffee00c0ff \(the workflow_run event lists no pull request\)/,
    );
    const [comment] = github.commentsOn(12);
    assert.ok(
      comment?.body.startsWith(`${MARKER}\n<!-- eval-gate-run: workflow=.github/workflows/ci.yml run=41 attempt=1 sha=${HEAD} -->\n`),
    );
    assert.match(comment?.body ?? '', /❌ Evals failed: evals/);
    assert.equal(result.outputs['comment-url'], comment?.html_url);
    assert.deepEqual(github.statuses, [
      {
        sha: HEAD,
        state: 'failure',
        context: 'eval-gate / evals',
        description: github.statuses[0]?.description,
        target_url: 'https://github.com/acme/widgets/actions/runs/4242',
      },
    ]);
    assert.match(github.statuses[0]?.description ?? '', /^fail: /);
    assert.equal(github.calls.find((c) => c.method === 'POST')?.headers.authorization, `token ${GITHUB_TOKEN}`);
    // A failing gate explains itself first: the comment is out before the step fails.
    const commented = result.stdout.indexOf('eval-gate: pull-request comment created');
    assert.ok(commented >= 0 && commented < result.stdout.indexOf('::error::eval-gate: fail'), result.stdout);
  });

  it('marks the status pending while it polls for long, then sets the verdict after it', async () => {
    sim.script('/api/v1/runs/991', [{ json: aegisRun({ finished: false }) }]);
    const result = await phaseTwo({ timeout: '4s' }, forkRunEvent());
    assert.equal(result.outputs.status, 'timed_out');
    assert.deepEqual(
      github.statuses.map((s) => [s.state, s.context, s.description]),
      [
        ['pending', 'eval-gate / evals', 'waiting for Aegis Evals run 991'],
        ['error', 'eval-gate / evals', github.statuses[1]?.description],
      ],
    );
    assert.match(github.statuses[1]?.description ?? '', /^could not decide: .*timed out: waited/);
  });

  it("works as the README's pair of workflows writes and reads it, and phase two never checks out PR code", async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const yamls = Array.from(readme.matchAll(/```yaml\n([\s\S]*?)```/g), (m) => m[1] ?? '');
    const phaseOne = yamls.find((y) => y.startsWith('name: Evals\non: pull_request')) ?? '';
    const phaseTwo = yamls.find((y) => y.includes('workflow_run:') && y.includes('run-id-file:')) ?? '';
    const write = /Hand the run id[\s\S]*?\n\s+run: (.+)\n/.exec(phaseOne)?.[1];
    assert.ok(write, 'phase one has the step that writes the run id');
    assert.doesNotMatch(phaseTwo, /actions\/checkout/);
    assert.match(phaseTwo, /workflows: \[Evals\]/);
    assert.match(phaseTwo, /run-id-file: \$\{\{ runner.temp \}\}\/eval-run\/run-id/);
    // Phase one's step, run as the runner would; the artifact keeps the folder's content.
    const workspace = await mkdtemp(join(tmpdir(), 'eval-gate-phase-one-'));
    execFileSync('bash', ['-c', write], { cwd: workspace, env: { PATH: process.env.PATH, RUN_ID: '991' } });
    serve(90);
    const result = await gate(
      sim,
      'aegis',
      { 'run-id': '', 'run-id-file': join(workspace, 'eval-run', 'run-id') },
      {
        env: { GITHUB_API_URL: github.apiUrl, GITHUB_EVENT_NAME: 'workflow_run' },
        event: forkRunEvent(),
      },
    );
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(sim.requests[0]?.path, '/api/v1/runs/991');
    assert.equal(github.commentsOn(12).length, 1);
  });

  it('stops before any request when the artifact holds something that is not a run id', async () => {
    const result = await gate(sim, 'aegis', { 'run-id': '', 'run-id-file': await runIdArtifact('991; rm -rf /') });
    assert.equal(result.outputs.verdict, 'error');
    assert.match(result.stdout, /::error::eval-gate: run-id-file: expected one or more run ids/);
    assert.equal(sim.requests.length, 0);
  });
});
