// Eigenpal experiments: per-run verdicts from resultsByRun, failing runs named by their example.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { eigenpalExperiment } from '../../sim/fixtures/eigenpal.ts';
import type { QuirkContext } from './conformance.ts';

const ID = 'experiment:workflows.invoice-extractor:exp_1';
const PATH = '/api/v1/automations/workflows.invoice-extractor/experiments/exp_1';

export function eigenpalExperimentQuirks(t: QuirkContext): void {
  const play = (body: unknown) => t.sim.script(PATH, [{ json: body }]);

  it('an experiment names its failing runs by example, with the evaluator, score and threshold', async () => {
    play(eigenpalExperiment({ passed: 2, avgScore: 0.66 }));
    const result = await t.gate({ 'run-id': ID });
    assert.equal(result.outputs.verdict, 'fail');
    assert.match(result.gate.reason, /the vendor reports a fail: 2 of 4 runs failed: "invoice-2", "invoice-3"/);
    assert.deepEqual(
      result.report.runs[0]?.failures.map((f) => [f.name, f.metric, f.score, f.threshold]),
      [
        ['invoice-2', 'accuracy', 0.41, 0.8],
        ['invoice-3', 'accuracy', 0.41, 0.8],
      ],
    );
  });

  it("an experiment whose counts are not its runs' results is an error naming both", async () => {
    const body = eigenpalExperiment({ passed: 3 });
    play({ ...body, passedCount: 4, failedCount: 0 });
    const result = await t.gate({ 'run-id': ID });
    assert.equal(result.outputs.verdict, 'error');
    assert.match(
      result.gate.reason,
      /fields "passedCount" \(4\) and "resultsByRun" \(the string "3 runs whose evaluators all passed"\) disagree/,
    );
    play({ ...eigenpalExperiment(), runCount: 5, completedCount: 5, passedCount: 5 });
    assert.match((await t.gate({ 'run-id': ID })).gate.reason, /fields "runCount" \(5\) and "runs" \(the string "4 runs"\) disagree/);
  });

  it('an older experiment answer without resultsByRun is decided by its counts', async () => {
    play(eigenpalExperiment({ legacy: true }));
    const result = await t.gate({ 'run-id': ID });
    assert.equal(result.outputs.verdict, 'pass', result.gate.reason);
  });
}
