// The tests that decide whether a drop is real, one-sided both ways: `worse`
// is the p-value for "the PR is worse", `better` for "the PR is better".
// Each matches a SciPy call named beside it (scripts/stats-reference.py).
import { normalCdf, studentTCdf } from './special.ts';

export interface OneSided {
  worse: number;
  better: number;
}

/** P(X ≥ k) for X ~ Binomial(n, 1/2), summed from the tail in log space. */
function binomialHalfUpper(k: number, n: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  // Terms C(n, i) / 2^n for i = k…n, built by their ratio from the largest.
  let logTerm = -n * Math.LN2;
  for (let i = 1; i <= k; i += 1) logTerm += Math.log((n - i + 1) / i);
  let term = Math.exp(logTerm);
  let sum = 0;
  for (let i = k; i <= n && term > 0; i += 1) {
    sum += term;
    term *= (n - i) / (i + 1);
  }
  return Math.min(1, sum);
}

/**
 * Exact McNemar on the records that flipped: `passToFail` against `failToPass`,
 * each flip a fair coin under no change. SciPy: binomtest(passToFail, n, 0.5, alternative='greater').
 */
export function mcnemarExact(passToFail: number, failToPass: number): OneSided {
  const n = passToFail + failToPass;
  return { worse: binomialHalfUpper(passToFail, n), better: binomialHalfUpper(failToPass, n) };
}

/**
 * Fisher's exact test on two pass rates, for runs whose records do not pair.
 * SciPy: fisher_exact([[candidatePassed, candidateFailed], [baselinePassed, baselineFailed]], alternative='less').
 */
export function fisherExact(candidate: { passed: number; n: number }, baseline: { passed: number; n: number }): OneSided {
  const total = candidate.n + baseline.n;
  const passes = candidate.passed + baseline.passed;
  const low = Math.max(0, candidate.n - (total - passes));
  const high = Math.min(candidate.n, passes);
  // Hypergeometric weights by their ratio from `low`, kept in log space against overflow, then normalised.
  const logs: number[] = [];
  let log = 0;
  for (let k = low; k <= high; k += 1) {
    logs.push(log);
    log += Math.log(((passes - k) * (candidate.n - k)) / ((k + 1) * (total - passes - candidate.n + k + 1)));
  }
  const top = Math.max(...logs);
  const weights = logs.map((l) => Math.exp(l - top));
  const sum = weights.reduce((a, b) => a + b, 0);
  let below = 0;
  let above = 0;
  weights.forEach((w, i) => {
    if (low + i <= candidate.passed) below += w;
    if (low + i >= candidate.passed) above += w;
  });
  return { worse: Math.min(1, below / sum), better: Math.min(1, above / sum) };
}

/** Average ranks of |d|, with each tie group's size. */
function signedRanks(differences: readonly number[]): { rPlus: number; ties: number[]; ranks: number[] } {
  const order = differences.map((d, i) => [Math.abs(d), i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(differences.length).fill(0);
  const ties: number[] = [];
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.[0] === order[start]?.[0]) end += 1;
    for (let j = start; j <= end; j += 1) ranks[order[j]?.[1] ?? 0] = (start + end) / 2 + 1;
    ties.push(end - start + 1);
    start = end + 1;
  }
  const rPlus = differences.reduce((sum, d, i) => sum + (d > 0 ? (ranks[i] ?? 0) : 0), 0);
  return { rPlus, ties, ranks };
}

/** Counts of each rank sum 0…n(n+1)/2 over the 2^n sign patterns (exact below 2^53 for n ≤ 50). */
function rankSumCounts(n: number): Float64Array {
  const counts = new Float64Array((n * (n + 1)) / 2 + 1);
  counts[0] = 1;
  for (let rank = 1; rank <= n; rank += 1)
    for (let s = counts.length - 1; s >= rank; s -= 1) counts[s] = (counts[s] ?? 0) + (counts[s - rank] ?? 0);
  return counts;
}

const EXACT_MAX = 50;
const ENUMERATE_MAX = 13;

/**
 * Wilcoxon signed-rank on paired differences (PR − baseline), zeros dropped
 * (zero_method='wilcox'), as SciPy's wilcoxon(d, alternative=…) with method='auto':
 * the exact null distribution up to 50 pairs without ties or zeros; with them,
 * every sign pattern up to 13 pairs; else the normal approximation with the tie correction.
 */
export function wilcoxonSignedRank(differences: readonly number[]): OneSided & { method: 'exact' | 'enumerated' | 'normal' } {
  const nonZero = differences.filter((d) => d !== 0);
  const n = nonZero.length;
  if (n === 0) return { worse: 1, better: 1, method: 'exact' };
  const { rPlus, ties, ranks } = signedRanks(nonZero);
  const tied = ties.some((t) => t > 1) || n < differences.length;
  if (!tied && differences.length <= EXACT_MAX) {
    const counts = rankSumCounts(n);
    const total = 2 ** n;
    let below = 0;
    for (let s = 0; s <= rPlus; s += 1) below += counts[s] ?? 0;
    let above = 0;
    for (let s = rPlus; s < counts.length; s += 1) above += counts[s] ?? 0;
    return { worse: below / total, better: above / total, method: 'exact' };
  }
  if (differences.length <= ENUMERATE_MAX) {
    let below = 0;
    let above = 0;
    const slack = 1e-14 * Math.abs(rPlus);
    for (let mask = 0; mask < 2 ** n; mask += 1) {
      let sum = 0;
      for (let i = 0; i < n; i += 1) if (mask & (1 << i)) sum += ranks[i] ?? 0;
      if (sum <= rPlus + slack) below += 1;
      if (sum >= rPlus - slack) above += 1;
    }
    return { worse: below / 2 ** n, better: above / 2 ** n, method: 'enumerated' };
  }
  const mean = (n * (n + 1)) / 4;
  const tieCorrection = ties.reduce((sum, t) => sum + t ** 3 - t, 0);
  const se = Math.sqrt((n * (n + 1) * (2 * n + 1) - tieCorrection / 2) / 24);
  const z = (rPlus - mean) / se;
  return { worse: normalCdf(z), better: 1 - normalCdf(z), method: 'normal' };
}

export interface Sample {
  n: number;
  mean: number;
  /** The unbiased variance (ddof = 1). */
  variance: number;
}

export function sampleOf(values: ArrayLike<number>): Sample {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i += 1) mean += ((values[i] ?? 0) - mean) / (i + 1);
  let squares = 0;
  for (let i = 0; i < n; i += 1) squares += ((values[i] ?? 0) - mean) ** 2;
  return { n, mean, variance: n > 1 ? squares / (n - 1) : 0 };
}

/** Welch's t statistic and degrees of freedom for candidate − baseline. */
export function welch(candidate: Sample, baseline: Sample): { t: number; df: number; se: number } {
  const a = candidate.variance / candidate.n;
  const b = baseline.variance / baseline.n;
  const se = Math.sqrt(a + b);
  const df = (a + b) ** 2 / (a ** 2 / (candidate.n - 1) + b ** 2 / (baseline.n - 1));
  return { t: (candidate.mean - baseline.mean) / se, df, se };
}

/** Welch's test on score means. SciPy: ttest_ind(candidate, baseline, equal_var=False, alternative='less'). */
export function welchTest(candidate: Sample, baseline: Sample): OneSided {
  const { t, df } = welch(candidate, baseline);
  return { worse: studentTCdf(t, df), better: 1 - studentTCdf(t, df) };
}
