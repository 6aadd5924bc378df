import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { decideGate, decideRun, type RuleConfig } from '../../src/rules/rules.ts';
import { ALL_STATUSES, gateRun, noRules } from '../helpers/runs.ts';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const runArb = fc.record({
  status: fc.constantFrom(...ALL_STATUSES),
  vendorPassed: maybe(fc.boolean()),
  score: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
  passRate: maybe(fc.double({ min: 0, max: 1, noNaN: true })),
  sampleRank: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  problem: maybe(fc.constant('could not read the run')),
});
const configArb: fc.Arbitrary<RuleConfig> = fc.record({
  threshold: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
  minPassRate: maybe(fc.double({ min: 0, max: 1, noNaN: true })),
  metricThresholds: fc.constant([]),
  sampleRate: fc.double({ min: 0, max: 1, noNaN: true }),
  maxRegression: fc.constant(null),
});

describe('rules', () => {
  it('passes on the vendor verdict when the user sets no rule', () => {
    const d = decideRun(gateRun(), noRules);
    assert.equal(d.verdict, 'pass');
    assert.equal(d.thresholdApplied, 70);
  });

  it('fails on the vendor verdict', () => {
    const d = decideRun(gateRun({ vendorPassed: false, score: 61.5 }), noRules);
    assert.equal(d.verdict, 'fail');
    assert.equal(d.reason, 'the vendor reports a fail (score 61.5, its threshold 70)');
  });

  it('lets the user threshold decide in place of the vendor verdict, both ways', () => {
    const loosened = decideRun(gateRun({ vendorPassed: false, score: 61.5 }), { ...noRules, threshold: 60 });
    assert.equal(loosened.verdict, 'pass');
    assert.equal(loosened.thresholdApplied, 60);
    const tightened = decideRun(gateRun({ score: 83.5 }), { ...noRules, threshold: 90 });
    assert.equal(tightened.verdict, 'fail');
    assert.equal(tightened.reason, 'score 83.5 < 90');
  });

  it('fails a rule whose figure the vendor does not give, and says so', () => {
    const d = decideRun(gateRun({ passRate: null }), { ...noRules, minPassRate: 0.9 });
    assert.equal(d.verdict, 'fail');
    assert.match(d.reason, /min-pass-rate 90% is set, but the vendor gives no pass rate/);
  });

  it('is an error when the vendor gives no verdict and no rule decides', () => {
    const d = decideRun(gateRun({ vendorPassed: null, verdictGap: 'field "result" is null' }), noRules);
    assert.equal(d.verdict, 'error');
    assert.match(d.reason, /field "result" is null/);
  });

  it('checks per-metric thresholds', () => {
    const run = gateRun({ metrics: [{ name: 'faith', score: 71, threshold: null, passed: null }] });
    assert.equal(decideRun(run, { ...noRules, metricThresholds: [{ metric: 'faith', min: 70 }] }).verdict, 'pass');
    const low = decideRun(run, { ...noRules, metricThresholds: [{ metric: 'faith', min: 80 }] });
    assert.equal(low.verdict, 'fail');
    assert.equal(low.reason, 'metric faith 71 < 80');
    // A metric the vendor does not return cannot be decided: an error (which fail-on: never cannot wave through), never a pass.
    const missing = decideRun(run, { ...noRules, metricThresholds: [{ metric: 'tox', min: 1 }] });
    assert.equal(missing.verdict, 'error');
    assert.equal(missing.reason, "metric tox is not among the vendor's metrics for this run, which are faith");
  });

  it('a vendor-failed or cancelled run fails; a run we could not read is an error', () => {
    assert.equal(decideRun(gateRun({ status: 'failed' }), noRules).verdict, 'fail');
    assert.equal(decideRun(gateRun({ status: 'cancelled' }), noRules).verdict, 'fail');
    assert.equal(decideRun(gateRun({ status: 'timed_out' }), noRules).verdict, 'error');
    assert.equal(decideRun(gateRun({ status: 'cancelled', problem: 'the job was cancelled' }), noRules).verdict, 'error');
  });

  it('property: only a completed, readable run can pass', () => {
    fc.assert(
      fc.property(runArb, configArb, (over, config) => {
        const run = gateRun(over);
        const d = decideRun(run, config);
        if (d.verdict === 'pass') {
          assert.equal(run.status, 'completed');
          assert.equal(run.problem, null);
        }
        if (run.problem !== null || ['pending', 'running', 'timed_out', 'error'].includes(run.status)) {
          assert.equal(d.verdict, 'error');
        }
      }),
    );
  });

  it('property: a pass under user rules means every figure met its minimum', () => {
    fc.assert(
      fc.property(runArb, configArb, (over, config) => {
        const run = gateRun(over);
        const d = decideRun(run, config);
        if (d.verdict !== 'pass') return;
        if (config.threshold !== null) assert.ok(run.score !== null && run.score >= config.threshold);
        if (config.minPassRate !== null) assert.ok(run.passRate !== null && run.passRate >= config.minPassRate);
        if (config.threshold === null && config.minPassRate === null) assert.equal(run.vendorPassed, true);
      }),
    );
  });

  it('property: sampling flags rank < rate and never changes the verdict', () => {
    fc.assert(
      fc.property(runArb, configArb, (over, config) => {
        const run = gateRun(over);
        const d = decideRun(run, config);
        assert.equal(d.sampled, run.sampleRank < config.sampleRate);
        assert.equal(d.verdict, decideRun(run, { ...config, sampleRate: 0 }).verdict);
      }),
    );
  });

  it('property: several runs pass only when each passes; any error makes an error', () => {
    fc.assert(
      fc.property(fc.array(runArb, { minLength: 1, maxLength: 6 }), configArb, (overs, config) => {
        const runs = overs.map((o, i) => gateRun({ ...o, runId: String(i) }));
        const gate = decideGate(runs, config);
        const each = runs.map((r) => decideRun(r, config).verdict);
        assert.equal(
          gate.verdict === 'pass',
          each.every((v) => v === 'pass'),
        );
        assert.equal(gate.verdict === 'error', each.includes('error'));
        assert.equal(
          gate.sampled,
          runs.some((r) => r.sampleRank < config.sampleRate),
        );
      }),
    );
  });
});
