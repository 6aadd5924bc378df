// Avido's quirks, run beside the conformance suite.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { avidoCounts, avidoCurrentRun, avidoEval, avidoEvalRow, avidoFinished, avidoResult, avidoRun } from '../../sim/fixtures/avido.ts';
import type { Quirks } from './conformance.ts';

export const avidoQuirks: Quirks = (t) => {
  it('reads each eval row as a metric named by its name, scored by its average (0–1), its type and pass rate beside', async () => {
    t.serve(avidoFinished('failed'));
    const result = await t.gate({ 'metric-thresholds': 'Naturalness: 0.9\nStyle guide: 0.6' });
    assert.equal(result.outputs.verdict, 'fail', result.gate.reason);
    const checks = result.gate.runs[0]?.decision.checks.map((c) => `${c.outcome}: ${c.detail}`);
    assert.ok(checks?.includes('pass: metric Naturalness 0.91 ≥ 0.9'), checks?.join('\n'));
    assert.ok(checks?.includes('fail: metric Style guide 0.57 < 0.6'), checks?.join('\n'));
    const style = result.report.runs[0]?.metrics.find((m) => m.name === 'Style guide');
    assert.equal(style?.score, 0.57);
    assert.equal(style?.passed, false);
    assert.match(result.summary, /\| Style guide \| 0\.57 \| — \| ❌ fail \| STYLE · pass rate 75% \\?\(3 of 4\\?\) \|/);
    assert.match(result.summary, /\| Naturalness \| 0\.91 \| — \| ✅ pass \| NATURALNESS · pass rate 100% \\?\(4 of 4\\?\) \|/);
  });

  it('lists the evals with failures by name, and the pass rate of tests with its own counts', async () => {
    t.serve(avidoFinished('failed'));
    const result = await t.gate();
    assert.equal(result.outputs.verdict, 'fail', result.gate.reason);
    assert.equal(result.outputs['pass-rate'], '0.75');
    assert.match(result.summary, /Failing records of run 991: 1/);
    assert.match(result.summary, /\| Style guide \| STYLE \| 0\.57 \| — \| 1 of 4 failed \|/);
    assert.match(result.summary, /\| Pass rate \| 75% \(3 of 4\) \|/);
  });

  it('reads a null or absent result as in progress, and a run whose counts never add up times out saying why', async () => {
    t.serve(avidoCurrentRun(null), avidoCurrentRun(), avidoCurrentRun(avidoResult({ passed: 0, failed: 0, total: 0 }, 0, [])));
    const result = await t.gate({ timeout: '2s' });
    assert.equal(result.outputs.verdict, 'error', result.gate.reason);
    assert.equal(result.outputs.status, 'timed_out');
    assert.match(result.gate.reason, /Avido's run has no status, so eval-gate reads it as finished only once its result counts every test/);
    assert.match(result.gate.reason, /so far "run\.result\.total" is 0, so no test has been counted yet/);
  });

  it('keeps polling while an eval row is still counting, though the tests add up', async () => {
    const counting = avidoCurrentRun(
      avidoResult({ passed: 4, failed: 0, total: 4 }, 0.9, [
        avidoEvalRow('Naturalness', 'NATURALNESS', { passed: 3, failed: 0, total: 4 }, 0.9),
      ]),
    );
    t.serve(counting, avidoFinished('passed'));
    const result = await t.gate();
    assert.equal(result.outputs.verdict, 'pass', result.gate.reason);
    assert.equal(t.sim.requests.length, 2);
  });

  it('is bad input, before any request, when application-id is not set', async () => {
    t.serve(avidoFinished('passed'));
    await assert.rejects(
      t.gate({ 'application-id': '' }),
      /^InputError: application-id: expected your Avido application id \(Avido requires it as x-application-id on every request\), got nothing$/,
    );
    assert.equal(t.sim.requests.length, 0);
  });

  it('names the application id beside the key when Avido refuses the credentials', async () => {
    t.sim.script('/v0/runs/991', [{ status: 401, json: { message: 'Unauthorized' } }]);
    const result = await t.gate();
    assert.equal(result.outputs.verdict, 'error');
    assert.match(
      result.gate.reason,
      /authentication refused \(HTTP 401\): "Unauthorized"; check api-key .*; check application-id too: Avido refuses/,
    );
  });

  it('refuses start, saying its trigger answers with no run id', async () => {
    await assert.rejects(
      t.gate({ 'run-id': '', start: '{"taskIds":["t1"]}' }),
      /start: .*got avido \(Avido's trigger, POST \/v0\/tasks\/trigger, answers 204 with no run id/,
    );
    assert.equal(t.sim.requests.length, 0);
  });

  it('accepts the older run wrapped as { run }', async () => {
    t.serve({ run: avidoRun('IN_PROGRESS') }, { run: avidoRun('COMPLETED', 'PASSED') });
    const result = await t.gate();
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(result.outputs['pass-rate'], '1');
    assert.equal(result.outputs.score, '100');
  });

  it('accepts the intermediate result object with counts and no status', async () => {
    t.serve(
      { ...avidoRun(undefined, avidoCounts(3, 0, 4)), evals: undefined },
      { ...avidoRun(undefined, avidoCounts(3, 1, 4)), evals: undefined },
    );
    const result = await t.gate();
    assert.equal(t.sim.requests.length, 2);
    assert.equal(result.outputs.verdict, 'fail');
    assert.equal(result.outputs['pass-rate'], '0.75');
  });

  it('is an error, not a pass, when an older COMPLETED run has no result', async () => {
    t.serve(avidoRun('COMPLETED'));
    const result = await t.gate();
    assert.equal(result.outputs.verdict, 'error');
    assert.match(
      result.gate.reason,
      /field "result": expected "PASSED", "FAILED" or the counts on a COMPLETED run, got nothing \(missing\)/,
    );
  });

  it('takes the verdict from an older status when there is no result', async () => {
    t.serve(avidoRun('FAILED', undefined, [avidoEval('e1', 'FAILED')]));
    const result = await t.gate();
    assert.equal(result.outputs.verdict, 'fail');
    assert.equal(result.outputs['pass-rate'], '0');
  });
};
