// Nothing passes by omission: a rule set is an input error, a visible `skipped` with its reason, or a rule that runs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../src/errors.ts';
import { type InputName, parseInputs } from '../../src/inputs/inputs.ts';
import { regressionCheck } from '../../src/rules/baseline.ts';
import { decideGate, decideRun } from '../../src/rules/rules.ts';
import { gateRun, noRules } from '../helpers/runs.ts';

const base: Partial<Record<InputName, string>> = { provider: 'aegis', 'run-id': '991', 'api-key': 'sk_test' };
const parse = (over: Partial<Record<InputName, string>>) => parseInputs((name) => ({ ...base, ...over })[name] ?? '');

function refused(over: Partial<Record<InputName, string>>, message: RegExp): void {
  assert.throws(
    () => parse(over),
    (error: unknown) => error instanceof InputError && message.test(error.message),
  );
}

describe('settings that would drop a rule are input errors', () => {
  it('max-regression without baseline-run-id', () => {
    refused({ 'max-regression': '2' }, /^max-regression: expected baseline-run-id beside it .*, got max-regression 2 alone$/);
    assert.equal(parse({ 'max-regression': '2', 'baseline-run-id': '900' }).maxRegression, 2);
  });

  it('a baseline that is also one of the runs gated (it would be compared with itself)', () => {
    refused({ 'run-id': '991, 992', 'baseline-run-id': '992' }, /^baseline-run-id: expected a run other than those gated, got "992"/);
  });

  it('sample-label with sample-rate 0, which flags no run, so the label is never put', () => {
    refused({ 'sample-label': 'needs-review' }, /^sample-label: expected sample-rate above 0 beside it/);
    assert.equal(parse({ 'sample-label': 'needs-review', 'sample-rate': '5%' }).sampleLabel, 'needs-review');
  });
});

describe('rules that cannot run are never left out', () => {
  it('a gate with no run to judge is an error, never "all 0 runs pass"', () => {
    const gate = decideGate([], noRules);
    assert.equal(gate.verdict, 'error');
    assert.equal(gate.reason, 'there is no run to judge');
  });

  it('max-regression with no baseline reaching the rules (auto found none) is a visible skip, not a pass of the rule', () => {
    assert.equal(regressionCheck(null, null, 2)?.check.outcome, 'skipped');
    assert.equal(regressionCheck(null, null, null), null);
    const decision = decideRun(gateRun(), { ...noRules, maxRegression: 2 }, null);
    const rule = decision.checks.find((c) => c.rule === 'max-regression');
    assert.equal(rule?.outcome, 'skipped');
    assert.match(rule?.detail ?? '', /no passing baseline was found/);
  });

  it("the vendor's verdict, when threshold or min-pass-rate decides in its place, is shown skipped with what it said", () => {
    const run = gateRun({ vendorPassed: false, score: 61.5 });
    const decision = decideRun(run, { ...noRules, threshold: 60, minPassRate: 0.5 });
    assert.equal(decision.verdict, 'pass');
    assert.deepEqual(decision.checks[1], {
      rule: "vendor's verdict",
      outcome: 'skipped',
      detail: 'threshold and min-pass-rate are set and decide in its place (the vendor reports a fail)',
    });
    assert.doesNotMatch(decision.reason, /vendor/);
  });

  it('a threshold on a run without a score fails, and a metric the vendor never reported is an error, each saying why', () => {
    const noScore = decideRun(gateRun({ score: null }), { ...noRules, threshold: 50 });
    assert.equal(noScore.verdict, 'fail');
    assert.match(noScore.reason, /threshold 50 is set, but the vendor gives no score for this run/);
    const noMetric = decideRun(gateRun(), { ...noRules, metricThresholds: [{ metric: 'faith', min: 0.5 }] });
    assert.equal(noMetric.verdict, 'error');
    assert.match(noMetric.reason, /metric faith is not among the vendor's metrics/);
  });
});
