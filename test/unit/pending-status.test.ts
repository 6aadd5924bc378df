import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseInputs, reportSettingsOf } from '../../src/inputs/inputs.ts';
import { pendingStatusOf } from '../../src/report/github/commit-status.ts';
import { runnerContext } from '../../src/report/github/context.ts';

const settingsOf = (inputs: Record<string, string>) => {
  const given: Record<string, string> = { provider: 'aegis', 'api-key': 'k', ...inputs };
  return reportSettingsOf(parseInputs((name) => given[name] ?? ''));
};

describe('the pending commit status', () => {
  const context = runnerContext({});
  it('names the run it waits for, or how many', () => {
    assert.equal(pendingStatusOf(settingsOf({ 'run-id': '991' }), 'Aegis Evals', context).description, 'waiting for Aegis Evals run 991');
    assert.equal(pendingStatusOf(settingsOf({ 'run-id': '1, 2' }), 'Aegis Evals', context).description, 'waiting for Aegis Evals 2 runs');
  });

  it('with start, says it is starting until the vendor gave the id, then names the id: never "0 runs"', () => {
    const starting = settingsOf({ start: '{"dataset_id": 7}' });
    assert.deepEqual(starting.runIds, []);
    assert.equal(pendingStatusOf(starting, 'Aegis Evals', context).description, 'starting a run at Aegis Evals');
    assert.equal(pendingStatusOf({ ...starting, runIds: ['991'] }, 'Aegis Evals', context).description, 'waiting for Aegis Evals run 991');
  });
});
