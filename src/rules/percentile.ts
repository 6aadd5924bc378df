// The percentile max-p95-latency measures, defined once (README, Budgets and warnings).

/**
 * The nearest-rank percentile: the value at rank ⌈p·n/100⌉ (1-based) of the
 * values sorted ascending, so that at least p% of them are at or below it. It
 * is always one of the values, never an interpolation between two. NumPy's
 * `np.percentile(values, p, method="inverted_cdf")` gives the same
 * (test/fixtures/percentile-reference.json). Null for no values. `percent` is
 * a whole number from 1 to 100, so that p·n is exact.
 */
export function nearestRank(values: Float64Array, percent: number): number | null {
  if (values.length === 0) return null;
  const sorted = values.slice().sort();
  const rank = Math.max(1, Math.ceil((percent * sorted.length) / 100));
  return sorted[rank - 1] ?? null;
}
