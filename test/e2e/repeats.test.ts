// repeats and confirm-failures through the built action on the simulator: N separate create requests,
// each record judged by its majority with flaky records listed apart, and a failure started once more.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { aegisEvaluation, aegisRun } from '../../sim/fixtures/aegis.ts';
import { startVendorSim, type VendorSim } from '../../sim/vendor-sim.ts';
import { gate } from '../helpers/gate.ts';
import { visibleText } from '../helpers/markdown.ts';

let sim: VendorSim;
before(async () => {
  sim = await startVendorSim();
});
after(() => sim.close());
beforeEach(() => sim.requests.splice(0));

const CREATE = '/api/v1/runs/dataset';
const START = { 'run-id': '', start: '{"dataset_id": 7}', 'min-pass-rate': '1' };

/** An Aegis run `id` of ten records on ans_corr, those in `failing` scoring 40 (under 70), the rest 90. */
function aegisRunOf(id: number, failing: number[]) {
  const evaluations = Array.from({ length: 10 }, (_, i) => aegisEvaluation(i, { result: failing.includes(i) ? 40 : 90 }));
  const mean = evaluations.reduce((sum, e) => sum + (e.result ?? 0), 0) / evaluations.length;
  return { ...aegisRun({ result: mean, evaluations, aggregate: { ans_corr: mean } }), id };
}

/** Each create request answers with the next run; each run is served finished. */
function serve(...runs: ReturnType<typeof aegisRunOf>[]) {
  sim.script(
    CREATE,
    runs.map((run) => ({ status: 201, json: { ...run, finished_at: null, result: null, is_gte_threshold: null } })),
  );
  for (const run of runs) sim.script(`/api/v1/runs/${run.id}`, [{ json: run }]);
}

const creates = () => sim.requests.filter((r) => r.method === 'POST' && r.path === CREATE).length;

describe('repeats', () => {
  it('repeats 3: a record failing once of three is flaky and passes by majority; costs are summed; every run id is output', async () => {
    serve(aegisRunOf(1001, []), aegisRunOf(1002, [3]), aegisRunOf(1003, []));
    const result = await gate(sim, 'aegis', { ...START, repeats: '3' });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(creates(), 3);
    assert.equal(result.outputs['run-id'], '1001\n1002\n1003');
    assert.equal(result.outputs['pass-rate'], '1');
    const text = visibleText(result.summary);
    assert.match(text, /Runs\s+3 \(1001, 1002, 1003\), judged as one: each record by its majority \(a tie fails\)/);
    assert.match(text, /Flaky records\s+1 \(passed in some runs, failed in others\): record 1004 \(ans_corr\)/);
    assert.match(text, /Cost\s+\$0\.0036/);
  });

  it('repeats 3: a record failing twice of three fails by majority, and is told apart from the flaky one', async () => {
    serve(aegisRunOf(1001, [3, 5]), aegisRunOf(1002, [3]), aegisRunOf(1003, [7]));
    const result = await gate(sim, 'aegis', { ...START, repeats: '3' });
    assert.equal(result.exitCode, 1, result.stdout);
    assert.equal(result.outputs.verdict, 'fail');
    assert.equal(result.outputs['pass-rate'], '0.9');
    const text = visibleText(result.summary);
    assert.match(
      text,
      /Flaky records\s+3 \(passed in some runs, failed in others\): record 1004 \(ans_corr\), record 1006 \(ans_corr\), record 1008/,
    );
    assert.match(text, /Failing in every run\s+0/);
    assert.match(text, /record 1004.*failed in 2 of 3 runs/);
  });
});

describe('confirm-failures', () => {
  it('a one-off failure: started once more, passes, with the record reported flaky', async () => {
    serve(aegisRunOf(1001, [3]), aegisRunOf(1002, []));
    const result = await gate(sim, 'aegis', { ...START, 'confirm-failures': 'true' });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(creates(), 2);
    assert.equal(result.outputs['run-id'], '1001\n1002');
    assert.match(visibleText(result.summary), /Flaky records\s+1 \(failed, then passed\): record 1004 \(ans_corr\)/);
  });

  it('a consistent failure still fails; a pass is never started again', async () => {
    serve(aegisRunOf(1001, [3, 7]), aegisRunOf(1002, [7]));
    const failed = await gate(sim, 'aegis', { ...START, 'confirm-failures': 'true' });
    assert.equal(failed.exitCode, 1, failed.stdout);
    assert.equal(failed.outputs.verdict, 'fail');
    assert.equal(failed.outputs['pass-rate'], '0.9');
    const text = visibleText(failed.summary);
    assert.match(text, /Flaky records\s+1 \(failed, then passed\): record 1004 \(ans_corr\)/);
    assert.match(text, /record 1008.*failed in both runs/);
    sim.requests.splice(0);
    serve(aegisRunOf(1001, []));
    const passed = await gate(sim, 'aegis', { ...START, 'confirm-failures': 'true' });
    assert.equal(passed.outputs.verdict, 'pass');
    assert.equal(creates(), 1);
  });
});

describe('repeats and confirm-failures refuse what they cannot do, before any request', () => {
  it('without start, out of range, with an Aegis alias, and for Avido, naming the input and why', async () => {
    const cases: Array<[string, Record<string, string>, RegExp]> = [
      ['aegis', { repeats: '3' }, /repeats: expected start \(or start-file\) beside it.*got repeats 3 with run-id/],
      ['aegis', { 'confirm-failures': 'true' }, /confirm-failures: expected start \(or start-file\) beside it/],
      ['aegis', { ...START, repeats: '11' }, /repeats: expected a whole number of runs from 1 to 10, got "11"/],
      [
        'aegis',
        { ...START, repeats: '2', start: '{"dataset_id": 7, "alias": "pr-42"}' },
        /start: expected a body that can be sent more than once \(repeats 2\).*alias/,
      ],
      [
        'avido',
        { 'run-id': '', start: '{"task": "t"}', repeats: '3' },
        /start: expected a vendor whose API starts a run.*answers 204 with no run id/,
      ],
    ];
    for (const [vendor, inputs, message] of cases) {
      const result = await gate(sim, vendor as 'aegis', inputs);
      assert.equal(result.outputs.verdict, 'error', JSON.stringify(inputs));
      assert.match(result.stdout, message);
    }
    assert.equal(sim.requests.length, 0);
  });
});
