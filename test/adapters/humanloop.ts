// Humanloop's quirks, run beside the conformance suite.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { humanloopRun, humanloopRuns } from '../../sim/fixtures/humanloop.ts';
import { playScenario } from '../../sim/scenarios.ts';
import { RUN_ID, type Quirks } from './conformance.ts';

export const humanloopQuirks: Quirks = (t) => {
  it('reads the stats only when a rule needs a score, leaving the control run out', async () => {
    playScenario(t.sim, 'humanloop', 'pass', RUN_ID);
    const plain = await t.gate();
    assert.ok(!t.sim.requests.some((r) => r.path.endsWith('/stats')));
    assert.equal(plain.outputs['run-url'], 'https://app.humanloop.com/evaluations/991');
    t.sim.requests.splice(0);
    playScenario(t.sim, 'humanloop', 'pass', RUN_ID);
    const scored = await t.gate({ threshold: '85' });
    assert.ok(t.sim.requests.some((r) => r.path === '/v5/evaluations/991/stats'));
    assert.equal(scored.outputs.score, '90');
    assert.equal(scored.outputs['pass-rate'], '0.9');
    assert.equal(scored.outputs.verdict, 'pass');
  });

  it('keeps the run link only on a host eval-gate knows', async () => {
    t.serve(humanloopRuns(humanloopRun('rn_1', 'completed')));
    t.sim.script('/v5/evaluations/991', [{ json: { id: '991', url: 'https://evil.example/evaluations/991' } }]);
    const result = await t.gate();
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(result.outputs['run-url'], '');
    assert.doesNotMatch(result.summary, /evil\.example/);
  });

  it('gives the verdict even when the evaluation link cannot be read', async () => {
    t.serve(humanloopRuns(humanloopRun('rn_1', 'completed')));
    t.sim.script('/v5/evaluations/991', [{ status: 500 }]);
    const result = await t.gate();
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(result.outputs['run-url'], '');
    assert.equal(t.sim.requests.filter((r) => r.path === '/v5/evaluations/991').length, 1);
  });

  it('says so when the deadline passes on a run nobody orchestrates', async () => {
    t.serve(humanloopRuns(humanloopRun('rn_1', 'completed'), humanloopRun('rn_2', 'running', { orchestrated: false })));
    const result = await t.gate({ timeout: '1500ms' });
    assert.equal(result.outputs.verdict, 'error');
    assert.equal(result.outputs.status, 'timed_out');
    assert.match(result.gate.reason, /not orchestrated by Humanloop and stay running until their owner marks them complete/);
  });
};
