// max-regression with regression-confidence: a drop over the limit fails only
// when its test shows it is real at that confidence; otherwise it is
// `inconclusive` (could be noise), which the report explains and does not fail.
import { formatScore as n } from '../numbers.ts';
import type { Significance } from './stats/significance.ts';

export type RegressionOutcome = 'regressed' | 'improved' | 'unchanged' | 'inconclusive';
/** The `regression` output: `none` without a baseline or a max-regression rule. */
export type RegressionOutput = RegressionOutcome | 'none';

/** One compared figure (the score or a metric) and what became of it. */
export interface Judgement {
  what: string;
  delta: number;
  outcome: RegressionOutcome;
  significance: Significance | null;
}

const RANK: Record<RegressionOutput, number> = { none: 0, unchanged: 1, improved: 2, inconclusive: 3, regressed: 4 };

/** The outcome that speaks for several: a regression over anything, then could-be-noise, then an improvement. */
export function worstRegression(outcomes: Iterable<RegressionOutput>): RegressionOutput {
  let worst: RegressionOutput = 'none';
  for (const outcome of outcomes) if (RANK[outcome] > RANK[worst]) worst = outcome;
  return worst;
}

/** A p-value as people read it: two significant digits, and `< 0.001` below that. */
export function formatP(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${Number(p.toPrecision(2))}`;
}

/** `confidence` is the one-sided level (0.95): a p-value at or below 1 − confidence is significant. */
export function judge(what: string, delta: number, maxPoints: number, significance: Significance | null, confidence: number): Judgement {
  const alpha = 1 - confidence;
  let outcome: RegressionOutcome = 'unchanged';
  if (-delta > maxPoints) outcome = significance && significance.worse <= alpha ? 'regressed' : 'inconclusive';
  else if (delta > 0 && significance && significance.better <= alpha) outcome = 'improved';
  return { what, delta, outcome, significance };
}

const testName = (s: Significance) => `${s.test}${s.paired ? '' : ', unpaired: the runs share no record key'}`;

/** Why a judgement came out as it did, in one clause. */
export function explain(j: Judgement, confidence: number): string {
  const s = j.significance;
  const level = `${n(confidence * 100, 1)}%`;
  switch (j.outcome) {
    case 'regressed':
      return `significant at ${level}: ${s?.seen}, ${formatP(s?.worse ?? 0)} (${s ? testName(s) : ''})`;
    case 'inconclusive':
      return s
        ? `could be noise: ${s.seen}, ${formatP(s.worse)} (${testName(s)}); more records or a repeat would tell`
        : 'could be noise: the records cannot tell (the vendor lists too few with a key, a score or a verdict in one of the runs); more records or a repeat would tell';
    case 'improved':
      return `improved, significant at ${level}: ${s?.seen}, ${formatP(s?.better ?? 0)}`;
    case 'unchanged':
      return 'within max-regression';
  }
}
