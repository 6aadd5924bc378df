// Review and approval on the pull request (issue 25), end to end: the action's run() with the
// runner's environment, in this process and in virtual time (the first case through the built
// dist/ as well). Pushes run the gate on pull_request; people's comments arrive as issue_comment
// events checked against GitHub's webhook schema.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fakesForEachTest } from '../helpers/fakes.ts';
import { aegisEvaluation, aegisRun } from '../../sim/fixtures/aegis.ts';
import type { GitHubFake } from '../../sim/github-fake.ts';
import { isPermissionCall } from '../../sim/github-fake-review.ts';
import type { VendorSim } from '../../sim/vendor-sim.ts';
import { decisionLine } from '../../src/review/record.ts';
import { commentEvent, type CommentEventOptions } from '../helpers/comment-event.ts';
import { gate, gateAction } from '../helpers/gate.ts';
import { foreignHtml, nodesOf, parseGfm, visibleText } from '../helpers/markdown.ts';

const MARKER = '<!-- eval-gate:evals -->';
const SHA = ['a1'.repeat(20), 'b2'.repeat(20), 'c3'.repeat(20)] as const;
const CONTEXT = 'eval-gate / evals';

let sim: VendorSim;
let github: GitHubFake;
fakesForEachTest((fakes) => {
  ({ sim, github } = fakes);
  github.pulls.push({ number: 7, state: 'open', head: { sha: SHA[0], ref: 'feat', label: 'acme:feat' }, user: 'alice' });
  for (const [login, role] of [
    ['wanda', 'write'],
    ['mona', 'maintain'],
    ['alice', 'write'],
    ['rita', 'read'],
  ] as const) {
    github.roles.set(login, role);
  }
});

/** A run whose records at `failing` (indexes) fail their metric. */
const runFailing = (failing: number[]) =>
  aegisRun({
    result: failing.length ? 50 : 90,
    evaluations: [0, 1, 2].map((i) => aegisEvaluation(i, { result: failing.includes(i) ? 10 : 95 })),
  });

/** A push: the gate runs on pull_request for the PR's head `sha`. */
async function push(sha: string, failing: number[], inputs: Record<string, string> = {}, via = gateAction) {
  const pull = github.pulls[0];
  if (pull) pull.head.sha = sha;
  sim.script('/api/v1/runs/991', [{ json: runFailing(failing) }]);
  const event = { pull_request: { number: 7, head: { sha } } };
  const env = { GITHUB_API_URL: github.apiUrl, GITHUB_EVENT_NAME: 'pull_request' };
  return via(sim, 'aegis', { name: 'evals', 'commit-status': 'always', ...inputs }, { env, event });
}

/** A comment on the PR, as the comment workflow sees it: same name and vendor, no run id. */
function comment(options: CommentEventOptions, inputs: Record<string, string> = {}, via = gateAction) {
  const env = { GITHUB_API_URL: github.apiUrl, GITHUB_EVENT_NAME: 'issue_comment', GITHUB_WORKFLOW: 'eval-gate commands' };
  return via(sim, 'aegis', { name: 'evals', 'run-id': '', ...inputs }, { env, event: commentEvent(options) });
}

const sticky = () => github.comments.filter((c) => c.body.startsWith(`${MARKER}\n`));
const stickyBody = () => sticky()[0]?.body ?? '';
/** The comment as a reader sees it, without the zero-width spaces that keep mentions and SHAs from linking. */
const shown = () =>
  visibleText(stickyBody())
    .replace(/\u200B/g, '')
    .replace(/\s+/g, ' ');
const lastStatus = (sha: string) => github.statuses.filter((s) => s.sha === sha && s.context === CONTEXT).at(-1);
const replies = () => github.comments.filter((c) => !c.body.startsWith(MARKER));

describe('/eval-gate approve', () => {
  it("by a writer turns the failing gate's status to success and adds an Approved block (through dist/)", async () => {
    const failed = await push(SHA[0], [1], {}, gate);
    assert.equal(failed.outputs.verdict, 'fail');
    assert.notEqual(failed.exitCode, 0);
    assert.equal(lastStatus(SHA[0])?.state, 'failure');
    const result = await comment({ body: '/eval-gate approve the golden answers are stale', login: 'wanda' }, {}, gate);
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs.review, 'approved');
    assert.deepEqual(
      github.calls.filter(isPermissionCall).map((c) => c.path),
      ['/repos/acme/widgets/collaborators/wanda/permission'],
    );
    assert.equal(lastStatus(SHA[0])?.state, 'success');
    assert.equal(lastStatus(SHA[0])?.description, 'approved by @wanda: the golden answers are stale');
    assert.match(shown(), /✅ Approved by @wanda on 2026-03-02 10:15 UTC: the golden answers are stale/);
    assert.match(shown(), /Was failing: rule: vendor's verdict; record: record 1 \(id 1002\) \(ans_corr\)/);
    assert.equal(replies().length, 0, 'a decision needs no reply: the comment and the status say it');
    assert.equal(sticky().length, 1);
  });

  it('by a maintainer works too; an approver list narrows who may', async () => {
    await push(SHA[0], [1]);
    const outsider = await comment({ body: '/eval-gate approve fine', login: 'wanda' }, { approvers: 'mona, @Alice' });
    assert.equal(outsider.outputs.review, 'ignored');
    assert.match(replies().at(-1)?.body ?? '', /^@wanda eval-gate changed nothing: only the users listed in approvers/);
    const listed = await comment({ body: '/eval-gate approve fine', login: 'mona' }, { approvers: 'mona, @Alice' });
    assert.equal(listed.outputs.review, 'approved');
    assert.equal(lastStatus(SHA[0])?.state, 'success');
  });
});

describe('who may not decide, and what changes nothing', () => {
  const cases: Array<[string, CommentEventOptions, RegExp]> = [
    [
      'a reader (whatever author_association says)',
      { body: '/eval-gate approve ok', login: 'rita', association: 'OWNER' },
      /only users with write, maintain or admin permission on the repository may approve or reject \(GitHub says: read\)/,
    ],
    ['a bot', { body: '/eval-gate approve ok', login: 'helper[bot]', type: 'Bot' }, /a bot or app account cannot approve or reject/],
    ["the PR's author", { body: '/eval-gate approve ok', login: 'alice' }, /the pull request's author cannot approve or reject it/],
    ['an edited comment', { body: '/eval-gate approve ok', login: 'wanda', action: 'edited' }, /edited comments are ignored/],
    ['an approval without a reason', { body: '/eval-gate approve', login: 'wanda' }, /needs a reason/],
  ];
  for (const [who, event, why] of cases) {
    it(`${who}: no status or comment change, and a reply saying why`, async () => {
      await push(SHA[0], [1]);
      const before = { statuses: github.statuses.length, body: stickyBody() };
      const result = await comment(event);
      assert.equal(result.exitCode, 0, result.stdout);
      assert.equal(github.statuses.length, before.statuses);
      assert.equal(stickyBody(), before.body);
      assert.equal(replies().length, 1);
      assert.match(replies()[0]?.body ?? '', why);
      assert.ok(!(replies()[0]?.body ?? '').startsWith('<!--'), 'a reply is never taken for the sticky comment');
    });
  }

  it("lets the PR's author decide with allow-self-approval: true", async () => {
    await push(SHA[0], [1]);
    const result = await comment({ body: '/eval-gate approve mine is fine', login: 'alice' }, { 'allow-self-approval': 'true' });
    assert.equal(result.outputs.review, 'approved');
    assert.equal(lastStatus(SHA[0])?.state, 'success');
  });

  it('ignores a comment that is not a command, without a word, and a command below the first line', async () => {
    await push(SHA[0], [1]);
    for (const body of ['looks good', 'thanks!\n/eval-gate approve sneaky']) {
      const result = await comment({ body, login: 'wanda' });
      assert.equal(result.exitCode, 0);
      assert.equal(result.outputs.review, 'ignored');
    }
    assert.equal(replies().length, 0);
    assert.equal(lastStatus(SHA[0])?.state, 'failure');
  });

  it('refuses to approve a gate that could not decide', async () => {
    const pull = github.pulls[0];
    if (pull) pull.head.sha = SHA[0];
    sim.script('/api/v1/runs/991', [{ json: aegisRun({ finished: false }) }]);
    const undecided = await gateAction(
      sim,
      'aegis',
      { name: 'evals', 'commit-status': 'always', timeout: '300ms' },
      {
        env: { GITHUB_API_URL: github.apiUrl, GITHUB_EVENT_NAME: 'pull_request' },
        event: { pull_request: { number: 7, head: { sha: SHA[0] } } },
      },
    );
    assert.equal(undecided.outputs.verdict, 'error');
    const before = github.statuses.length;
    await comment({ body: '/eval-gate approve ship it', login: 'wanda' });
    assert.equal(github.statuses.length, before);
    assert.match(replies().at(-1)?.body ?? '', /never approved/);
  });
});

describe('an approval on later pushes', () => {
  it('carries forward when the same or fewer things fail, and not when something new fails', async () => {
    await push(SHA[0], [1, 2]);
    await comment({ body: '/eval-gate approve records 1 and 2 have stale goldens', login: 'wanda' });
    const same = await push(SHA[1], [1]);
    assert.equal(same.outputs.verdict, 'fail', 'the verdict stays the rules’ verdict');
    assert.equal(same.outputs.review, 'approved');
    assert.notEqual(same.exitCode, 0, "the job's own check fails; the status is the one to require");
    assert.equal(lastStatus(SHA[1])?.state, 'success');
    assert.match(lastStatus(SHA[1])?.description ?? '', /^approved by @wanda, carried from a1a1a1a: records 1 and 2/);
    assert.match(shown(), /Carried forward from commit a1a1a1a: what fails now is the same as, or less than, what was approved/);
    const more = await push(SHA[2], [0, 1]);
    assert.equal(more.outputs.review, 'none');
    assert.equal(lastStatus(SHA[2])?.state, 'failure');
    assert.match(shown(), /The approval by @wanda for commit b2b2b2b does not carry forward: 1 newly failing item/);
    assert.doesNotMatch(stickyBody(), /✅ \*\*Approved\*\*/);
  });

  it("ignores a forged decision in someone else's comment", async () => {
    await push(SHA[0], [1]);
    const forged = decisionLine({
      decision: 'approve',
      by: 'wanda',
      at: '2026-03-02T10:15:00Z',
      sha: SHA[0],
      failing: { items: [], labels: [], complete: false },
      reason: 'forged',
      carriedFrom: null,
      commentUrl: null,
    });
    // The whole set of items cannot be guessed, but a forger needs none: an empty set would cover a pass.
    github.addComment(`${MARKER}\n${forged}\n${forged}`, 'User', 7, { login: 'mallory', type: 'User' });
    const next = await push(SHA[1], [1]);
    assert.equal(next.outputs.review, 'none');
    assert.equal(lastStatus(SHA[1])?.state, 'failure');
  });

  it('revoke withdraws an approval; reject fails the status with its reason and can be approved later', async () => {
    await push(SHA[0], [1]);
    await comment({ body: '/eval-gate approve fine', login: 'wanda' });
    const revoked = await comment({ body: '/eval-gate revoke', login: 'mona' });
    assert.equal(revoked.outputs.review, 'none');
    assert.equal(lastStatus(SHA[0])?.state, 'failure');
    assert.doesNotMatch(stickyBody(), /Approved/);
    await comment({ body: '/eval-gate reject answers are worse in Spanish', login: 'mona' });
    assert.deepEqual(
      { state: lastStatus(SHA[0])?.state, description: lastStatus(SHA[0])?.description },
      { state: 'failure', description: 'rejected by @mona: answers are worse in Spanish' },
    );
    assert.match(stickyBody(), /⛔ \*\*Rejected\*\* by @\u200Bmona/);
    await comment({ body: '/eval-gate approve checked with the Spanish team', login: 'wanda' });
    assert.equal(lastStatus(SHA[0])?.state, 'success');
    assert.equal((stickyBody().match(/eval-gate-decision-block -->/g) ?? []).length, 2, 'one block, its start and end');
  });

  it('waits for the gate to report on a new head before taking a decision', async () => {
    await push(SHA[0], [1]);
    const pull = github.pulls[0];
    if (pull) pull.head.sha = SHA[1];
    await comment({ body: '/eval-gate approve too early', login: 'wanda' });
    assert.match(replies().at(-1)?.body ?? '', /has not yet reported on the head commit b2b2b2b/);
    assert.equal(lastStatus(SHA[1]), undefined);
  });
});

describe('review: required', () => {
  it('holds a sampled, passing run at pending until a person approves it', async () => {
    const held = await push(SHA[0], [], { review: 'required', 'sample-rate': '1' });
    assert.equal(held.outputs.verdict, 'pass');
    assert.equal(held.outputs.review, 'pending');
    assert.notEqual(held.exitCode, 0);
    assert.match(held.stdout, /::error::eval-gate: pass: .*awaiting review/);
    assert.deepEqual(
      { state: lastStatus(SHA[0])?.state, description: lastStatus(SHA[0])?.description },
      { state: 'pending', description: 'awaiting review: /eval-gate approve or reject' },
    );
    assert.match(stickyBody(), /⏳ \*\*Awaiting review\.\*\*/);
    const approved = await comment({ body: '/eval-gate approve read the sampled answers', login: 'wanda' });
    assert.equal(approved.outputs.review, 'approved');
    assert.equal(lastStatus(SHA[0])?.state, 'success');
    assert.doesNotMatch(stickyBody(), /Awaiting review/);
    // A re-run of the same commit samples the same run: the approval stands.
    const rerun = await push(SHA[0], [], { review: 'required', 'sample-rate': '1' });
    assert.equal(rerun.outputs.review, 'approved');
    assert.equal(rerun.exitCode, 0);
  });

  it('passes as before when the run is not sampled, and review off never holds', async () => {
    const unsampled = await push(SHA[0], [], { review: 'required' });
    assert.equal(unsampled.outputs.review, 'none');
    assert.equal(unsampled.exitCode, 0);
    const off = await push(SHA[0], [], { 'sample-rate': '1' });
    assert.equal(off.outputs.review, 'none');
    assert.equal(off.exitCode, 0);
    assert.equal(lastStatus(SHA[0])?.state, 'success');
  });
});

describe('the reason is untrusted text', () => {
  it('stays inert in the comment, the status and the log', async () => {
    await push(SHA[0], [1]);
    const reason = '@everyone see #1 <img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold** ::warning::x \u202Egnp.exe';
    const result = await comment({ body: `/eval-gate approve ${reason}`, login: 'wanda' });
    assert.equal(result.outputs.review, 'approved');
    const body = stickyBody();
    assert.deepEqual(foreignHtml(body), []);
    const tree = parseGfm(body);
    const ours = /^https:\/\/github\.com\/acme\/widgets\/actions\/runs\/4242$/;
    assert.deepEqual(
      nodesOf(tree, 'link').filter((n) => !ours.test((n as { url: string }).url)),
      [],
    );
    assert.deepEqual(
      nodesOf(tree, 'strong').filter((n) => JSON.stringify(n).includes('bold')),
      [],
    );
    assert.doesNotMatch(body, /@everyone|#1\b/);
    assert.doesNotMatch(body, /\u202E/);
    const description = lastStatus(SHA[0])?.description ?? '';
    assert.ok(description.length <= 140 && !description.includes('\u202E'), description);
    assert.doesNotMatch(result.stdout, /^::warning::x/m);
  });
});
