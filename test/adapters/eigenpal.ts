// Eigenpal Studio's quirks, run beside the conformance suite: the run, its evaluator scores, reruns.
// The code a run evaluated (ref) and the create requests: eigenpal-code.ts.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { eigenpalErrorBody, eigenpalRun, eigenpalScore, eigenpalScores } from '../../sim/fixtures/eigenpal.ts';
import { foreignHtml, nodesOf, parseGfm, visibleText } from '../helpers/markdown.ts';
import { RUN_ID, type Quirks } from './conformance.ts';
import { eigenpalCodeQuirks } from './eigenpal-code.ts';
import { eigenpalExperimentQuirks } from './eigenpal-experiment.ts';

const SCORES = `/api/v1/runs/${RUN_ID}/scores`;

export const eigenpalQuirks: Quirks = (t) => {
  it('falls back on `finished` when execution.status is absent (the snapshot page shape)', async () => {
    t.serve(eigenpalRun({ legacy: true, finished: false }), eigenpalRun({ legacy: true }));
    const result = await t.gate();
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(t.sim.requests.length, 2);
  });

  it('fails a finished run with an error and shows the error text, escaped', async () => {
    t.serve(eigenpalRun({ finished: true, error: 'boom <script>alert(1)</script> @alice' }));
    const result = await t.gate();
    assert.equal(result.outputs.verdict, 'fail');
    assert.equal(result.outputs.status, 'failed');
    assert.deepEqual(foreignHtml(result.summary), []);
    assert.ok(nodesOf(parseGfm(result.summary), 'code').some((n) => (n as { value: string }).value.includes('boom <script>')));
    assert.match(visibleText(result.summary), /boom <script>alert\(1\)<\/script> @\u200Balice/);
    assert.equal(result.report.runs[0]?.vendorError, 'boom <script>alert(1)</script> @alice');
  });

  it('takes the score on a 0–1 scale and sampleRank from the payload', async () => {
    t.serve(eigenpalRun({ evalScore: 0.92, sampleRank: 0.0421 }));
    const result = await t.gate({ threshold: '0.95', 'sample-rate': '0.1' });
    assert.equal(result.outputs.verdict, 'fail');
    assert.equal(result.outputs.score, '0.92');
    assert.equal(result.outputs['sample-rank'], '0.0421');
    assert.equal(result.outputs.sampled, 'true');
    assert.match(result.summary, /Selected for human review/);
    assert.match(result.summary, /the vendor's rank 0\.042\)/);
    assert.match(result.summary, /invoice\\-extractor/);
  });

  it('a finished run is not a passed eval: without `eval`, its evaluators decide, each a metric', async () => {
    t.serve(eigenpalRun({ noEval: true }));
    t.sim.script(SCORES, [{ json: eigenpalScores(eigenpalScore('accuracy', { score: 0.93 }), eigenpalScore('tone', { score: 0.81 })) }]);
    const result = await t.gate({ 'metric-thresholds': 'accuracy: 0.9' });
    assert.equal(result.outputs.verdict, 'pass', result.gate.reason);
    assert.equal(result.outputs['pass-rate'], '1');
    assert.deepEqual(
      result.report.runs[0]?.metrics.map((m) => [m.name, m.score, m.threshold, m.passed]),
      [
        ['accuracy', 0.93, 0.8, true],
        ['tone', 0.81, 0.8, true],
      ],
    );
    assert.ok(t.sim.requests.some((r) => r.path === SCORES && r.headers.authorization?.startsWith('Bearer ')));
  });

  it('a failed or errored evaluator fails the run, and each is named', async () => {
    t.serve(eigenpalRun({ noEval: true }));
    const scores = eigenpalScores(
      eigenpalScore('accuracy', { score: 0.41 }),
      eigenpalScore('tone', { score: 0.95 }),
      eigenpalScore('citations', { score: null, error: 'judge timed out' }),
    );
    t.sim.script(SCORES, [{ json: scores }]);
    const result = await t.gate();
    assert.equal(result.outputs.verdict, 'fail');
    assert.match(result.gate.reason, /the vendor reports a fail: 2 of 3 evaluators failed: "accuracy", "citations"/);
    assert.deepEqual(
      result.report.runs[0]?.failures.map((f) => [f.metric, f.score, f.threshold, f.message]),
      [
        ['accuracy', 0.41, 0.8, null],
        ['citations', null, 0.8, 'judge timed out'],
      ],
    );
    // A rule on the evaluator that errored cannot be met by a figure it never gave.
    const onErrored = await t.gate({ 'metric-thresholds': 'citations: 0.5' });
    assert.equal(onErrored.outputs.verdict, 'error');
    assert.match(onErrored.gate.reason, /evaluator "citations" errored: "judge timed out"/);
  });

  it('no eval block and no scores: nothing was evaluated, an error, never a pass', async () => {
    t.serve(eigenpalRun({ noEval: true }));
    t.sim.script(SCORES, [{ json: eigenpalScores() }]);
    const result = await t.gate({ 'min-pass-rate': '0' });
    assert.equal(result.outputs.verdict, 'error');
    assert.match(result.gate.reason, /eigenpal: GET \/api\/v1\/runs\/991\/scores: nothing was evaluated/);
  });

  it('an evaluator without a verdict leaves the run without one', async () => {
    t.serve(eigenpalRun({ noEval: true }));
    t.sim.script(SCORES, [
      { json: eigenpalScores(eigenpalScore('accuracy'), eigenpalScore('style', { passed: null, passThreshold: null })) },
    ]);
    const result = await t.gate();
    assert.equal(result.outputs.verdict, 'error');
    assert.match(result.gate.reason, /evaluator "style" gives no verdict \(field "scores\[1\]\.passed" is null\)/);
  });

  it('a completed run someone reran is judged on its own verdict, and the report says a rerun exists', async () => {
    t.serve(eigenpalRun({ nextRunId: 'run_02' }));
    const result = await t.gate();
    assert.equal(result.outputs.verdict, 'pass', result.gate.reason);
    assert.equal(t.sim.requests.length, 1, 'the rerun is not followed');
    assert.match(visibleText(result.summary), /Rerun run_02 exists; this run's own verdict is used/);
  });

  it("a 400 while polling says what Eigenpal said: the first issues' code, field and message, and the request id", async () => {
    const envelope = eigenpalErrorBody({ code: 'invalid_value', field: 'expand', message: 'Unknown section <b>x</b>' }, 'req_77');
    t.sim.script(`/api/v1/runs/${RUN_ID}`, [{ json: envelope, status: 400 }]);
    const result = await t.gate();
    assert.equal(result.outputs.verdict, 'error');
    assert.equal(t.sim.requests.length, 1, 'a 400 is not asked again');
    assert.match(
      result.gate.reason,
      /GET \/api\/v1\/runs\/991: refused \(HTTP 400\): "Unknown section <b>x<\/b>" \(code "invalid_value", field "expand"\); request id "req_77"/,
    );
    assert.deepEqual(foreignHtml(result.summary), []);
  });

  eigenpalCodeQuirks(t);
  eigenpalExperimentQuirks(t);
};
