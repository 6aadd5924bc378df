// Avido's quirks, run beside the conformance suite.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { avidoCounts, avidoEval, avidoRun } from '../../sim/fixtures/avido.ts';
import type { Quirks } from './conformance.ts';

export const avidoQuirks: Quirks = (t) => {
  it('accepts the run wrapped as { run }', async () => {
    t.serve({ run: avidoRun('IN_PROGRESS') }, { run: avidoRun('COMPLETED', 'PASSED') });
    const result = await t.gate();
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(result.outputs['pass-rate'], '1');
    assert.equal(result.outputs.score, '100');
  });

  it('accepts the result object with counts and no status', async () => {
    t.serve(
      { ...avidoRun(undefined, avidoCounts(3, 0, 4)), evals: undefined },
      { ...avidoRun(undefined, avidoCounts(3, 1, 4)), evals: undefined },
    );
    const result = await t.gate();
    assert.equal(t.sim.requests.length, 2);
    assert.equal(result.outputs.verdict, 'fail');
    assert.equal(result.outputs['pass-rate'], '0.75');
  });

  it('is an error, not a pass, when COMPLETED has no result', async () => {
    t.serve(avidoRun('COMPLETED'));
    const result = await t.gate();
    assert.equal(result.outputs.verdict, 'error');
    assert.match(
      result.gate.reason,
      /field "result": expected "PASSED", "FAILED" or the counts on a COMPLETED run, got nothing \(missing\)/,
    );
  });

  it('takes the verdict from the status when there is no result', async () => {
    t.serve(avidoRun('FAILED', undefined, [avidoEval('e1', 'FAILED')]));
    const result = await t.gate();
    assert.equal(result.outputs.verdict, 'fail');
    assert.equal(result.outputs['pass-rate'], '0');
  });

  it('sends x-application-id only when application-id is set', async () => {
    t.serve(avidoRun('COMPLETED', 'PASSED'));
    await t.gate();
    assert.equal(t.sim.requests[0]?.headers['x-application-id'], undefined);
    await t.gate({ 'application-id': 'app_42' });
    assert.equal(t.sim.requests[1]?.headers['x-application-id'], 'app_42');
  });
};
