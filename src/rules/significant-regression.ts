// max-regression with regression-confidence: each drop over the limit (the
// score's, each metric's) fails only when its test shows it is real.
import { formatScore as n } from '../numbers.ts';
import type { Comparison, RegressionResult } from './comparison.ts';
import { explain, judge, type Judgement, worstRegression } from './regression.ts';

const line = (j: Judgement, confidence: number) =>
  `${j.what} is ${n(Math.abs(j.delta))} ${j.delta < 0 ? 'below' : 'above'} the baseline's, ${explain(j, confidence)}`;

export function significantProblems(comparison: Comparison, maxPoints: number, confidence: number): RegressionResult {
  const judgements: Judgement[] = [
    judge(`score ${n(comparison.candidateScore ?? 0)}`, comparison.scoreDelta ?? 0, maxPoints, comparison.scoreSignificance, confidence),
    ...comparison.metrics.map((m) => judge(`metric ${m.name} ${n(m.candidate)}`, m.delta, maxPoints, m.significance, confidence)),
  ];
  // A metric the baseline scored and this run does not: a regression cannot be ruled out, as without a confidence.
  const missing = comparison.missingMetrics.map((name) => `metric ${name} has a score in the baseline but none in this run`);
  const worst = worstRegression(judgements.map((j) => j.outcome));
  const regression = missing.length > 0 || worst === 'regressed' ? 'regressed' : worst === 'none' ? 'unchanged' : worst;
  const rule = `(max-regression ${maxPoints}, regression-confidence ${confidence})`;
  if (regression === 'regressed') {
    const real = judgements.filter((j) => j.outcome === 'regressed').map((j) => line(j, confidence));
    return { outcome: 'fail', detail: `${[...real, ...missing].join('; ')} ${rule}`, regression };
  }
  const said = judgements.filter((j) => j.outcome !== 'unchanged').map((j) => line(j, confidence));
  const detail =
    said.length > 0 ? `${said.join('; ')} ${rule}` : `no drop of more than ${maxPoints} below baseline run ${comparison.baselineRunId}`;
  return { outcome: 'pass', detail, regression };
}
