// Our statistics against SciPy's (test/fixtures/stats-reference.json, written by
// scripts/stats-reference.py): every p-value and interval bound to 1e-6.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { normalCdf, studentTCdf, studentTQuantile } from '../../src/rules/stats/special.ts';
import { fisherExact, mcnemarExact, sampleOf, welchTest, wilcoxonSignedRank } from '../../src/rules/stats/tests.ts';
import { pairedMeanInterval, welchInterval, wilsonInterval } from '../../src/rules/stats/intervals.ts';

interface Reference {
  scipy: string;
  mcnemar: Array<{ passToFail: number; failToPass: number; worse: number; better: number }>;
  fisher: Array<{ candidate: { passed: number; n: number }; baseline: { passed: number; n: number }; worse: number; better: number }>;
  wilcoxon: Array<{ differences: number[]; worse: number; better: number }>;
  welch: Array<{ candidate: number[]; baseline: number[]; worse: number; better: number; interval: [number, number] }>;
  pairedInterval: Array<{ candidate: number[]; baseline: number[]; level: number; interval: [number, number] }>;
  wilson: Array<{ passed: number; n: number; level: number; interval: [number, number] }>;
  special: {
    studentT: Array<{ t: number; df: number; cdf: number }>;
    normal: Array<{ z: number; cdf: number }>;
    studentTQuantile: Array<{ p: number; df: number; quantile: number }>;
  };
}

const reference = JSON.parse(readFileSync(new URL('../fixtures/stats-reference.json', import.meta.url), 'utf8')) as Reference;
const TOLERANCE = 1e-6;

function close(actual: number, expected: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= TOLERANCE, `${what}: ours ${actual}, SciPy ${reference.scipy} ${expected}`);
}

describe(`statistics against SciPy ${reference.scipy}`, () => {
  it('exact McNemar, both directions', () => {
    for (const c of reference.mcnemar) {
      const p = mcnemarExact(c.passToFail, c.failToPass);
      close(p.worse, c.worse, `McNemar ${c.passToFail}/${c.failToPass} worse`);
      close(p.better, c.better, `McNemar ${c.passToFail}/${c.failToPass} better`);
    }
  });

  it("Fisher's exact test on two pass rates", () => {
    for (const c of reference.fisher) {
      const p = fisherExact(c.candidate, c.baseline);
      close(p.worse, c.worse, `Fisher ${JSON.stringify(c.candidate)} vs ${JSON.stringify(c.baseline)} worse`);
      close(p.better, c.better, `Fisher ${JSON.stringify(c.candidate)} vs ${JSON.stringify(c.baseline)} better`);
    }
  });

  it('Wilcoxon signed-rank: exact, enumerated with ties and zeros, and the normal approximation', () => {
    const methods = new Set<string>();
    for (const c of reference.wilcoxon) {
      const p = wilcoxonSignedRank(c.differences);
      methods.add(p.method);
      close(p.worse, c.worse, `Wilcoxon n=${c.differences.length} (${p.method}) worse`);
      close(p.better, c.better, `Wilcoxon n=${c.differences.length} (${p.method}) better`);
    }
    assert.deepEqual([...methods].sort(), ['enumerated', 'exact', 'normal']);
  });

  it("Welch's test and its interval", () => {
    for (const c of reference.welch) {
      const [candidate, baseline] = [sampleOf(c.candidate), sampleOf(c.baseline)];
      const p = welchTest(candidate, baseline);
      close(p.worse, c.worse, `Welch n=${candidate.n}/${baseline.n} worse`);
      close(p.better, c.better, `Welch n=${candidate.n}/${baseline.n} better`);
      const interval = welchInterval(candidate, baseline);
      close(interval.low, c.interval[0], 'Welch interval low');
      close(interval.high, c.interval[1], 'Welch interval high');
    }
  });

  it('the paired mean-difference interval', () => {
    for (const c of reference.pairedInterval) {
      const differences = sampleOf(c.candidate.map((value, i) => value - (c.baseline[i] ?? 0)));
      const interval = pairedMeanInterval(differences, c.level);
      close(interval.low, c.interval[0], `paired interval n=${c.candidate.length} low`);
      close(interval.high, c.interval[1], `paired interval n=${c.candidate.length} high`);
    }
  });

  it('Wilson intervals for pass rates', () => {
    for (const c of reference.wilson) {
      const interval = wilsonInterval(c.passed, c.n, c.level);
      close(interval.low, c.interval[0], `Wilson ${c.passed}/${c.n} low`);
      close(interval.high, c.interval[1], `Wilson ${c.passed}/${c.n} high`);
    }
  });

  it('the normal and Student t distributions', () => {
    for (const c of reference.special.normal) close(normalCdf(c.z), c.cdf, `Φ(${c.z})`);
    for (const c of reference.special.studentT) close(studentTCdf(c.t, c.df), c.cdf, `t cdf(${c.t}, ${c.df})`);
    for (const c of reference.special.studentTQuantile) close(studentTQuantile(c.p, c.df), c.quantile, `t ppf(${c.p}, ${c.df})`);
  });
});
