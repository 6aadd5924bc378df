// Generated rule cases for the property tests, and the oracle they are checked against: the rules as the
// README states them, written apart from src/rules. The generators draw figures next to their minimums and
// favour completed, readable runs, so that every rule decides and each verdict comes up often.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { GateRun, MetricResult } from '../../src/model.ts';
import type { Baseline, RuleConfig, Verdict } from '../../src/rules/rules.ts';
import { ALL_STATUSES, gateRun } from './runs.ts';

const maybe = <T>(arb: fc.Arbitrary<T>, nullWeight = 1) =>
  fc.oneof({ arbitrary: fc.constant(null), weight: nullWeight }, { arbitrary: arb, weight: 4 });
// Figures drawn from a few values, so that a figure equal to its minimum, just under it and just over it all come up often.
const SCORES = [0, 49.5, 69.99, 70, 70.01, 83.5, 100];
const RATES = [0, 0.5, 0.9, 0.95, 0.975, 1];
const scoreArb = fc.oneof(fc.constantFrom(...SCORES), fc.double({ min: 0, max: 100, noNaN: true }));
const rateArb = fc.oneof(fc.constantFrom(...RATES), fc.double({ min: 0, max: 1, noNaN: true }));
const METRICS = ['faith', 'tox', 'relevance'];
// Budget figures and limits from the same few values, so that a figure at its limit comes up often.
const COSTS = [0, 0.0012, 0.05, 2.5];
const DURATIONS = [0, 72_000, 930_000];
const LATENCIES = [120, 1000, 2990, 9000];
const TOKENS = [0, 1000, 11_110];
/** The names warn-on takes (README, Budgets and warnings). */
export const WARN_ON_NAMES = [
  'threshold',
  'min-pass-rate',
  'metric-thresholds',
  'max-regression',
  'vendor-verdict',
  'max-cost',
  'max-duration',
  'max-p95-latency',
  'max-tokens',
];

const metricOf = (name: string): MetricResult => ({ name, score: null, threshold: null, passed: null, problem: null });
const metricArb: fc.Arbitrary<MetricResult> = fc.record({
  name: fc.constantFrom(...METRICS),
  score: maybe(scoreArb),
  threshold: fc.constant(null),
  passed: fc.constant(null),
  problem: fc.constant(null),
});
// A figure the adapter could not read has no score, and a problem (e.g. off the vendor's scale).
const unreadableMetricArb: fc.Arbitrary<MetricResult> = fc.record({
  name: fc.constantFrom(...METRICS),
  score: fc.constant(null),
  threshold: fc.constant(null),
  passed: fc.constant(null),
  problem: fc.constant('expected a number from 0 to 100, got 140'),
});
const metricsArb = fc.uniqueArray(fc.oneof({ arbitrary: metricArb, weight: 6 }, { arbitrary: unreadableMetricArb, weight: 1 }), {
  selector: (m) => m.name,
  maxLength: METRICS.length,
});

/** Most runs completed and readable, so that every rule after rule 1 decides often. */
export const runArb = fc
  .record({
    status: fc.oneof(
      { arbitrary: fc.constant('completed' as const), weight: 8 },
      { arbitrary: fc.constantFrom(...ALL_STATUSES), weight: 2 },
    ),
    vendorPassed: fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, fc.constant(false), fc.constant(null)),
    score: maybe(scoreArb),
    passRate: maybe(rateArb),
    metrics: metricsArb,
    sampleRank: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    problem: fc.oneof({ arbitrary: fc.constant(null), weight: 9 }, { arbitrary: fc.constant('could not read the run'), weight: 1 }),
    // What the budgets measure, each sometimes missing from the answer (an error when its budget is set).
    costUsd: maybe(fc.constantFrom(...COSTS)),
    durationMs: maybe(fc.constantFrom(...DURATIONS)),
    latencyMs: maybe(fc.array(fc.constantFrom(...LATENCIES), { maxLength: 25 }).map((a) => Float64Array.from(a))),
    tokens: maybe(fc.constantFrom(...TOKENS)),
  })
  .map((over) => gateRun(over));

/** A minimum the figure often meets (equal to it included), else any of the usual values. */
function minimumFor(figure: number | null | undefined, values: number[]): fc.Arbitrary<number> {
  const met = values.filter((v) => typeof figure === 'number' && v <= figure);
  const any = fc.constantFrom(...values);
  return met.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...met), weight: 3 }, { arbitrary: any, weight: 1 }) : any;
}

/** A limit the figure often keeps under (equal to it included), else any of the usual values. */
function limitFor(figure: number | null | undefined, values: number[]): fc.Arbitrary<number> {
  const kept = values.filter((v) => typeof figure === 'number' && v >= figure);
  const any = fc.constantFrom(...values);
  return kept.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...kept), weight: 3 }, { arbitrary: any, weight: 1 }) : any;
}

/** Mostly the names of metrics the run has, sometimes any name (one the vendor does not report). */
function namesNear(run: GateRun): fc.Arbitrary<string[]> {
  const own = run.metrics.map((m) => m.name);
  return fc.oneof({ arbitrary: fc.subarray(own), weight: 3 }, { arbitrary: fc.subarray(METRICS), weight: 1 });
}

/** The rules for a run: each one set or not, its minimum drawn near the run's own figure. */
export const configFor = (run: GateRun): fc.Arbitrary<RuleConfig> =>
  fc.record({
    threshold: maybe(minimumFor(run.score, SCORES), 3),
    minPassRate: maybe(minimumFor(run.passRate, RATES), 3),
    metricThresholds: namesNear(run).chain((names) =>
      fc.tuple(
        ...names.map((metric) => minimumFor(run.metrics.find((m) => m.name === metric)?.score, SCORES).map((min) => ({ metric, min }))),
      ),
    ),
    sampleRate: fc.constantFrom(0, 0.05, 0.5, 1),
    maxRegression: maybe(fc.constantFrom(0, 0.01, 2, 20), 2),
    maxCostUsd: maybe(limitFor(run.costUsd, COSTS), 8),
    maxDurationMs: maybe(limitFor(run.durationMs, DURATIONS), 8),
    maxP95LatencyMs: maybe(limitFor(run.latencyMs ? Math.max(0, ...run.latencyMs) : null, LATENCIES), 8),
    maxTokens: maybe(limitFor(run.tokens, TOKENS), 8),
    warnOn: maybe(fc.subarray(WARN_ON_NAMES), 2).map((names) => names ?? []),
  });

/** A baseline near the run: each figure a little above or below the run's, some gone, or a baseline that could not be read. */
export const baselineFor = (run: GateRun): fc.Arbitrary<Baseline | null> => {
  const near = (figure: number | null | undefined) =>
    typeof figure === 'number' ? maybe(fc.constantFrom(-30, -1.5, 0, 0.01, 2, 25).map((d) => figure + d)) : maybe(scoreArb);
  const metric = (name: string) => near(run.metrics.find((m) => m.name === name)?.score).map((score) => ({ ...metricOf(name), score }));
  const metrics = namesNear(run).chain((names) => fc.tuple(...names.map(metric)));
  const read = fc.record({ score: near(run.score), metrics }).map(({ score, metrics }) => gateRun({ runId: 'base', score, metrics }));
  return fc.oneof(
    { arbitrary: fc.constant(null), weight: 2 },
    { arbitrary: read.map((base) => ({ runId: 'base', run: base, problem: null })), weight: 3 },
    fc.constant({ runId: 'base', run: null, problem: 'the run is running' }),
  );
};

/** One run, its rules and its baseline. */
export const caseArb = runArb.chain((run) => fc.tuple(fc.constant(run), configFor(run), baselineFor(run)));

/** A metric-thresholds entry naming a metric the run does not have at all: an error (README, "The rules, in order"), never a fail `fail-on: never` could wave through. */
const METRIC_NOT_RETURNED: Verdict = 'error';

/** The rules as the README states them ("The rules, in order"), written apart from src/rules. */
export function oracleRun(run: GateRun, config: RuleConfig, baseline: Baseline | null): Verdict {
  return softened(oracleOutcomes(run, config, baseline), config);
}

/** warn-on: a fail of a rule it names counts as a pass (and a warning); nothing else changes, errors least of all. */
function softened(outcomes: Array<[string, Verdict]>, config: RuleConfig): Verdict {
  const counted = outcomes.filter(([name, v]) => !(v === 'fail' && (config.warnOn ?? []).includes(name))).map(([, v]) => v);
  return counted.includes('error') ? 'error' : counted.includes('fail') ? 'fail' : 'pass';
}

/** How many fails warn-on turned into warnings, over the runs and the budgets. */
export function oracleWarnings(runs: GateRun[], config: RuleConfig, baseline: Baseline | null): number {
  const all = [...runs.flatMap((run) => oracleOutcomes(run, config, baseline)), ...oracleBudgets(runs, config)];
  return all.filter(([name, v]) => v === 'fail' && (config.warnOn ?? []).includes(name)).length;
}

/** Each rule's outcome for one run, named as warn-on names it. */
export function oracleOutcomes(run: GateRun, config: RuleConfig, baseline: Baseline | null): Array<[string, Verdict]> {
  // 1. The run finished successfully; a run the vendor reports as failed or cancelled is a fail; one not read is an error.
  if (run.problem !== null) return [['run-finished', 'error']];
  if (run.status === 'failed' || run.status === 'cancelled') return [['run-finished', 'fail']];
  if (run.status !== 'completed') return [['run-finished', 'error']];
  const outcomes: Array<[string, Verdict]> = [];
  const atLeast = (figure: number | null, minimum: number): Verdict => (figure !== null && figure >= minimum ? 'pass' : 'fail');
  // 2. The vendor's verdict, unless threshold or min-pass-rate is set; none at all cannot be decided.
  if (config.threshold === null && config.minPassRate === null) {
    outcomes.push(['vendor-verdict', run.vendorPassed === null ? 'error' : run.vendorPassed ? 'pass' : 'fail']);
  }
  // 3. Each minimum; a figure the vendor does not give fails; a figure it gave but we could not read is an error.
  if (config.threshold !== null) outcomes.push(['threshold', atLeast(run.score, config.threshold)]);
  if (config.minPassRate !== null) outcomes.push(['min-pass-rate', atLeast(run.passRate, config.minPassRate)]);
  for (const { metric, min } of config.metricThresholds) {
    const found = run.metrics.find((m) => m.name === metric);
    outcomes.push(['metric-thresholds', !found ? METRIC_NOT_RETURNED : found.problem ? 'error' : atLeast(found.score, min)]);
  }
  // 4. max-regression, with a baseline: a baseline not read is an error; a drop of more than the limit, or a figure gone, fails.
  if (config.maxRegression !== null && baseline !== null) {
    const [before, maxPoints] = [baseline.run, config.maxRegression];
    if (before === null) outcomes.push(['max-regression', 'error']);
    else {
      const dropped = (after: number | null | undefined, was: number) => typeof after !== 'number' || was - after > maxPoints;
      const scoreDropped = run.score === null || before.score === null || dropped(run.score, before.score);
      const metricDropped = before.metrics.some(
        (b) => b.score !== null && dropped(run.metrics.find((m) => m.name === b.name)?.score, b.score),
      );
      outcomes.push(['max-regression', scoreDropped || metricDropped ? 'fail' : 'pass']);
    }
  }
  return outcomes;
}

/** Several runs: pass only when every run and every budget passes, error when any could not be decided, and no run at all decides nothing. */
export function oracleGate(runs: GateRun[], config: RuleConfig, baseline: Baseline | null): Verdict {
  if (runs.length === 0) return 'error';
  const each = [...runs.map((run) => oracleRun(run, config, baseline)), softened(oracleBudgets(runs, config), config)];
  return each.includes('error') ? 'error' : each.includes('fail') ? 'fail' : 'pass';
}

/**
 * 5. The budgets, over all the runs (README, Budgets and warnings): not measured while a run did not
 * complete (its own verdict decides); a figure missing is an error; else the sum (cost, tokens), the
 * longest (duration) or the smallest latency with 95% of all at or below it, at or under its limit.
 */
export function oracleBudgets(runs: GateRun[], config: RuleConfig): Array<[string, Verdict]> {
  if (runs.length === 0 || runs.some((r) => r.status !== 'completed' || r.problem !== null)) return [];
  const out: Array<[string, Verdict]> = [];
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const judge = (
    name: string,
    limit: number | null | undefined,
    figures: Array<number | null | undefined>,
    of: (xs: number[]) => number | null,
  ) => {
    if (limit === null || limit === undefined) return;
    const value = figures.some((f) => f === null || f === undefined) ? null : of(figures as number[]);
    out.push([name, value === null ? 'error' : value <= limit ? 'pass' : 'fail']);
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
  const p95 = () => (all.length === 0 ? null : Math.min(...all.filter((x) => all.filter((v) => v <= x).length * 100 >= 95 * all.length)));
  judge(
    'max-p95-latency',
    config.maxP95LatencyMs,
    runs.map((r) => (r.latencyMs ? 0 : null)),
    p95,
  );
  judge(
    'max-tokens',
    config.maxTokens,
    runs.map((r) => r.tokens),
    total,
  );
  return out;
}

/** Counts what the generated cases exercised, so a test fails when the generators stop reaching a verdict or a rule. */
export function tally() {
  const counts = new Map<string, number>();
  let cases = 0;
  return {
    count(...keys: string[]) {
      cases += 1;
      for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    },
    /** Each key was seen in at least `share` of the cases. */
    assertEach(keys: string[], share: number) {
      for (const key of keys) {
        const seen = (counts.get(key) ?? 0) / cases;
        assert.ok(seen >= share, `${key} in ${(seen * 100).toFixed(1)}% of ${cases} cases, wanted ${share * 100}%`);
      }
    },
  };
}
