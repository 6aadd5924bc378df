// Runtype's quirks, run beside the conformance suite.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { RUNTYPE_GROUP_ID, runtypeGroup, runtypeResults } from '../../sim/fixtures/runtype.ts';
import { playScenario } from '../../sim/scenarios.ts';
import { derivedSampleRank } from '../../src/poll/sample-rank.ts';
import { RUN_ID, type Quirks } from './conformance.ts';

export const runtypeQuirks: Quirks = (t) => {
  const groupPath = `/v1/eval/group/${RUNTYPE_GROUP_ID}`;

  it('calls what it computes records without errors, in the report and the rules, never a score of quality', async () => {
    playScenario(t.sim, 'runtype', 'fail', RUN_ID);
    const result = await t.gate({ threshold: '98', 'min-pass-rate': '0.97' });
    assert.equal(result.outputs.verdict, 'fail');
    assert.match(result.summary, /\| Records without errors \(%\) \/ threshold \| 96 \/ 98 \|/);
    assert.match(result.summary, /\| Records without errors \| 96% \(48 of 50\) \|/);
    assert.match(result.summary, /score \\\(records without errors, %\\\) 96 &lt; 98/);
    assert.match(result.summary, /pass rate \\\(records without errors\\\) 96% &lt; 97%/);
  });

  it("gates metric-thresholds on the eval group's metrics of this batch, not another's", async () => {
    playScenario(t.sim, 'runtype', 'pass', RUN_ID);
    const passed = await t.gate({ 'metric-thresholds': 'accuracy: 0.9' });
    assert.equal(passed.outputs.verdict, 'pass', passed.gate.reason);
    assert.ok(t.sim.requests.some((r) => r.path === groupPath));
    playScenario(t.sim, 'runtype', 'fail', RUN_ID);
    const failed = await t.gate({ 'metric-thresholds': 'accuracy: 0.9' });
    assert.equal(failed.outputs.verdict, 'fail', failed.gate.reason);
    // The other batch of the group scores 0.97: the gate read this batch's 0.71.
    assert.ok(failed.gate.runs[0]?.decision.checks.some((c) => c.detail === 'metric accuracy 0.71 < 0.9'));
  });

  it('is an error, never a pass, when a metric in metric-thresholds is not among those Runtype returns', async () => {
    playScenario(t.sim, 'runtype', 'pass', RUN_ID);
    const result = await t.gate({ 'metric-thresholds': 'faithfulness: 0.8' });
    assert.equal(result.outputs.verdict, 'error', result.gate.reason);
    assert.match(result.gate.reason, /metric faithfulness is not among the vendor's metrics for this run, which are accuracy, f1/);
    const { evalGroupId: _, ...ungrouped } = runtypeResults('completed', 50, 0);
    t.serve(ungrouped);
    const none = await t.gate({ 'metric-thresholds': 'accuracy: 0.8' });
    assert.equal(none.outputs.verdict, 'error', none.gate.reason);
    assert.match(none.gate.reason, /metric accuracy is not among the vendor's metrics for this run: it reports none/);
  });

  it('is an error when a rule needs the eval group and it cannot be read or does not list this batch', async () => {
    t.serve(runtypeResults('completed', 50, 0));
    t.sim.script(groupPath, [{ status: 404, json: { error: 'not found' } }]);
    const missing = await t.gate({ 'metric-thresholds': 'accuracy: 0.8', timeout: '3s' });
    assert.equal(missing.outputs.verdict, 'error', missing.gate.reason);
    t.sim.script(groupPath, [{ json: runtypeGroup('another-batch', 0.99) }]);
    const elsewhere = await t.gate({ 'metric-thresholds': 'accuracy: 0.8' });
    assert.equal(elsewhere.outputs.verdict, 'error', elsewhere.gate.reason);
    assert.match(elsewhere.gate.reason, /batch "991" is not listed in eval group "evalgroup-20240610"/);
  });

  it('reads the undocumented running and cancelled states as tolerated extras: in flight, and never a pass', async () => {
    for (const cancelled of ['cancelled', 'canceled']) {
      t.serve(runtypeResults('running', 20, 0), runtypeResults(cancelled, 20, 0));
      const result = await t.gate({ threshold: '0' });
      assert.equal(result.outputs.verdict, 'fail', result.gate.reason);
      assert.equal(result.outputs.status, 'cancelled');
    }
  });

  it('computes pass rate and score from the record counts and lists failing records', async () => {
    t.serve(runtypeResults('completed', 50, 2));
    const result = await t.gate({ 'min-pass-rate': '0.95' });
    assert.equal(result.outputs['pass-rate'], '0.96');
    assert.equal(result.outputs.score, '96');
    assert.equal(result.outputs.verdict, 'pass');
    assert.match(result.summary, /Customer Query \\#\u200B001/);
  });

  it('never passes a completed run with unprocessed records: the status and the counts disagree', async () => {
    t.serve(runtypeResults('completed', 49, 0));
    const result = await t.gate({ threshold: '90' });
    assert.equal(result.outputs.verdict, 'error');
    assert.match(result.gate.reason, /a completed run with 1 of "totalRecords" 50 not processed/);
  });

  it('is an error when nothing was evaluated', async () => {
    t.serve(runtypeResults('completed', 0, 0, 0));
    const result = await t.gate({ threshold: '0' });
    assert.equal(result.outputs.verdict, 'error');
    assert.match(result.gate.reason, /field "totalRecords": 0 on a completed run/);
  });

  // Runtype gives no sampleRank: the derived one stands for every vendor that gives none.
  it('derives sampleRank the same on every run of the job and says it was derived', async () => {
    t.serve(runtypeResults('completed', 50, 0));
    // Different randomness (jitter) on each run must not move the rank.
    const first = await t.gate({}, () => 0.1);
    const second = await t.gate({}, () => 0.9);
    assert.equal(first.outputs['sample-rank'], String(derivedSampleRank('runtype', RUN_ID)));
    assert.equal(first.outputs['sample-rank'], second.outputs['sample-rank']);
    assert.match(first.summary, /derived rank/);
  });
};
