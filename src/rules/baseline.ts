import type { GateRun } from '../model.ts';
import type { Baseline, Check } from './verdict.ts';
import { formatScore as n } from '../numbers.ts';
import type { Comparison, MetricChange, RegressionResult } from './comparison.ts';
import type { RegressionOutput } from './regression.ts';
import { significantProblems } from './significant-regression.ts';
import { pairRecords } from './stats/pairing.ts';
import { recordFigures } from './stats/record-figures.ts';
import { significanceOf } from './stats/significance.ts';

/** Newly failing records listed in the report; the rest are counted. */
const NEWLY_FAILING_SHOWN = 20;

export function compareWithBaseline(run: GateRun, baseline: GateRun): Comparison {
  const [c, b] = [run.records, baseline.records];
  const pairing = c && b ? pairRecords(c, b) : null;
  const test = (metric: string | null) => (c && b && pairing ? significanceOf(c, b, pairing, metric) : null);
  const candidateMetrics = new Map(run.metrics.map((m) => [m.name, m.score]));
  const metrics: MetricChange[] = [];
  const missingMetrics: string[] = [];
  for (const { name, score: before } of baseline.metrics) {
    if (before === null) continue;
    const after = candidateMetrics.get(name);
    if (typeof after === 'number')
      metrics.push({ name, baseline: before, candidate: after, delta: after - before, significance: test(name) });
    else missingMetrics.push(name);
  }
  // Names are compared among the failures each run keeps (the first few hundred).
  const failedBefore = new Set(baseline.failures.map((f) => `${f.name}\u0000${f.metric ?? ''}`));
  const newly = run.failures.filter((f) => !failedBefore.has(`${f.name}\u0000${f.metric ?? ''}`));
  const records = c && b && pairing ? recordFigures(c, b, pairing) : null;
  const flips = records && records.paired > 0;
  return {
    baselineRunId: baseline.runId,
    baselineScore: baseline.score,
    candidateScore: run.score,
    scoreDelta: run.score !== null && baseline.score !== null ? run.score - baseline.score : null,
    metrics,
    missingMetrics,
    newlyFailing: flips
      ? records.newlyFailing
      : newly.slice(0, NEWLY_FAILING_SHOWN).map((f) => (f.metric ? `${f.name} (${f.metric})` : f.name)),
    newlyFailingCount: flips ? records.newlyFailingCount : newly.length,
    scoreSignificance: test(null),
    records,
  };
}

/**
 * The max-regression rule: a drop of more than `maxPoints` below the baseline fails, overall and per metric;
 * with a confidence (regression-confidence), only a drop its test shows is real.
 */
export function regressionProblems(comparison: Comparison, maxPoints: number, confidence: number | null = null): RegressionResult {
  if (comparison.scoreDelta === null) {
    return {
      outcome: 'fail',
      detail: `max-regression ${maxPoints} is set, but the vendor gives no score for this run or the baseline`,
      regression: 'inconclusive',
    };
  }
  if (confidence !== null) return significantProblems(comparison, maxPoints, confidence);
  const drops = [
    ...(comparison.scoreDelta < -maxPoints
      ? [
          `score ${n(comparison.candidateScore ?? 0)} is ${n(-comparison.scoreDelta)} below the baseline's ${n(comparison.baselineScore ?? 0)}`,
        ]
      : []),
    ...comparison.metrics
      .filter((m) => m.delta < -maxPoints)
      .map((m) => `metric ${m.name} ${n(m.candidate)} is ${n(-m.delta)} below the baseline's ${n(m.baseline)}`),
    ...comparison.missingMetrics.map((name) => `metric ${name} has a score in the baseline but none in this run`),
  ];
  if (drops.length > 0) return { outcome: 'fail', detail: `${drops.join('; ')} (max-regression ${maxPoints})`, regression: 'regressed' };
  return {
    outcome: 'pass',
    detail: `no drop of more than ${maxPoints} below baseline run ${comparison.baselineRunId}`,
    regression: 'unchanged',
  };
}

/** A baseline is usable when it was read to a terminal state; otherwise the report says why. */
export function baselineOf(run: GateRun): Baseline {
  const problem = run.problem ?? (run.status === 'completed' || run.status === 'failed' ? null : `the run is ${run.status}`);
  return { runId: run.runId, run: problem === null ? run : null, problem };
}

/** Rule 4, max-regression: a baseline that could not be read leaves the gate undecided; none found is a visible skip. */
export function regressionCheck(
  comparison: Comparison | null,
  baseline: Baseline | null,
  maxRegression: number | null,
  confidence: number | null = null,
): { check: Check; regression: RegressionOutput } | null {
  if (maxRegression === null) return null;
  const rule = 'max-regression';
  // Only baseline-run-id: auto can leave no baseline (inputs refuse max-regression without one): shown, never counted.
  if (!baseline) {
    const detail = 'skipped: no passing baseline was found on the base branch to compare with';
    return { check: { rule, outcome: 'skipped', detail }, regression: 'none' };
  }
  if (!comparison) {
    const detail = `baseline run ${baseline.runId} could not be read: ${baseline.problem ?? 'no result'}`;
    return { check: { rule, outcome: 'error', detail }, regression: 'none' };
  }
  const { regression, ...result } = regressionProblems(comparison, maxRegression, confidence);
  return { check: { rule, ...result }, regression };
}
