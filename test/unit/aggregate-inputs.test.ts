// The aggregate step's inputs and the gates' new ones (issue 26): each bad one
// refused naming the input, what was expected and what was given.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../src/errors.ts';
import { parseAggregateInputs } from '../../src/inputs/aggregate.ts';
import { type InputName, parseInputs } from '../../src/inputs/inputs.ts';

const aggregate = (inputs: Partial<Record<InputName, string>>) =>
  parseAggregateInputs((name) => ({ aggregate: 'evals-*', 'github-token': 'ghs_x', ...inputs })[name] ?? '');
const gate = (inputs: Partial<Record<InputName, string>>) =>
  parseInputs((name) => ({ provider: 'aegis', 'run-id': '991', 'api-key': 'sk_test', ...inputs })[name] ?? '');
const refused = (parse: () => unknown, message: RegExp) =>
  assert.throws(parse, (error: unknown) => error instanceof InputError && message.test(error.message));

describe('aggregate inputs', () => {
  it('need only the pattern and the token; the name defaults to the pattern', () => {
    const settings = aggregate({ timeout: '10m' });
    assert.deepEqual(
      { pattern: settings.pattern, name: settings.name, timeoutMs: settings.timeoutMs, comment: settings.comment },
      { pattern: 'evals-*', name: 'evals-*', timeoutMs: 600_000, comment: 'always' },
    );
    assert.equal(aggregate({ name: 'evals' }).name, 'evals');
  });

  it('refuse any vendor or rule input beside aggregate, and a missing token', () => {
    refused(
      () => aggregate({ provider: 'aegis', 'api-key': 'sk_test' }),
      /^provider, api-key: expected no vendor or rule input beside aggregate/,
    );
    refused(() => aggregate({ threshold: '0.8' }), /^threshold: expected no vendor/);
    refused(() => aggregate({ paths: 'src/**' }), /^paths: expected no vendor/);
    refused(() => aggregate({ 'github-token': '' }), /^github-token: expected a token .* got nothing$/);
    refused(() => aggregate({ comment: 'aggregate' }), /^comment: expected always, on-failure or never on the aggregate step itself/);
    refused(() => aggregate({ 'commit-status': 'never' }), /^commit-status: expected auto or always with aggregate/);
    refused(() => aggregate({ aggregate: 'evals-\u202e' }), /^aggregate: expected a gate-name pattern/);
  });
});

describe("gates' comment: aggregate and paths", () => {
  it('comment: aggregate writes the commit status on every event, and refuses commit-status: never', () => {
    assert.equal(gate({ comment: 'aggregate' }).commitStatus, 'always');
    assert.equal(gate({}).commitStatus, 'auto');
    refused(
      () => gate({ comment: 'aggregate', 'commit-status': 'never' }),
      /^commit-status: expected auto or always with comment: aggregate/,
    );
    refused(() => gate({ comment: 'sometimes' }), /^comment: expected always, on-failure, never or aggregate, got "sometimes"$/);
  });

  it('paths are globs separated by commas or newlines', () => {
    assert.deepEqual(gate({ paths: 'src/**, prompts/**\n!**/*.md' }).paths, ['src/**', 'prompts/**', '!**/*.md']);
    assert.deepEqual(gate({}).paths, []);
    refused(() => gate({ paths: 'src/**, !' }), /^paths: expected file globs .* got "src\/\*\*, !"$/);
  });
});
