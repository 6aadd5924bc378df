import type { GateRun } from '../model.ts';
import type { Baseline, Check } from './verdict.ts';
import { formatScore as n } from '../report/numbers.ts';

/** Newly failing records listed in the report; the rest are counted. */
const NEWLY_FAILING_SHOWN = 20;

export interface MetricChange {
  name: string;
  baseline: number;
  candidate: number;
  delta: number;
}

/** A run beside the baseline run: overall score, each shared metric, and the records that newly fail. */
export interface Comparison {
  baselineRunId: string;
  baselineScore: number | null;
  candidateScore: number | null;
  scoreDelta: number | null;
  metrics: MetricChange[];
  /** Metrics the baseline scored that this run does not: a regression cannot be ruled out. */
  missingMetrics: string[];
  newlyFailing: string[];
  newlyFailingCount: number;
}

export function compareWithBaseline(run: GateRun, baseline: GateRun): Comparison {
  const candidateMetrics = new Map(run.metrics.map((m) => [m.name, m.score]));
  const metrics: MetricChange[] = [];
  const missingMetrics: string[] = [];
  for (const { name, score: before } of baseline.metrics) {
    if (before === null) continue;
    const after = candidateMetrics.get(name);
    if (typeof after === 'number') metrics.push({ name, baseline: before, candidate: after, delta: after - before });
    else missingMetrics.push(name);
  }
  // Names are compared among the failures each run keeps (the first few hundred).
  const failedBefore = new Set(baseline.failures.map((f) => `${f.name}\u0000${f.metric ?? ''}`));
  const newly = run.failures.filter((f) => !failedBefore.has(`${f.name}\u0000${f.metric ?? ''}`));
  return {
    baselineRunId: baseline.runId,
    baselineScore: baseline.score,
    candidateScore: run.score,
    scoreDelta: run.score !== null && baseline.score !== null ? run.score - baseline.score : null,
    metrics,
    missingMetrics,
    newlyFailing: newly.slice(0, NEWLY_FAILING_SHOWN).map((f) => (f.metric ? `${f.name} (${f.metric})` : f.name)),
    newlyFailingCount: newly.length,
  };
}

/** The max-regression rule: a drop of more than `maxPoints` below the baseline fails, overall and per metric. */
export function regressionProblems(comparison: Comparison, maxPoints: number): { outcome: 'pass' | 'fail'; detail: string } {
  if (comparison.scoreDelta === null) {
    return { outcome: 'fail', detail: `max-regression ${maxPoints} is set, but the vendor gives no score for this run or the baseline` };
  }
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
  if (drops.length > 0) return { outcome: 'fail', detail: `${drops.join('; ')} (max-regression ${maxPoints})` };
  return { outcome: 'pass', detail: `no drop of more than ${maxPoints} below baseline run ${comparison.baselineRunId}` };
}

/** A baseline is usable when it was read to a terminal state; otherwise the report says why. */
export function baselineOf(run: GateRun): Baseline {
  const problem = run.problem ?? (run.status === 'completed' || run.status === 'failed' ? null : `the run is ${run.status}`);
  return { runId: run.runId, run: problem === null ? run : null, problem };
}

/** Rule 4, max-regression: a baseline that is missing or could not be read leaves the gate undecided. */
export function regressionCheck(comparison: Comparison | null, baseline: Baseline | null, maxRegression: number | null): Check | null {
  if (maxRegression === null) return null;
  const rule = 'max-regression';
  if (!baseline) return { rule, outcome: 'error', detail: `max-regression ${maxRegression} is set, but no baseline run was given` };
  if (!comparison)
    return { rule, outcome: 'error', detail: `baseline run ${baseline.runId} could not be read: ${baseline.problem ?? 'no result'}` };
  return { rule, ...regressionProblems(comparison, maxRegression) };
}
