import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { metricCheck } from '../../src/rules/checks.ts';
import { closestName } from '../../src/rules/suggest.ts';
import { gateRun } from '../helpers/runs.ts';

const metric = (name: string) => ({ name, score: 80, threshold: null, passed: null });
const run = gateRun({ metrics: [metric('ans_corr'), metric('faith')] });

describe('a metric threshold naming a metric the vendor does not report', () => {
  it('is an error, listing the metrics the run has and the likely one meant', () => {
    const check = metricCheck(run, { metric: 'faithfulness', min: 80 });
    assert.equal(check.outcome, 'error');
    assert.equal(
      check.detail,
      "metric faithfulness is not among the vendor's metrics for this run, which are ans_corr, faith; did you mean faith?",
    );
  });

  it('suggests nothing when no name is close, and says when the run has no metrics at all', () => {
    assert.equal(
      metricCheck(run, { metric: 'toxicity', min: 1 }).detail,
      "metric toxicity is not among the vendor's metrics for this run, which are ans_corr, faith",
    );
    assert.equal(
      metricCheck(gateRun({ metrics: [] }), { metric: 'faith', min: 1 }).detail,
      "metric faith is not among the vendor's metrics for this run: it reports none",
    );
  });

  it('lists at most ten names, saying how many more', () => {
    const many = gateRun({ metrics: Array.from({ length: 13 }, (_, i) => metric(`m${i}`)) });
    assert.match(metricCheck(many, { metric: 'zzz', min: 1 }).detail, /which are m0, m1, m2, m3, m4, m5, m6, m7, m8, m9 and 3 more$/);
  });
});

describe('the closest name', () => {
  it('takes a typo, a case slip, a longer or a shorter spelling of the same name', () => {
    const names = ['ans_corr', 'faith', 'answer_relevance'];
    assert.equal(closestName('fiath', names), 'faith');
    assert.equal(closestName('Faith', names), 'faith');
    assert.equal(closestName('faithfulness', names), 'faith');
    assert.equal(closestName('ans_correctness', names), 'ans_corr');
    assert.equal(closestName('relevance', names), 'answer_relevance');
  });

  it('takes nothing far off, nor a name too short to mean anything', () => {
    assert.equal(closestName('toxicity', ['ans_corr', 'faith']), null);
    assert.equal(closestName('a', ['ans_corr', 'faith']), null);
    assert.equal(closestName('faith', []), null);
  });

  it('weighs typos only in names a person would type; longer ones must contain each other', () => {
    const long = `${'x'.repeat(70)}a`;
    assert.equal(closestName(long, [`${'x'.repeat(70)}b`]), null);
    assert.equal(closestName(long, [`${long}_v2`]), `${long}_v2`);
    assert.equal(closestName(`${'y'.repeat(60)}ab`, [`${'y'.repeat(60)}ba`]), `${'y'.repeat(60)}ba`);
  });
});
