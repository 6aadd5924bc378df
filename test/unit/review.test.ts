// The review's pure decisions: the command, who may decide, what an approval covers, and its record.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { FailingRecord } from '../../src/model.ts';
import { parseCommand } from '../../src/review/command.ts';
import { commentWithDecision } from '../../src/report/github/approval-block.ts';
import { decideCommand } from '../../src/review/decide.ts';
import { covers, type Failing, failingOf } from '../../src/review/failing.ts';
import { reviewOutcome } from '../../src/review/outcome.ts';
import { type Decision, decisionLine, readDecision, readState, stateLine } from '../../src/review/record.ts';
import { refusalBeforeAsking, refusalByPermission } from '../../src/review/who.ts';
import { decideGate } from '../../src/rules/rules.ts';
import { gateRun, noRules } from '../helpers/runs.ts';

const record = (name: string): FailingRecord => ({ name, metric: 'acc', score: 0.1, threshold: 0.7, message: null, prompt: null });
const failingGate = (names: string[], over = {}) =>
  decideGate([gateRun({ vendorPassed: false, failures: names.map(record), failureCount: names.length, ...over })], noRules);
const SHA = 'ab'.repeat(20);
const FAIL_STATUS = { state: 'failure' as const, description: 'fail' };

describe('the command on the first line', () => {
  it('reads approve and reject with their reason, revoke without one; anything else is not a command', () => {
    assert.deepEqual(parseCommand('/eval-gate approve stale goldens\nmore text'), { ok: true, action: 'approve', reason: 'stale goldens' });
    assert.deepEqual(parseCommand('/eval-gate REJECT worse'), { ok: true, action: 'reject', reason: 'worse' });
    assert.deepEqual(parseCommand('/eval-gate revoke'), { ok: true, action: 'revoke', reason: '' });
    assert.equal(parseCommand('please /eval-gate approve x'), null);
    assert.equal(parseCommand('lgtm\n/eval-gate approve x'), null);
    assert.equal(parseCommand('/eval-gateway approve x'), null);
    assert.equal(parseCommand('/eval-gate approve')?.ok, false);
    assert.equal(parseCommand('/eval-gate merge it')?.ok, false);
  });
});

describe('who may decide', () => {
  const deciders = { allowSelfApproval: false, approvers: [] };
  it('never a bot, not the author unless allowed, only listed approvers when listed', () => {
    assert.match(refusalBeforeAsking({ login: 'ci[bot]', isBot: true }, 'alice', deciders) ?? '', /bot/);
    assert.match(refusalBeforeAsking({ login: 'Alice', isBot: false }, 'alice', deciders) ?? '', /author/);
    assert.equal(refusalBeforeAsking({ login: 'alice', isBot: false }, 'alice', { ...deciders, allowSelfApproval: true }), null);
    assert.match(refusalBeforeAsking({ login: 'bob', isBot: false }, 'alice', { ...deciders, approvers: ['carol'] }) ?? '', /approvers/);
    assert.equal(refusalBeforeAsking({ login: 'Carol', isBot: false }, 'alice', { ...deciders, approvers: ['carol'] }), null);
  });
  it('write, maintain or admin as GitHub says it; triage, read, none or an unknown user may not', () => {
    for (const [permission, roleName] of [
      ['write', 'write'],
      ['write', 'maintain'],
      ['admin', 'admin'],
      ['write', 'custom-writer'],
    ] as const) {
      assert.equal(refusalByPermission({ permission, roleName }), null, roleName);
    }
    for (const [permission, roleName] of [
      ['read', 'triage'],
      ['read', 'read'],
      ['none', null],
    ] as const) {
      assert.ok(refusalByPermission({ permission, roleName }), String(roleName));
    }
    assert.ok(refusalByPermission(null));
  });
});

describe('what an approval covers', () => {
  const items = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 12 });
  it('covers a later push exactly when its failing records are a subset of the approved ones (oracle: sets)', () => {
    fc.assert(
      fc.property(items, items, (approvedNames, nowNames) => {
        const approved = failingOf(failingGate(approvedNames), false);
        const now = failingOf(failingGate(nowNames), false);
        const subset = nowNames.every((n) => approvedNames.includes(n));
        assert.equal(covers(approved, now), subset);
      }),
    );
  });
  it('never covers a push whose vendor listed only some failing records', () => {
    const approved = failingOf(failingGate(['a', 'b']), false);
    const partial = failingOf(failingGate(['a'], { failureCount: 5 }), false);
    assert.equal(partial.complete, false);
    assert.equal(covers(approved, partial), false);
  });
  it('binds a review hold to the run: another sampled run is not covered', () => {
    const sampled = { ...noRules, sampleRate: 1 };
    const first = failingOf(decideGate([gateRun({ runId: '1' })], sampled), true);
    const second = failingOf(decideGate([gateRun({ runId: '2' })], sampled), true);
    assert.equal(covers(first, second), false);
    assert.equal(covers(first, first), true);
  });
});

const approval = (failing: Failing, over: Partial<Decision> = {}): Decision => ({
  decision: 'approve',
  by: 'wanda',
  at: '2026-03-02T10:15:00Z',
  sha: SHA,
  failing,
  reason: 'stale goldens',
  carriedFrom: null,
  commentUrl: null,
  ...over,
});

describe('the record in the comment', () => {
  it('reads back what it wrote, and nothing damaged, of another version, or below the header', () => {
    const decision = approval(failingOf(failingGate(['a']), false), { reason: 'x --> <b>y</b>' });
    const line = decisionLine(decision);
    assert.doesNotMatch(line.slice(4, -3), /-->|</, 'no text inside can close the HTML comment');
    assert.deepEqual(readDecision(`<!-- eval-gate:evals -->\n${line}\n## title`), decision);
    assert.equal(readDecision(`<!-- eval-gate:evals -->\n${line.replace('v1', 'v2')}`), null);
    assert.equal(readDecision(`<!-- eval-gate:evals -->\n${line.slice(0, 40)}A -->`), null);
    assert.equal(readDecision(`<!-- eval-gate:evals -->\n## title\n${line}`), null);
  });
  it('replaces a decision and its block, and takes both out on revoke, leaving the comment as it was', () => {
    const state = { sha: SHA, verdict: 'fail' as const, held: false, failing: failingOf(failingGate(['a']), false), status: FAIL_STATUS };
    const original = `<!-- eval-gate:evals -->\n${stateLine(state)}\n## ❌ Evals failed\n\n**Why:** x`;
    const approved = commentWithDecision(original, state, approval(state.failing));
    const replaced = commentWithDecision(approved, state, approval(state.failing, { decision: 'reject', reason: 'no' }));
    assert.equal((replaced.match(/eval-gate-decision: v1/g) ?? []).length, 1);
    assert.equal(readDecision(replaced)?.decision, 'reject');
    assert.equal(readState(replaced)?.sha, SHA);
    assert.equal(commentWithDecision(replaced, state, null), original);
  });
});

describe('a command against what the gate remembers', () => {
  const failing = failingOf(failingGate(['a']), false);
  const state = { sha: SHA, verdict: 'fail' as const, held: false, failing, status: FAIL_STATUS };
  const input = { action: 'approve' as const, reason: 'ok', by: 'wanda', at: '', commentUrl: null, headSha: SHA, state, current: null };
  it('records an approval of a failing head commit, and refuses an error, a pass, or an older commit', () => {
    const recorded = decideCommand(input);
    assert.equal(recorded.kind === 'recorded' && recorded.status.state, 'success');
    assert.equal(decideCommand({ ...input, state: { ...state, verdict: 'error' } }).kind, 'refused');
    assert.equal(decideCommand({ ...input, state: { ...state, verdict: 'pass' } }).kind, 'refused');
    assert.equal(decideCommand({ ...input, headSha: 'cd'.repeat(20) }).kind, 'refused');
    assert.equal(decideCommand({ ...input, state: null }).kind, 'refused');
  });
  it('on a push: a rejection holds only on its own commit; an approval never turns an error green', () => {
    const options = { reviewRequired: false, sha: 'cd'.repeat(20), ruleStatus: FAIL_STATUS };
    const rejected = approval(failing, { decision: 'reject' });
    assert.equal(reviewOutcome(failingGate(['a']), { ...options, previous: rejected }).review, 'none');
    assert.equal(reviewOutcome(failingGate(['a']), { ...options, sha: SHA, previous: rejected }).review, 'rejected');
    const errored = decideGate([gateRun({ status: 'error', problem: 'boom' })], noRules);
    const outcome = reviewOutcome(errored, { ...options, ruleStatus: { state: 'error', description: 'x' }, previous: approval(failing) });
    assert.deepEqual([outcome.review, outcome.status.state], ['none', 'error']);
  });
});
