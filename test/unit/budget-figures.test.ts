// What the adapters give the budgets, read from the documented answers (sim/fixtures, built from
// shared/vendor-docs): Aegis's total_cost and evaluation times, Runtype's step usage.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aegisEvaluation, aegisRun } from '../../sim/fixtures/aegis.ts';
import { runtypeResults, runtypeUsage } from '../../sim/fixtures/runtype.ts';
import { aegis } from '../../src/providers/aegis.ts';
import { runtype } from '../../src/providers/runtype.ts';

describe('the figures budgets measure', () => {
  it("Aegis: total_cost, the run's times, and each evaluation's finished_at − started_at", () => {
    const run = aegis.parse(aegisRun());
    assert.equal(run.costUsd, 0.0012);
    assert.equal(run.durationMs, 72_000);
    assert.deepEqual(Array.from(run.latencyMs ?? []), [1000, 4000]);
    assert.equal(run.budgetGaps, null);
  });

  it('Aegis: an evaluation without a start, or a null total_cost, leaves that figure out and names the field', () => {
    const evaluations = [aegisEvaluation(0), { ...aegisEvaluation(1), started_at: null }];
    const run = aegis.parse({ ...aegisRun(), evaluations, total_cost: null });
    assert.equal(run.latencyMs, null);
    assert.equal(run.costUsd, null);
    assert.deepEqual(run.budgetGaps, {
      cost: 'field "total_cost" is null or not a number',
      latency: 'fields "evaluations[1].started_at" and "evaluations[1].finished_at" do not give a duration',
    });
  });

  it("Runtype: every step's cost and tokens summed, each record's step durations summed", () => {
    const run = runtype.parse(runtypeResults('completed', 50, 0));
    const usage = Array.from({ length: 50 }, (_, i) => runtypeUsage(i + 1));
    assert.equal(
      run.tokens,
      usage.reduce((sum, u) => sum + u.promptTokens + u.completionTokens + u.reasoningTokens, 0),
    );
    assert.ok(Math.abs((run.costUsd ?? 0) - usage.reduce((sum, u) => sum + u.totalCost, 0)) < 1e-12);
    assert.deepEqual(
      Array.from(run.latencyMs ?? []),
      usage.map((u) => u.durationMs),
    );
    assert.equal(run.durationMs, 930_000);
  });

  it('Runtype: a step without durationMs or promptTokens, or a page listing fewer records than processed, gives no such figure', () => {
    const body = runtypeResults('completed', 50, 0);
    const steps = body.resultsByRecord['record-002'] as Array<Record<string, unknown>>;
    steps[0] = { ...steps[0], durationMs: null, promptTokens: undefined };
    const run = runtype.parse(body);
    assert.deepEqual([run.latencyMs, run.tokens, typeof run.costUsd], [null, null, 'number']);
    assert.deepEqual(run.budgetGaps, {
      latency: 'field "resultsByRecord.record-002[0].durationMs" is missing',
      tokens: 'field "resultsByRecord.record-002[0].promptTokens" is missing',
    });
    const partial = runtype.parse(runtypeResults('processing', 20, 0, 50));
    assert.equal(partial.budgetGaps, null);
    delete body.resultsByRecord['record-001'];
    assert.match(runtype.parse(body).budgetGaps?.cost ?? '', /lists 49 of the 50 processed records/);
  });
});
