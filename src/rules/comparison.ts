import type { RegressionOutcome } from './regression.ts';
import type { RecordFigures } from './stats/record-figures.ts';
import type { Significance } from './stats/significance.ts';

// The comparison with a baseline and the max-regression rule's result, as types apart from
// baseline.ts, so that significant-regression.ts (which baseline.ts calls) can name them without a cycle.

export interface MetricChange {
  name: string;
  baseline: number;
  candidate: number;
  delta: number;
  /** The test on this metric's records; null when the records cannot tell. */
  significance: Significance | null;
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
  /** The test on the records behind the score; null when the records cannot tell. */
  scoreSignificance: Significance | null;
  /** Per-record figures, when both runs list their records. */
  records: RecordFigures | null;
}

export interface RegressionResult {
  outcome: 'pass' | 'fail';
  detail: string;
  regression: RegressionOutcome;
}
