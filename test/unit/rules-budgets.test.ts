// The budgets and warn-on, as pure rules: examples, then a property whose oracle recomputes every
// budget from its definition (README, Budgets and warnings) and every warning from warn-on's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { GateRun } from '../../src/model.ts';
import { decideGate, decideRun, type RuleConfig, verdictLine } from '../../src/rules/rules.ts';
import { warnOnProblem } from '../../src/rules/warn-on.ts';
import { ALL_STATUSES, gateRun, noRules } from '../helpers/runs.ts';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const runArb = fc.record({
  status: fc.constantFrom(...ALL_STATUSES, 'completed', 'completed'),
  vendorPassed: maybe(fc.boolean()),
  score: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
  passRate: maybe(fc.double({ min: 0, max: 1, noNaN: true })),
  problem: maybe(fc.constant('could not read the run')),
  costUsd: maybe(fc.double({ min: 0, max: 5, noNaN: true })),
  durationMs: maybe(fc.integer({ min: 0, max: 3_600_000 })),
  latencyMs: maybe(fc.array(fc.integer({ min: 0, max: 20_000 }), { maxLength: 60 }).map((a) => Float64Array.from(a))),
  tokens: maybe(fc.integer({ min: 0, max: 2_000_000 })),
});
const NAMES = ['threshold', 'min-pass-rate', 'vendor-verdict', 'max-cost', 'max-duration', 'max-p95-latency', 'max-tokens'];
const configArb: fc.Arbitrary<RuleConfig> = fc.record({
  threshold: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
  minPassRate: maybe(fc.double({ min: 0, max: 1, noNaN: true })),
  metricThresholds: fc.constant([]),
  sampleRate: fc.constant(0),
  maxRegression: fc.constant(null),
  maxCostUsd: maybe(fc.double({ min: 0, max: 10, noNaN: true })),
  maxDurationMs: maybe(fc.integer({ min: 1, max: 3_600_000 })),
  maxP95LatencyMs: maybe(fc.integer({ min: 1, max: 20_000 })),
  maxTokens: maybe(fc.integer({ min: 1, max: 4_000_000 })),
  warnOn: fc.subarray(NAMES),
});

type Oracle = 'pass' | 'fail' | 'error' | 'skipped';

/** Each budget straight from its definition: a sum, a maximum, the smallest latency with 95% at or below it. */
function budgetOracle(runs: GateRun[], config: RuleConfig): Array<[string, Oracle]> {
  const out: Array<[string, Oracle]> = [];
  const done = runs.every((r) => r.status === 'completed' && r.problem === null);
  const judge = (
    rule: string,
    limit: number | null | undefined,
    figures: Array<number | null>,
    measure: (xs: number[]) => number | null,
  ) => {
    if (limit === null || limit === undefined) return;
    if (!done) return void out.push([rule, 'skipped']);
    if (figures.some((f) => f === null)) return void out.push([rule, 'error']);
    const value = measure(figures as number[]);
    out.push([rule, value === null ? 'error' : value <= limit ? 'pass' : 'fail']);
  };
  const total = (xs: number[]) => {
    let s = 0;
    for (const x of xs) s += x;
    return s;
  };
  judge(
    'max-cost',
    config.maxCostUsd,
    runs.map((r) => r.costUsd),
    total,
  );
  judge(
    'max-duration',
    config.maxDurationMs,
    runs.map((r) => r.durationMs),
    (xs) => Math.max(...xs),
  );
  const all = runs.flatMap((r) => Array.from(r.latencyMs ?? []));
  const p95 = all.length === 0 ? null : Math.min(...all.filter((x) => all.filter((v) => v <= x).length * 100 >= 95 * all.length));
  judge(
    'max-p95-latency',
    config.maxP95LatencyMs,
    runs.map((r) => (r.latencyMs ? 0 : null)),
    () => p95,
  );
  judge(
    'max-tokens',
    config.maxTokens,
    runs.map((r) => r.tokens ?? null),
    total,
  );
  return out;
}

const warnName = (rule: string) => (rule === "vendor's verdict" ? 'vendor-verdict' : rule);

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

  it('property: budgets match their definitions; warn-on softens exactly the failures it names; errors stay errors', () => {
    fc.assert(
      fc.property(fc.array(runArb, { minLength: 1, maxLength: 4 }), configArb, (overs, config) => {
        const runs = overs.map((o, i) => gateRun({ ...o, runId: String(i) }));
        const warnOn = new Set(config.warnOn);
        const gate = decideGate(runs, config);
        const budgets = budgetOracle(runs, config);
        assert.deepEqual(
          gate.budgets?.map((c) => [c.rule, c.outcome]),
          budgets.map(([rule, o]) => [rule, o === 'fail' && warnOn.has(rule) ? 'warning' : o]),
        );
        // The runs' own checks, decided without warn-on, then softened by the oracle.
        const plain = runs.flatMap((r) => decideRun(r, { ...config, warnOn: [] }).checks.map((c) => [warnName(c.rule), c.outcome]));
        const all = [...plain, ...budgets];
        const warned = all.filter(([rule, o]) => o === 'fail' && warnOn.has(rule as string)).length;
        const failing = all.filter(([rule, o]) => o === 'fail' && !warnOn.has(rule as string)).length;
        const errors = all.filter(([, o]) => o === 'error').length;
        assert.equal(gate.warnings, warned);
        assert.equal(gate.verdict, errors > 0 ? 'error' : failing > 0 ? 'fail' : 'pass');
      }),
      { numRuns: 300 },
    );
  });
});
