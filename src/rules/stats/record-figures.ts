// The per-record figures the report shows beside the baseline: each pass rate
// with its 95% Wilson interval and n, the records' score change with its 95%
// interval, and the records that flipped, newly failing first.
import type { RecordOutcomes } from '../../providers/record-outcomes.ts';
import { type Interval, pairedMeanInterval, welchInterval, wilsonInterval } from './intervals.ts';
import { type Pairing, recordName } from './pairing.ts';
import { sampleOf } from './tests.ts';

/** Flipped records named in the report; the rest are counted. */
export const FLIPS_SHOWN = 20;

export interface RateFigure {
  passed: number;
  n: number;
  interval: Interval;
}

export interface RecordFigures {
  paired: number;
  onlyCandidate: number;
  onlyBaseline: number;
  candidateRate: RateFigure | null;
  baselineRate: RateFigure | null;
  /** The mean change of the records' scores, in the vendor's points; paired when the runs share keys. */
  scoreChange: { mean: number; interval: Interval | null; paired: boolean } | null;
  newlyFailing: string[];
  newlyFailingCount: number;
  newlyPassing: string[];
  newlyPassingCount: number;
}

function rateOf(records: RecordOutcomes): RateFigure | null {
  const n = records.passed.length;
  if (n === 0) return null;
  const passed = records.passed.reduce((sum, p) => sum + p, 0);
  return { passed, n, interval: wilsonInterval(passed, n) };
}

const finite = (values: Iterable<number>) => [...values].filter(Number.isFinite);

function scoreChangeOf(c: RecordOutcomes, b: RecordOutcomes, pairing: Pairing): RecordFigures['scoreChange'] {
  if (pairing.candidate.length > 0) {
    const differences = sampleOf(
      finite(pairing.candidate.map((i, k) => (c.scores[i] ?? Number.NaN) - (b.scores[pairing.baseline[k] ?? -1] ?? Number.NaN))),
    );
    if (differences.n === 0) return null;
    return { mean: differences.mean, interval: differences.n > 1 ? pairedMeanInterval(differences) : null, paired: true };
  }
  const [candidate, baseline] = [sampleOf(finite(c.scores)), sampleOf(finite(b.scores))];
  if (candidate.n === 0 || baseline.n === 0) return null;
  const spread = candidate.n > 1 && baseline.n > 1 && candidate.variance + baseline.variance > 0;
  return { mean: candidate.mean - baseline.mean, interval: spread ? welchInterval(candidate, baseline) : null, paired: false };
}

export function recordFigures(c: RecordOutcomes, b: RecordOutcomes, pairing: Pairing): RecordFigures {
  const newlyFailing: string[] = [];
  const newlyPassing: string[] = [];
  let newlyFailingCount = 0;
  let newlyPassingCount = 0;
  pairing.candidate.forEach((i, k) => {
    const before = b.passed[pairing.baseline[k] ?? -1];
    const after = c.passed[i];
    if (before === 1 && after === 0 && ++newlyFailingCount <= FLIPS_SHOWN) newlyFailing.push(recordName(c, i));
    if (before === 0 && after === 1 && ++newlyPassingCount <= FLIPS_SHOWN) newlyPassing.push(recordName(c, i));
  });
  return {
    paired: pairing.candidate.length,
    onlyCandidate: pairing.onlyCandidate,
    onlyBaseline: pairing.onlyBaseline,
    candidateRate: rateOf(c),
    baselineRate: rateOf(b),
    scoreChange: scoreChangeOf(c, b, pairing),
    newlyFailing,
    newlyFailingCount,
    newlyPassing,
    newlyPassingCount,
  };
}
