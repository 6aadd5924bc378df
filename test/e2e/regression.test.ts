// regression-confidence through the action on the simulator (the first case through the built dist/): a
// significant drop fails, a small one is inconclusive and passes, and the
// comment shows the paired records, the Wilson intervals and the flips.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { aegisEvaluation, aegisRun } from '../../sim/fixtures/aegis.ts';
import { startVendorSim, type VendorSim } from '../../sim/vendor-sim.ts';
import { gate, gateAction } from '../helpers/gate.ts';
import { visibleText } from '../helpers/markdown.ts';

let sim: VendorSim;
before(async () => {
  sim = await startVendorSim();
});
after(() => sim.close());
beforeEach(() => sim.requests.splice(0));

/** An Aegis run of `n` records, each judged once on ans_corr with `resultOf(i)` (passing at 70). */
function serve(id: number, n: number, resultOf: (i: number) => number) {
  const evaluations = Array.from({ length: n }, (_, i) => aegisEvaluation(i, { result: resultOf(i) }));
  const mean = evaluations.reduce((sum, e) => sum + (e.result ?? 0), 0) / n;
  sim.script(`/api/v1/runs/${id}`, [{ json: aegisRun({ result: mean, evaluations, aggregate: { ans_corr: mean } }) }]);
}

const inputs = { 'run-id': '1', 'baseline-run-id': '900', 'max-regression': '2', 'regression-confidence': '0.95' };

describe('regression-confidence', () => {
  it('fails a significant drop and shows why, with the records paired', async () => {
    serve(900, 200, (i) => 80 + (i % 10));
    serve(1, 200, (i) => (i % 4 === 0 ? 50 : 80 + (i % 10)));
    const result = await gate(sim, 'aegis', inputs);
    assert.equal(result.exitCode, 1, result.stdout);
    assert.equal(result.outputs.verdict, 'fail');
    assert.equal(result.outputs.regression, 'regressed');
    const text = visibleText(result.summary);
    assert.match(text, /significant at 95%: 50 of 200 paired records scored differently, p < 0\.001 \(Wilcoxon signed-rank\)/);
    assert.match(text, /Records:\s+200 paired by key; 0 only in this run, 0 only in the baseline\./);
    assert.match(
      text,
      /Pass rate:\s+this run 75% \(150 of 200; 95% CI 68\.6%–80\.5%\); baseline 100% \(200 of 200; 95% CI 98\.1%–100%\)\./,
    );
    assert.match(text, /Newly failing \(50\):\s+record 1001 \(ans_corr\), record 1005 \(ans_corr\),.*, and 30 more/);
  });

  it('passes a drop over the limit that could be noise, as inconclusive, and says what would settle it', async () => {
    serve(900, 12, (i) => 80 + (i % 10));
    serve(1, 12, (i) => 80 + (i % 10) - (i % 3 === 0 ? 12 : 0) + (i % 5 === 0 ? 4 : 0));
    const result = await gateAction(sim, 'aegis', inputs);
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(result.outputs.regression, 'inconclusive');
    assert.match(
      visibleText(result.summary),
      /could be noise: \d+ of 12 paired records scored differently, p = 0\.\d+ .*more records or a repeat would tell/,
    );
  });

  it('says none without a baseline, and refuses regression-confidence without max-regression', async () => {
    serve(1, 5, () => 90);
    const plain = await gateAction(sim, 'aegis', { 'run-id': '1' });
    assert.equal(plain.outputs.regression, 'none');
    const bad = await gateAction(sim, 'aegis', { 'run-id': '1', 'baseline-run-id': '900', 'regression-confidence': '0.95' });
    assert.equal(bad.outputs.verdict, 'error');
    assert.match(bad.stdout, /regression-confidence: expected max-regression to be set too/);
    const outOfRange = await gateAction(sim, 'aegis', { ...inputs, 'regression-confidence': '1.5' });
    assert.match(
      outOfRange.stdout,
      /regression-confidence: expected a confidence between 0\.5 and 1 \(exclusive\) such as 0\.95.*got "1\.5"/,
    );
  });
});
