// baseline-run-id: auto through the built action, the simulator and the
// GitHub fake: a push records its result on the commit, a PR finds that record
// on its base branch by itself, and a PR with none says so.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { aegisEvaluation, aegisRun } from '../../sim/fixtures/aegis.ts';
import { type GitHubFake, startGitHubFake } from '../../sim/github-fake.ts';
import { startVendorSim, type VendorSim } from '../../sim/vendor-sim.ts';
import { gate } from '../helpers/gate.ts';
import { visibleText } from '../helpers/markdown.ts';

const sha = (c: string) => c.repeat(40);
const [C1, C2, C3, SIDE, HEAD] = [sha('1'), sha('2'), sha('3'), sha('5'), sha('9')];
const RECORD = 'eval-gate record / aegis';

let sim: VendorSim;
let github: GitHubFake;
before(async () => {
  sim = await startVendorSim();
  github = await startGitHubFake();
});
after(async () => {
  await sim.close();
  await github.close();
});
beforeEach(() => {
  github.statuses.splice(0);
  github.calls.splice(0);
  // main: C1 ← C2 ← C3 (a merge of SIDE, whose own commit is listed in between, as GitHub's dates order it).
  github.commits.splice(
    0,
    Infinity,
    { sha: C3, parents: [C2, SIDE] },
    { sha: SIDE, parents: [C1] },
    { sha: C2, parents: [C1] },
    { sha: C1, parents: [] },
  );
});

function serve(id: number, n: number, resultOf: (i: number) => number) {
  const evaluations = Array.from({ length: n }, (_, i) => aegisEvaluation(i, { result: resultOf(i) }));
  const mean = evaluations.reduce((sum, e) => sum + (e.result ?? 0), 0) / n;
  sim.script(`/api/v1/runs/${id}`, [{ json: aegisRun({ result: mean, evaluations, aggregate: { ans_corr: mean } }) }]);
}

const onPush = (runId: string, commit: string) =>
  gate(
    sim,
    'aegis',
    { 'run-id': runId, comment: 'never' },
    { env: { GITHUB_API_URL: github.apiUrl, GITHUB_EVENT_NAME: 'push', GITHUB_SHA: commit } },
  );

const PR_EVENT = { pull_request: { number: 7, head: { sha: HEAD }, base: { sha: C3, ref: 'main' } } };
const onPr = (inputs: Record<string, string>) =>
  gate(
    sim,
    'aegis',
    { 'run-id': '1', 'baseline-run-id': 'auto', 'max-regression': '2', 'regression-confidence': '0.95', comment: 'never', ...inputs },
    { env: { GITHUB_API_URL: github.apiUrl, GITHUB_EVENT_NAME: 'pull_request' }, event: PR_EVENT },
  );

describe('baseline-run-id: auto', () => {
  it('records a push run on its commit, and a PR finds it on its base branch, behind the base commit', async () => {
    serve(900, 200, (i) => 80 + (i % 10));
    const push = await onPush('900', C1);
    assert.equal(push.outputs.verdict, 'pass', push.stdout);
    const record = github.statuses.find((s) => s.context === RECORD);
    assert.deepEqual(record && { sha: record.sha, state: record.state }, { sha: C1, state: 'success' });
    assert.equal(record?.description, 'eg1;pass;aegis;900;84.5;ans_corr=84.5');
    // Newer commits on main: a record by a user's token and a failed one by Actions, both passed over.
    github.addStatus(
      { sha: C3, state: 'success', context: RECORD, description: 'eg1;pass;aegis;666;99;' },
      { login: 'mallory', type: 'User' },
    );
    github.addStatus(
      { sha: C2, state: 'failure', context: RECORD, description: 'eg1;fail;aegis;777;10;' },
      { login: 'github-actions[bot]', type: 'Bot' },
    );
    serve(900, 200, (i) => 80 + (i % 10));
    serve(1, 200, (i) => (i % 4 === 0 ? 50 : 80 + (i % 10)));
    const pr = await onPr({});
    assert.equal(pr.outputs.verdict, 'fail', pr.stdout);
    assert.equal(pr.outputs.regression, 'regressed');
    const text = visibleText(pr.summary);
    assert.match(text, /Compared with baseline run 900/);
    assert.match(
      text,
      new RegExp(
        `Found automatically: the last passing record of this gate, on commit\\s+${C1.slice(0, 12)}\\s+\\(2 commits behind main\\)`,
      ),
    );
    assert.ok(!sim.requests.some((r) => /\/runs\/(666|777)$/.test(r.path)), 'the runs of records that do not count are never read');
    // REST only: one history page, then one statuses page per commit looked at (C3, C2, C1).
    const reads = github.calls.filter((c) => c.method === 'GET').map((c) => c.path.replace(/\?.*/, ''));
    assert.deepEqual(reads, ['/repos/acme/widgets/commits', ...[C3, C2, C1].map((c) => `/repos/acme/widgets/commits/${c}/statuses`)]);
  });

  it('a PR whose drop against the found baseline could be noise passes as inconclusive, and says what would settle it', async () => {
    serve(900, 12, (i) => 80 + (i % 10));
    const push = await onPush('900', C2);
    assert.equal(push.outputs.verdict, 'pass', push.stdout);
    serve(900, 12, (i) => 80 + (i % 10));
    serve(1, 12, (i) => 80 + (i % 10) - (i % 3 === 0 ? 12 : 0) + (i % 5 === 0 ? 4 : 0));
    const pr = await onPr({});
    assert.equal(pr.exitCode, 0, pr.stdout);
    assert.equal(pr.outputs.verdict, 'pass');
    assert.equal(pr.outputs.regression, 'inconclusive');
    const text = visibleText(pr.summary);
    assert.match(text, new RegExp(`on commit\\s+${C2.slice(0, 12)}\\s+\\(1 commit behind main\\)`));
    assert.match(text, /could be noise: \d+ of 12 paired records scored differently, p = 0\.\d+ .*more records or a repeat would tell/);
  });

  it('skips the regression rule when the base branch has no record, and says so; baseline-required makes it an error', async () => {
    serve(1, 20, () => 90);
    const skipped = await onPr({});
    assert.equal(skipped.outputs.verdict, 'pass', skipped.stdout);
    assert.equal(skipped.outputs.regression, 'none');
    assert.match(
      visibleText(skipped.summary),
      /No baseline, so max-regression is skipped \(neither a pass nor a failure\):\s+no baseline found: no passing record "eval-gate record \/ aegis" by github-actions\[bot\] on main's last 3 commit\(s\)/,
    );
    serve(1, 20, () => 90);
    const required = await onPr({ 'baseline-required': 'true' });
    assert.equal(required.outputs.verdict, 'error');
    assert.match(required.stdout, /baseline run auto could not be read: no baseline found: .*\(baseline-required\)/);
  });
});
