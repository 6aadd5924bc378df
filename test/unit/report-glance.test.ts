import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderReport } from '../../src/report/render.ts';
import { decideGate } from '../../src/rules/rules.ts';
import { gateRun, noRules } from '../helpers/runs.ts';

const failing = gateRun({
  score: 0.7912964255368653,
  vendorThreshold: 0.8,
  vendorPassed: false,
  passRate: 1 / 3,
  failureCount: 2,
  sampleRank: 0.7912964255368653,
  metrics: [
    { name: 'faith', score: 0.83333333, threshold: 0.8, passed: true },
    { name: 'relevance', score: 0.41, threshold: 0.8, passed: false },
  ],
});

describe('the report at a glance', () => {
  it('says the verdict and the one reason in its first lines, with the figure against its threshold', () => {
    const lines = renderReport(decideGate([failing], noRules), { name: null, sampleRate: 0 }).split('\n');
    assert.equal(lines[0], '## ❌ Evals failed');
    assert.equal(lines[2], '**Why:** the vendor reports a fail \\(score 0.791, its threshold 0.8\\)');
  });

  it('prints numbers for people, not machine numbers', () => {
    const report = renderReport(decideGate([failing], noRules), { name: null, sampleRate: 0 });
    assert.match(report, /^\| Pass rate \| 33\.3% \(1 of 3\) \|$/m);
    assert.match(report, /^\| Score \/ threshold \| 0\.791 \/ 0\.8 \|$/m);
    assert.match(report, /derived rank 0\.791\)/);
    assert.match(report, /^\| faith \| 0\.833 \| 0\.8 \| ✅ pass \|$/m);
    assert.doesNotMatch(report, /\d\.\d{4,}/);
  });

  it('marks rules, metrics and runs with ✅/❌/⚠️', () => {
    const report = renderReport(decideGate([failing], noRules), { name: null, sampleRate: 0 });
    assert.match(report, /^\| Verdict \| \*\*❌ fail\*\* \|$/m);
    assert.match(report, /^\| run finished \| ✅ pass \|/m);
    assert.match(report, /^\| vendor's verdict \| ❌ fail \|/m);
    assert.match(report, /^\| relevance \| 0\.41 \| 0\.8 \| ❌ fail \|$/m);
    const undecided = renderReport(decideGate([gateRun({ status: 'error', problem: 'HTTP 401' })], noRules), { name: null, sampleRate: 0 });
    assert.match(undecided, /^\| run finished \| ⚠️ error \|/m);
  });

  it('never rounds a figure to read the same as the threshold it missed', () => {
    const report = renderReport(decideGate([gateRun({ score: 69.9996 })], { ...noRules, threshold: 70 }), { name: null, sampleRate: 0 });
    assert.match(report, /score 69\.9996 &lt; 70/);
    assert.match(report, /^\| Score \/ threshold \| 69\.9996 \/ 70 \|$/m);
  });
});
