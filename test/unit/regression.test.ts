// max-regression with regression-confidence, on runs the Aegis adapter parsed
// from documented bodies: a real drop fails, noise is inconclusive, and
// without a confidence the rule is today's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aegisEvaluation, aegisRun } from '../../sim/fixtures/aegis.ts';
import { aegis } from '../../src/providers/aegis.ts';
import { decideGate, decideRun } from '../../src/rules/rules.ts';
import { gateRun, noRules } from '../helpers/runs.ts';
import { formatP } from '../../src/rules/regression.ts';
import { mcnemarExact } from '../../src/rules/stats/tests.ts';

/** An Aegis run of `n` records; `resultOf(i)` gives each record's result (pass at 70). */
function run(runId: string, n: number, resultOf: (i: number) => number, score: number, keyOffset = 0) {
  const evaluations = Array.from({ length: n }, (_, i) => {
    const e = aegisEvaluation(i, { result: resultOf(i) });
    return { ...e, record: { ...e.record, id: 5000 + keyOffset + i } };
  });
  const mean = evaluations.reduce((sum, e) => sum + (e.result ?? 0), 0) / n;
  const snapshot = aegis.parse(aegisRun({ result: score, evaluations, aggregate: { ans_corr: mean } }));
  return gateRun({ ...snapshot, sampleRank: 0.5, runId });
}

const baselineOf = (r: ReturnType<typeof run>) => ({ runId: r.runId, run: r, problem: null });
const rules = { ...noRules, maxRegression: 2, regressionConfidence: 0.95 };

describe('max-regression with regression-confidence', () => {
  it('fails a drop over the limit that the paired records show is real', () => {
    const before = run('b', 400, (i) => 80 + (i % 10), 84.5);
    const after = run('c', 400, (i) => 76 + (i % 10) - (i % 3), 79.5);
    const decision = decideRun(after, rules, baselineOf(before));
    assert.equal(decision.verdict, 'fail');
    assert.equal(decision.regression, 'regressed');
    assert.match(decision.reason, /score 79\.5 is 5 below the baseline's, significant at 95%: .* p < 0\.001 \(Wilcoxon signed-rank\)/);
    assert.equal(decision.comparison?.records?.paired, 400);
  });

  it('calls a drop over the limit on a few records inconclusive, says what would settle it, and passes', () => {
    const before = run('b', 5, (i) => [90, 85, 80, 75, 95][i] ?? 0, 85);
    const after = run('c', 5, (i) => [88, 86, 74, 70, 93][i] ?? 0, 82);
    const decision = decideRun(after, rules, baselineOf(before));
    assert.equal(decision.verdict, 'pass');
    assert.equal(decision.regression, 'inconclusive');
    assert.match(
      decision.reason,
      /could be noise: 5 of 5 paired records scored differently, p = 0\.063 \(Wilcoxon signed-rank\); more records or a repeat would tell/,
    );
  });

  it('tests pass/fail records with exact McNemar on the flips when the records carry no score', () => {
    const before = run('b', 40, () => 90, 90);
    const after = run('c', 40, (i) => (i < 5 ? 10 : 90), 80);
    for (const r of [before, after]) r.records?.scores.fill(Number.NaN);
    const decision = decideRun(after, rules, baselineOf(before));
    assert.equal(decision.regression, 'regressed');
    // 5 pass→fail, 0 fail→pass: p = 2⁻⁵ = 0.03125.
    assert.match(decision.reason, /5 of 40 paired records flipped \(5 pass→fail, 0 fail→pass\), p = 0\.031 \(exact McNemar\)/);
    assert.deepEqual(decision.comparison?.records?.newlyFailing.slice(0, 2), ['record 5000 (ans_corr)', 'record 5001 (ans_corr)']);
  });

  it('uses an unpaired test, and says so, when the runs share no record key', () => {
    const before = run('b', 60, (i) => 85 + (i % 5), 87);
    const after = run('c', 60, (i) => 70 + (i % 5), 72, 10_000);
    const decision = decideRun(after, rules, baselineOf(before));
    assert.equal(decision.regression, 'regressed');
    assert.match(decision.reason, /Welch's t, unpaired: the runs share no record key/);
    assert.deepEqual([decision.comparison?.records?.onlyCandidate, decision.comparison?.records?.onlyBaseline], [60, 60]);
  });

  it('reports a significant rise as improved, and a drop within the limit as unchanged', () => {
    const before = run('b', 200, (i) => 70 + (i % 10), 74.5);
    const up = decideRun(
      run('c', 200, (i) => 80 + (i % 10), 84.5),
      rules,
      baselineOf(before),
    );
    assert.deepEqual([up.verdict, up.regression], ['pass', 'improved']);
    const flat = decideRun(
      run('c', 200, (i) => 69 + (i % 10), 73.5),
      rules,
      baselineOf(before),
    );
    assert.deepEqual([flat.verdict, flat.regression], ['pass', 'unchanged']);
  });

  it('keeps the rule as it was without regression-confidence: any drop over the limit fails', () => {
    const before = run('b', 5, (i) => [90, 85, 80, 75, 95][i] ?? 0, 85);
    const after = run('c', 5, (i) => [88, 86, 74, 70, 93][i] ?? 0, 82);
    const decision = decideRun(after, { ...rules, regressionConfidence: null }, baselineOf(before));
    assert.deepEqual([decision.verdict, decision.regression], ['fail', 'regressed']);
    assert.equal(
      decision.reason,
      "score 82 is 3 below the baseline's 85; metric ans_corr 82.2 is 2.8 below the baseline's 85 (max-regression 2)",
    );
  });

  it('says none without a baseline or without the rule', () => {
    const r = run('c', 5, () => 90, 90);
    assert.equal(decideGate([r], rules, null).regression, 'none');
    assert.equal(decideGate([r], noRules, baselineOf(run('b', 5, () => 90, 90))).regression, 'none');
  });
});

describe("the README's worked example", () => {
  it('7 of 40 flips, 5 pass→fail: p = 29/128, inconclusive; 50 against 20 of 400: regressed', () => {
    const p = mcnemarExact(5, 2);
    assert.ok(Math.abs(p.worse - 29 / 128) < 1e-12);
    assert.equal(formatP(p.worse), 'p = 0.23');
    assert.ok(mcnemarExact(50, 20).worse < 0.001);
  });
});
