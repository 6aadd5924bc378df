// The ref input: what git takes as a ref, and whether a run evaluated it, by what the run records.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { EIGENPAL_COMMIT, eigenpalRun } from '../../sim/fixtures/eigenpal.ts';
import { InputError } from '../../src/errors.ts';
import { checkRunIds } from '../../src/gate.ts';
import { parseInputs } from '../../src/inputs/inputs.ts';
import { toGitRef } from '../../src/inputs/values.ts';
import { PROVIDER_NAMES, providerFor } from '../../src/providers/index.ts';
import { provenanceCheck } from '../../src/rules/provenance.ts';
import { decideRun } from '../../src/rules/rules.ts';
import { gateRun, noRules } from '../helpers/runs.ts';
import { setAt } from '../helpers/mutate.ts';

const eigenpal = await providerFor('eigenpal');
const judged = (body: unknown, ref: string) =>
  decideRun({ ...gateRun(), ...eigenpal.parse(body), sampleRank: 0.5, provider: 'eigenpal' }, { ...noRules, ref });

/** git's own rule (git check-ref-format), the reference the ref input's is checked against. */
const gitTakes = (ref: string): boolean => spawnSync('git', ['check-ref-format', '--allow-onelevel', ref]).status === 0;

describe('the ref input', () => {
  it('takes what git takes as a ref name, and nothing git refuses', () => {
    const candidates = [
      EIGENPAL_COMMIT,
      '9fceb02',
      'main',
      'refs/heads/feature/x-1',
      'v1.2.0',
      'release_2026.04',
      'a b',
      'a..b',
      'a~1',
      'HEAD^',
      'x:y',
      'x?',
      'x*',
      'x[1]',
      'a\\b',
      '-x',
      'x/',
      'x.',
      'x.lock',
      'a//b',
      'x@{1}',
      '/x',
      'tab\there',
    ];
    for (const ref of candidates) {
      if (toGitRef(ref) !== null) assert.ok(gitTakes(ref), `${ref} is taken, but git refuses it`);
    }
    assert.deepEqual(
      candidates.filter((ref) => toGitRef(ref) !== null),
      [EIGENPAL_COMMIT, '9fceb02', 'main', 'refs/heads/feature/x-1', 'v1.2.0', 'release_2026.04'],
    );
  });

  it('is bad input, naming the input and what it takes, before any request', () => {
    const read = (inputs: Record<string, string>) => (name: string) =>
      ({ provider: 'eigenpal', 'run-id': '1', 'api-key': 'k', ...inputs })[name] ?? '';
    assert.throws(() => parseInputs(read({ ref: 'a b' })), /^InputError: ref: expected a git ref or commit SHA .*, got "a b"$/);
    assert.equal(parseInputs(read({ ref: ` ${EIGENPAL_COMMIT} ` })).ref, EIGENPAL_COMMIT);
  });

  it('with a vendor that records no code version is bad input', async () => {
    for (const vendor of PROVIDER_NAMES) {
      const provider = await providerFor(vendor);
      const inputs: Record<string, string> = { provider: vendor, 'run-id': '1', 'api-key': 'k', ref: 'main' };
      const settings = parseInputs((name) => inputs[name] ?? '');
      const check = () => checkRunIds(settings, provider);
      if (vendor === 'eigenpal') check();
      else
        assert.throws(
          check,
          (e: unknown) => e instanceof InputError && /^ref: expected only with .*\(eigenpal\), got "main" with /.test(e.message),
        );
    }
  });
});

describe('the ref rule', () => {
  it('a full SHA matches its own prefix of 7 or more characters, either way round, in any case', () => {
    fc.assert(
      fc.property(fc.integer({ min: 7, max: 40 }), fc.boolean(), (length, upper) => {
        const prefix = EIGENPAL_COMMIT.slice(0, length);
        const ref = upper ? prefix.toUpperCase() : prefix;
        assert.equal(judged(eigenpalRun(), ref).verdict, 'pass');
        assert.equal(judged(eigenpalRun({ git: { commitSha: prefix } }), EIGENPAL_COMMIT).verdict, 'pass');
      }),
    );
    assert.equal(judged(eigenpalRun(), EIGENPAL_COMMIT.slice(0, 6)).verdict, 'error', 'six digits are a branch name, not a SHA');
  });

  it('property: a changed or missing commit never yields a pass', () => {
    const ref = EIGENPAL_COMMIT.slice(0, 10);
    const sameCommit = (value: unknown) =>
      typeof value === 'string' &&
      /^[0-9a-f]{7,40}$/i.test(value) &&
      (ref.startsWith(value.toLowerCase()) || value.toLowerCase().startsWith(ref));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.stringMatching(/^[0-9a-f]{1,40}$/),
          fc.constantFrom(null, undefined, 42, true, {}, [], EIGENPAL_COMMIT.replace(/^9/, '8')),
        ),
        (commitSha) => {
          const verdict = judged(setAt(eigenpalRun(), 'source.git.commitSha', commitSha), ref).verdict;
          assert.equal(verdict === 'pass', sameCommit(commitSha), `${JSON.stringify(commitSha)}: ${verdict}`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('says what the run evaluated and what ref wanted, on a mismatch and on a missing record', () => {
    const other = judged(eigenpalRun({ type: 'workflow', version: '7' }), 'v8');
    assert.equal(other.verdict, 'error');
    assert.equal(other.reason, 'the run evaluated other code than ref "v8": field "source.version" is "7"');
    const unknownType = judged({ ...eigenpalRun(), type: 'pipeline' }, 'main');
    assert.match(
      unknownType.reason,
      /what the run evaluated cannot be read: field "type": expected "workflow" or "agent", got the string "pipeline"/,
    );
    const none = provenanceCheck(gateRun(), 'main');
    assert.deepEqual(none, { rule: 'ref', outcome: 'error', detail: 'ref "main" is set, but aegis records no code version for its runs' });
  });
});
