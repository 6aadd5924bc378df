import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { aegisEvaluation, aegisRun } from '../../sim/fixtures/aegis.ts';
import { playScenario } from '../../sim/scenarios.ts';
import { startVendorSim, type VendorSim } from '../../sim/vendor-sim.ts';
import { API_KEY, everythingWritten, GITHUB_TOKEN, gate, gateAction } from '../helpers/gate.ts';
import { junitProblems } from '../helpers/junit-schema.ts';
import { visibleText } from '../helpers/markdown.ts';

describe('the built action with Aegis Evals', () => {
  let sim: VendorSim;
  before(async () => {
    sim = await startVendorSim();
  });
  after(() => sim.close());
  beforeEach(() => sim.requests.splice(0));

  it('passes a run that goes from in flight to passed', async () => {
    playScenario(sim, 'aegis', 'pass', '991');
    const result = await gate(sim, 'aegis');
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(result.outputs.passed, 'true');
    assert.equal(result.outputs.status, 'completed');
    assert.equal(result.outputs.score, '83.5');
    assert.equal(result.outputs.threshold, '70');
    assert.equal(result.outputs['pass-rate'], '1');
    assert.equal(result.outputs.sampled, 'false');
    assert.match(result.outputs['sample-rank'] ?? '', /^0\.\d+$/);
    assert.equal(sim.requests.length, 3);
    assert.ok(sim.requests.every((r) => r.path === '/api/v1/runs/991' && r.headers.authorization === `Bearer ${API_KEY}`));
    assert.match(result.summary, /^## ✅ Evals passed/);
    assert.match(result.summary, /^\| Run \| 991 \|$/m);
    assert.match(result.summary, /^\| Score \/ threshold \| 83\.5 \/ 70 \|$/m);
    assert.match(result.summary, /^\| Pass rate \| 100% \|$/m);
    assert.match(result.summary, /^\| Dataset \| Support QA \\- March \|$/m);
    const report = JSON.parse(await readFile(result.outputs.report ?? '', 'utf8'));
    assert.equal(report.verdict, 'pass');
    assert.equal(report.runs[0].score, 83.5);
  });

  it('fails a run the vendor fails, lists the failing records, and fails the step', async () => {
    playScenario(sim, 'aegis', 'fail', '991');
    const result = await gate(sim, 'aegis');
    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs.verdict, 'fail');
    assert.equal(result.outputs.passed, 'false');
    assert.equal(result.outputs.score, '61.5');
    assert.equal(result.outputs['pass-rate'], '0.3333333333333333');
    assert.match(result.stdout, /::error::eval-gate: fail: the vendor reports a fail \(score 61\.5, its threshold 70\)/);
    assert.match(result.summary, /Failing records of run 991: 2/);
    assert.match(result.summary, /Misses the 30\\-day window\./);
  });

  it('writes the JUnit file where the junit input says, and keeps the outputs at full precision', async () => {
    playScenario(sim, 'aegis', 'fail', '991');
    const dir = await mkdtemp(join(tmpdir(), 'eval-gate-junit-'));
    try {
      const result = await gate(sim, 'aegis', { junit: join(dir, 'reports', 'eval-gate.xml') });
      assert.equal(result.exitCode, 1);
      const xml = await readFile(join(dir, 'reports', 'eval-gate.xml'), 'utf8');
      assert.deepEqual(junitProblems(xml.trimEnd()).problems, []);
      assert.match(xml, /<testsuite name="Aegis Evals run 991" tests="6" failures="4" errors="0"/);
      assert.equal(result.outputs['pass-rate'], '0.3333333333333333');
      assert.match(result.summary, /^\| Pass rate \| 33\.3% \(1 of 3\) \|$/m);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('fails a run that passes the vendor but not the user threshold', async () => {
    sim.script('/api/v1/runs/991', [{ json: aegisRun({ result: 83.5 }) }]);
    const result = await gateAction(sim, 'aegis', { threshold: '88.25' });
    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs.verdict, 'fail');
    assert.equal(result.outputs.threshold, '88.25');
    assert.match(result.stdout, /score 83\.5 < 88\.25/);
  });

  it('reports but does not fail the step with fail-on: never', async () => {
    sim.script('/api/v1/runs/991', [{ json: aegisRun({ result: 50 }) }]);
    const result = await gateAction(sim, 'aegis', { 'fail-on': 'never' });
    assert.equal(result.exitCode, 0);
    assert.equal(result.outputs.verdict, 'fail');
    assert.match(result.stdout, /::warning::eval-gate: fail/);
  });

  it('uses is_gte_threshold, which must agree with result and threshold', async () => {
    sim.script('/api/v1/runs/991', [{ json: aegisRun({ result: 65, isGteThreshold: false }) }]);
    assert.equal((await gateAction(sim, 'aegis')).outputs.verdict, 'fail');
    sim.script('/api/v1/runs/991', [{ json: aegisRun({ result: 65, isGteThreshold: true }) }]);
    const contradiction = await gateAction(sim, 'aegis');
    assert.equal(contradiction.outputs.verdict, 'error');
    assert.match(
      contradiction.stdout,
      /fields "is_gte_threshold" \(true\) and "result" \(65\) disagree: the result is below the threshold of 70/,
    );
  });

  it('decides a finished run whose is_gte_threshold is null by result >= threshold, and says the verdict was derived', async () => {
    sim.script('/api/v1/runs/991', [{ json: aegisRun({ result: 75, isGteThreshold: null }) }]);
    const derived = await gateAction(sim, 'aegis');
    assert.equal(derived.outputs.verdict, 'pass', derived.stdout);
    assert.match(visibleText(derived.summary), /Verdict\s+derived by eval-gate: "is_gte_threshold" is null, and result 75 ≥ threshold 70/);
    sim.script('/api/v1/runs/991', [{ json: aegisRun({ result: 65, isGteThreshold: null }) }]);
    assert.equal((await gateAction(sim, 'aegis')).outputs.verdict, 'fail');
    sim.script('/api/v1/runs/991', [{ json: aegisRun({ result: null, isGteThreshold: null }) }]);
    const gap = await gateAction(sim, 'aegis');
    assert.equal(gap.outputs.verdict, 'error');
    assert.match(gap.stdout, /field "is_gte_threshold" is null on a finished run/);
  });

  it('never passes a finished run that evaluated nothing, whatever its verdict', async () => {
    sim.script('/api/v1/runs/991', [{ json: aegisRun({ evaluations: [], isGteThreshold: true }) }]);
    const result = await gateAction(sim, 'aegis', { threshold: '0' });
    assert.equal(result.outputs.verdict, 'error');
    assert.match(result.stdout, /field "evaluations": empty on a finished run, so nothing was evaluated/);
  });

  it('counts an evaluation that did not succeed as not passing', async () => {
    sim.script('/api/v1/runs/991', [
      { json: aegisRun({ evaluations: [aegisEvaluation(0), aegisEvaluation(1, { success: false, passed: true })] }) },
    ]);
    const result = await gateAction(sim, 'aegis', { 'min-pass-rate': '90%' });
    assert.equal(result.outputs['pass-rate'], '0.5');
    assert.equal(result.outputs.verdict, 'fail');
  });

  it('rejects bad input before any request', async () => {
    const result = await gateAction(sim, 'aegis', { threshold: 'eighty' });
    assert.equal(result.exitCode, 1);
    assert.match(result.stdout, /::error::eval-gate: threshold: expected a number, got "eighty"/);
    assert.match(visibleText(result.summary), /Evals could not be decided.*Why:\s+threshold: expected a number, got "eighty"/);
    assert.equal(sim.requests.length, 0);
    assert.equal(result.outputs.verdict, 'error');
    assert.equal(result.outputs.passed, 'false');
    const badId = await gateAction(sim, 'aegis', { 'run-id': 'abc' });
    assert.match(badId.stdout, /run-id: expected an integer run id for aegis, got "abc"/);
    assert.equal(sim.requests.length, 0);
  });

  it('is an error, never a pass, when the run does not finish in time', async () => {
    sim.script('/api/v1/runs/991', [{ json: aegisRun({ finished: false }) }]);
    const result = await gate(sim, 'aegis', { timeout: '1500ms' });
    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs.verdict, 'error');
    assert.equal(result.outputs.status, 'timed_out');
    const said = /timed out: waited [\d.]+m?s \(timeout 1.5s\) over \d+ poll\(s\); Aegis Evals last reported the run as still running/;
    assert.match(result.stdout, said);
    assert.match(visibleText(result.summary), said);
    assert.match(result.summary, /⚠️ Evals could not be decided/);
  });

  it('never writes the key or the token anywhere', async () => {
    sim.script('/api/v1/runs/991', [{ status: 401, text: `{"detail":"bad key ${API_KEY}"}` }]);
    const result = await gate(sim, 'aegis');
    assert.equal(result.outputs.verdict, 'error');
    assert.match(result.stdout, /authentication refused \(HTTP 401\)/);
    const written = everythingWritten(result).replace(/::add-mask::.*\n/g, '');
    assert.ok(!written.includes(API_KEY), 'api key leaked');
    assert.ok(!written.includes(GITHUB_TOKEN), 'token leaked');
    assert.match(result.stdout, new RegExp(`::add-mask::${API_KEY}`));
  });
});
