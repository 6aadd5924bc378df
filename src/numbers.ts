/**
 * Numbers for people: what the comment, the summary, the CLI's text and the
 * commit status show. The JSON report and the step outputs keep full precision
 * (they print the numbers themselves); nothing here feeds a decision.
 * A shared leaf beside model.ts: rules/ words its reasons with these and
 * report/ its tables, and rules/ may not import report/ (README, Development).
 */

/** Decimals a person reads for a score on the vendor's scale, a rank or a delta. */
const SCORE_DECIMALS = 3;
/** Decimals of a percentage. */
const PERCENT_DECIMALS = 1;
/** More digits than a double holds: past this a pair that still reads equal is equal. */
const MAX_DECIMALS = 17;

/** `value` to at most `decimals` decimals, trailing zeros dropped, never `-0`. */
export function rounded(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = String(Number(value.toFixed(Math.min(decimals, 100))));
  return text === '-0' ? '0' : text;
}

/** A score on the vendor's scale (0.41 of 1, 83.5 of 100), a metric, a threshold: at most 3 decimals. */
export function formatScore(value: number, decimals = SCORE_DECIMALS): string {
  return rounded(value, decimals);
}

/** A sample rank in [0, 1): 3 decimals. */
export const formatRank = formatScore;

/**
 * A fraction as a percentage with one decimal. A rate that is not exactly 0 or
 * 1 never reads as `0%` or `100%`: a reviewer takes `100%` for "all passed".
 */
export function formatPercent(fraction: number, decimals = PERCENT_DECIMALS): string {
  const text = rounded(fraction * 100, decimals);
  const smallest = rounded(10 ** -decimals, decimals);
  if (text === '100' && fraction < 1) return `>${rounded(100 - 10 ** -decimals, decimals)}%`;
  if (text === '0' && fraction > 0) return `<${smallest}%`;
  return `${text}%`;
}

/** A pass rate with the counts behind it, `33.3% (1 of 3)`, when the counts are known and agree with the rate. */
export function formatRate(fraction: number, counts: { passed: number; total: number } | null = null): string {
  const agree = counts !== null && counts.total > 0 && Math.abs(counts.passed / counts.total - fraction) < 1e-9;
  return agree ? `${formatPercent(fraction)} (${counts.passed} of ${counts.total})` : formatPercent(fraction);
}

/** A signed change, `+2.5` or `-0.041`: binary noise (0.30000000000000004) is gone after rounding. */
export function formatDelta(delta: number): string {
  const text = formatScore(delta);
  return delta > 0 && text !== '0' ? `+${text}` : text;
}

/**
 * Two figures compared against each other (a score against its threshold), each
 * rounded, but with as many more decimals as it takes for different numbers not
 * to read the same: `69.9996 < 70`, never `70 < 70`.
 */
export function formatPair(a: number, b: number, format: (value: number, decimals?: number) => string = formatScore): [string, string] {
  const pair: [string, string] = [format(a), format(b)];
  // Past both defaults (3 and 1): four decimals tell most close pairs apart.
  for (let d = SCORE_DECIMALS + 1; a !== b && pair[0] === pair[1] && d <= MAX_DECIMALS; d += 1) {
    pair[0] = format(a, d);
    pair[1] = format(b, d);
  }
  return pair;
}
