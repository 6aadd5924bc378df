// Two-sided confidence intervals for the report. SciPy equivalents:
// binomtest(k, n).proportion_ci(level, method='wilson'), ttest_rel(...).confidence_interval(level)
// and ttest_ind(..., equal_var=False).confidence_interval(level).
import { normalQuantile, studentTQuantile } from './special.ts';
import { type Sample, welch } from './tests.ts';

export interface Interval {
  low: number;
  high: number;
}

/** The Wilson score interval for a pass rate of `passed` out of `n` (n > 0). */
export function wilsonInterval(passed: number, n: number, level = 0.95): Interval {
  const z = normalQuantile(1 - (1 - level) / 2);
  const p = passed / n;
  const z2 = z * z;
  const center = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, center - half), high: Math.min(1, center + half) };
}

/** The t interval of the mean of paired differences (n ≥ 2). */
export function pairedMeanInterval(differences: Sample, level = 0.95): Interval {
  const t = studentTQuantile(1 - (1 - level) / 2, differences.n - 1);
  const half = t * Math.sqrt(differences.variance / differences.n);
  return { low: differences.mean - half, high: differences.mean + half };
}

/** Welch's interval of candidate − baseline (each n ≥ 2). */
export function welchInterval(candidate: Sample, baseline: Sample, level = 0.95): Interval {
  const { df, se } = welch(candidate, baseline);
  const half = studentTQuantile(1 - (1 - level) / 2, df) * se;
  const delta = candidate.mean - baseline.mean;
  return { low: delta - half, high: delta + half };
}
