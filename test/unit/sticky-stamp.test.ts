import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { commitStatusOf, fitted, statusContext, wantsCommitStatus } from '../../src/report/github/commit-status.ts';
import { isOlderThan, parseStamp, stampLine } from '../../src/report/github/sticky.ts';
import { decideGate } from '../../src/rules/rules.ts';
import { type InputName, parseInputs } from '../../src/inputs/inputs.ts';
import { runnerContext } from '../../src/report/github/context.ts';
import { gateRun, noRules } from '../helpers/runs.ts';

const stamp = fc.record({
  workflow: fc.constantFrom('.github/workflows/ci.yml', 'evals.yml'),
  number: fc.integer({ min: 1, max: 1e6 }),
  attempt: fc.integer({ min: 1, max: 5 }),
});

describe('the run stamp of a sticky comment', () => {
  it('reads back what it wrote', () => {
    fc.assert(
      fc.property(stamp, fc.stringMatching(/^[0-9a-f]{40}$/), (s, sha) => {
        assert.deepEqual(parseStamp(`<!-- eval-gate:key -->\n${stampLine(s, sha)}\nbody`), { ...s, sha });
      }),
    );
    assert.equal(parseStamp(`<!-- eval-gate:key -->\n${stampLine(null, null)}\nbody`), null);
    assert.equal(parseStamp('<!-- eval-gate:key -->\n## ✅ Evals passed'), null);
  });

  it('cannot be closed early or forged by a workflow name', () => {
    const line = stampLine({ workflow: 'x --> <img src=y> run=999', number: 3, attempt: 1 }, 'abc');
    assert.equal(parseStamp(`m\n${line}`)?.number, 3);
    assert.equal(line.indexOf('-->'), line.length - 3);
  });

  it('orders runs of one workflow by number, then attempt, and never orders across workflows', () => {
    fc.assert(
      fc.property(stamp, stamp, (a, b) => {
        const older = isOlderThan(a, b);
        if (a.workflow !== b.workflow) assert.equal(older, false);
        else assert.equal(older, a.number < b.number || (a.number === b.number && a.attempt < b.attempt));
        if (older) assert.equal(isOlderThan(b, a), false);
      }),
    );
    assert.equal(isOlderThan(null, { workflow: 'w', number: 9, attempt: 1 }), false);
    assert.equal(isOlderThan({ workflow: 'w', number: 1, attempt: 1 }, null), false);
  });

  it('compares the workflow as the comment stores it: a name with spaces, a path with its @ref', () => {
    for (const workflow of ['Eval gate (nightly)', '.github/workflows/ci.yml@refs/heads/main']) {
      const theirs = parseStamp(`m\n${stampLine({ workflow, number: 9, attempt: 1 }, 'abc')}`);
      assert.equal(isOlderThan({ workflow, number: 8, attempt: 1 }, theirs), true, workflow);
    }
    const stored = parseStamp(`m\n${stampLine({ workflow: '.github/workflows/ci.yml', number: 9, attempt: 1 }, 'abc')}`);
    assert.equal(isOlderThan({ workflow: '.github/workflows/ci.yml@refs/pull/3/merge', number: 8, attempt: 1 }, stored), true);
  });
});

describe('the commit status', () => {
  const settings = (over: Partial<Record<InputName, string>> = {}) => {
    const given: Partial<Record<InputName, string>> = { provider: 'runtype', 'run-id': 'b1', 'api-key': 'k', ...over };
    return parseInputs((name) => given[name] ?? '');
  };
  const context = runnerContext({ GITHUB_REPOSITORY: 'acme/widgets', GITHUB_RUN_ID: '5' });

  it('is set on workflow_run by default, always with always, never with never', () => {
    assert.equal(wantsCommitStatus('auto', 'workflow_run'), true);
    assert.equal(wantsCommitStatus('auto', 'pull_request'), false);
    assert.equal(wantsCommitStatus('always', 'push'), true);
    assert.equal(wantsCommitStatus('never', 'workflow_run'), false);
  });

  it('matches the step: failure only when the step fails for a failing gate, error when undecided', () => {
    const fail = decideGate([gateRun({ vendorPassed: false })], noRules, null);
    const pass = decideGate([gateRun()], noRules, null);
    const error = decideGate([gateRun({ status: 'timed_out', problem: 'waited' })], noRules, null);
    assert.equal(commitStatusOf(fail, settings(), context).state, 'failure');
    assert.equal(commitStatusOf(fail, settings({ 'fail-on': 'never' }), context).state, 'success');
    assert.equal(commitStatusOf(pass, settings(), context).state, 'success');
    assert.equal(commitStatusOf(error, settings(), context).state, 'error');
    assert.equal(commitStatusOf(pass, settings(), context).targetUrl, 'https://github.com/acme/widgets/actions/runs/5');
  });

  it('keeps to 140 characters and names the gate', () => {
    const long = decideGate([gateRun({ vendorPassed: false, problem: null, runId: 'r'.repeat(190) })], noRules, null);
    assert.ok(commitStatusOf(long, settings(), context).description.length <= 140);
    assert.equal(statusContext(settings({ name: 'safety' })), 'eval-gate / safety');
  });

  it('cuts the description on characters, and replaces what GitHub refuses (astral characters, lone surrogates)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const out = fitted(text);
        const codePoints = Array.from(out, (c) => c.codePointAt(0) ?? 0);
        assert.ok(codePoints.length <= 140);
        assert.ok(
          codePoints.every((c) => c <= 0xffff && (c < 0xd800 || c > 0xdfff)),
          JSON.stringify(out),
        );
      }),
    );
    const emoji = `${'a'.repeat(138)}🚀🚀`;
    assert.equal(fitted(emoji), `${'a'.repeat(138)}\ufffd\ufffd`);
    assert.equal(fitted(`${'a'.repeat(138)}é🚀x`), `${'a'.repeat(138)}é…`);
    assert.equal(fitted('run \ud83d done'), 'run \ufffd done');
    assert.equal(statusContext(settings()), 'eval-gate / runtype');
    assert.equal(statusContext(settings({ name: 'evil\u202Ename\nnext' })), 'eval-gate / evil[U+202E]name next');
  });
});
