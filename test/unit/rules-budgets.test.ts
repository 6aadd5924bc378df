// The budgets and warn-on, as pure rules, by example; test/unit/rules.test.ts checks them on generated
// cases against the oracle in test/helpers/rule-cases.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideGate, verdictLine } from '../../src/rules/rules.ts';
import { warnOnProblem } from '../../src/rules/warn-on.ts';
import { gateRun, noRules } from '../helpers/runs.ts';

describe('budgets and warn-on', () => {
  it('measures cost over every run and shows it beside the limit', () => {
    const runs = [gateRun({ runId: 'a', costUsd: 0.03 }), gateRun({ runId: 'b', costUsd: 0.0325 })];
    const gate = decideGate(runs, { ...noRules, maxCostUsd: 0.05 });
    assert.equal(gate.verdict, 'fail');
    assert.deepEqual(gate.budgets, [{ rule: 'max-cost', outcome: 'fail', detail: 'cost over 2 runs $0.0625 > max-cost $0.05' }]);
    assert.equal(gate.reason, 'cost over 2 runs $0.0625 > max-cost $0.05');
    // A figure at its limit holds.
    const atLimit = decideGate([gateRun({ provider: 'runtype', tokens: 1000 })], { ...noRules, maxTokens: 1000 });
    assert.deepEqual(atLimit.budgets, [{ rule: 'max-tokens', outcome: 'pass', detail: 'tokens 1,000 ≤ max-tokens 1,000' }]);
  });

  it('is an error, naming the vendor and the field, when a run lacks the figure; never a skip', () => {
    const run = gateRun({ provider: 'runtype', tokens: null, budgetGaps: { tokens: 'field "x[0].promptTokens" is missing' } });
    const gate = decideGate([run], { ...noRules, maxTokens: 1000, warnOn: ['max-tokens'] });
    assert.equal(gate.verdict, 'error');
    assert.equal(
      gate.budgets?.[0]?.detail,
      'max-tokens is set, but Runtype gave no token counts for run 991: field "x[0].promptTokens" is missing',
    );
    assert.equal(gate.warnings, 0);
  });

  it('p95 latency and duration read as people read them, in plain ms when rounding would make them equal', () => {
    const latencyMs = Float64Array.from({ length: 40 }, (_, i) => 1000 + i * 50);
    const gate = decideGate([gateRun({ latencyMs, durationMs: 2040 })], { ...noRules, maxP95LatencyMs: 2900, maxDurationMs: 2000 });
    assert.deepEqual(
      gate.budgets?.map((c) => c.detail),
      ['run duration 2040ms > max-duration 2000ms', 'p95 latency (nearest rank) of 40 records 2850ms ≤ max-p95-latency 2900ms'],
    );
  });

  it('warn-on turns a failure into a warning: the gate passes, and says so', () => {
    const config = { ...noRules, threshold: 90, maxCostUsd: 0.001, warnOn: ['threshold', 'max-cost'] };
    const gate = decideGate([gateRun({ score: 83.5, costUsd: 0.0012 })], config);
    assert.equal(gate.verdict, 'pass');
    assert.equal(gate.warnings, 2);
    assert.match(verdictLine(gate), /^passed with 2 warnings: warning: score 83\.5 < 90; .*warning: cost \$0\.0012 > max-cost \$0\.001$/);
    const one = decideGate([gateRun({ score: 83.5 })], { ...noRules, threshold: 90, warnOn: ['threshold'] });
    assert.match(verdictLine(one), /^passed with 1 warning: /);
  });

  it('refuses warn-on names that are unknown, never softened, or of a rule not set', () => {
    assert.equal(
      warnOnProblem(['max-cots'], { ...noRules, maxCostUsd: 1 }),
      'expected rule names among threshold, min-pass-rate, metric-thresholds, max-regression, vendor-verdict, max-cost, max-duration, max-p95-latency, max-tokens, got "max-cots"; did you mean max-cost?',
    );
    assert.match(warnOnProblem(['run-finished'], noRules) ?? '', /never a pass/);
    assert.equal(
      warnOnProblem(['max-cost'], noRules),
      'expected rules the gate applies, got max-cost, which it does not: max-cost is not set',
    );
    assert.match(warnOnProblem(['vendor-verdict'], { ...noRules, threshold: 1 }) ?? '', /threshold or min-pass-rate is set/);
    assert.equal(warnOnProblem(['vendor-verdict', 'max-tokens'], { ...noRules, maxTokens: 5 }), null);
  });
});
