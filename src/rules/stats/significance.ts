// Which test a comparison gets, and its one-sided p-values. The test matches the
// quantity: records with scores are compared on their scores, others on pass/fail;
// paired by record key when the runs share keys, unpaired when they share none.
import type { RecordOutcomes } from '../../providers/record-outcomes.ts';
import type { Pairing } from './pairing.ts';
import { fisherExact, mcnemarExact, type OneSided, sampleOf, welchTest, wilcoxonSignedRank } from './tests.ts';

export interface Significance extends OneSided {
  test: 'exact McNemar' | 'Wilcoxon signed-rank' | "Fisher's exact" | "Welch's t";
  paired: boolean;
  /** Pairs for a paired test; both runs' records for an unpaired one. */
  n: number;
  /** What the test saw, in words, e.g. "7 of 40 paired records flipped (5 pass→fail, 2 fail→pass)". */
  seen: string;
}

/** The outcomes a comparison is about: one metric's, or all of them for the overall score. */
function inScope(records: RecordOutcomes, metric: string | null): (i: number) => boolean {
  if (metric === null) return () => true;
  const id = records.metrics.indexOf(metric);
  return (i) => id >= 0 && records.metricIndex[i] === id;
}

function indices(records: RecordOutcomes, keep: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < records.keys.length; i += 1) if (keep(i)) out.push(i);
  return out;
}

const hasScores = (records: RecordOutcomes, among: number[]) => among.some((i) => Number.isFinite(records.scores[i]));

function paired(c: RecordOutcomes, b: RecordOutcomes, pairs: Array<[number, number]>, scores: boolean): Significance | null {
  if (scores) {
    const differences = pairs.map(([i, j]) => (c.scores[i] ?? Number.NaN) - (b.scores[j] ?? Number.NaN)).filter((d) => Number.isFinite(d));
    if (differences.length === 0) return null;
    const changed = differences.filter((d) => d !== 0).length;
    const p = wilcoxonSignedRank(differences);
    const seen = `${changed} of ${differences.length} paired records scored differently`;
    return { test: 'Wilcoxon signed-rank', paired: true, n: differences.length, worse: p.worse, better: p.better, seen };
  }
  let passToFail = 0;
  let failToPass = 0;
  for (const [i, j] of pairs) {
    if (b.passed[j] === 1 && c.passed[i] === 0) passToFail += 1;
    if (b.passed[j] === 0 && c.passed[i] === 1) failToPass += 1;
  }
  const p = mcnemarExact(passToFail, failToPass);
  const seen = `${passToFail + failToPass} of ${pairs.length} paired records flipped (${passToFail} pass→fail, ${failToPass} fail→pass)`;
  return { test: 'exact McNemar', paired: true, n: pairs.length, ...p, seen };
}

function unpaired(c: RecordOutcomes, b: RecordOutcomes, ci: number[], bi: number[], scores: boolean): Significance | null {
  const n = ci.length + bi.length;
  if (scores) {
    const candidate = sampleOf(ci.map((i) => c.scores[i] ?? Number.NaN).filter(Number.isFinite));
    const baseline = sampleOf(bi.map((i) => b.scores[i] ?? Number.NaN).filter(Number.isFinite));
    if (candidate.n < 2 || baseline.n < 2 || candidate.variance + baseline.variance === 0) return null;
    const seen = `${candidate.n} records here, ${baseline.n} in the baseline, none shared`;
    return { test: "Welch's t", paired: false, n: candidate.n + baseline.n, ...welchTest(candidate, baseline), seen };
  }
  if (ci.length === 0 || bi.length === 0) return null;
  const passedOf = (r: RecordOutcomes, among: number[]) => among.filter((i) => r.passed[i] === 1).length;
  const candidate = { passed: passedOf(c, ci), n: ci.length };
  const baseline = { passed: passedOf(b, bi), n: bi.length };
  const seen = `${candidate.passed} of ${candidate.n} records pass here, ${baseline.passed} of ${baseline.n} in the baseline, none shared`;
  return { test: "Fisher's exact", paired: false, n, ...fisherExact(candidate, baseline), seen };
}

/** The test for one comparison (a metric, or the overall score for null); null when the records cannot tell. */
export function significanceOf(c: RecordOutcomes, b: RecordOutcomes, pairing: Pairing, metric: string | null): Significance | null {
  const [inC, inB] = [inScope(c, metric), inScope(b, metric)];
  const ci = indices(c, inC);
  const bi = indices(b, inB);
  const scores = hasScores(c, ci) && hasScores(b, bi);
  const pairs: Array<[number, number]> = [];
  pairing.candidate.forEach((i, k) => {
    const j = pairing.baseline[k] ?? -1;
    if (inC(i) && inB(j)) pairs.push([i, j]);
  });
  return pairs.length > 0 ? paired(c, b, pairs, scores) : unpaired(c, b, ci, bi, scores);
}
