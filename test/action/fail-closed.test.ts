// A sample of issue 13's corrupted payloads through the action (in this process, in virtual time; the built dist/
// reads every vendor in conformance.test.ts): never a pass, the field named.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { aegisEvaluation, aegisRun } from '../../sim/fixtures/aegis.ts';
import { avidoRun } from '../../sim/fixtures/avido.ts';
import { eigenpalRun } from '../../sim/fixtures/eigenpal.ts';
import { runtypeResults } from '../../sim/fixtures/runtype.ts';
import { playScenario } from '../../sim/scenarios.ts';
import { startVendorSim, type VendorSim } from '../../sim/vendor-sim.ts';
import type { ProviderName } from '../../src/model.ts';
import { gateAction } from '../helpers/gate.ts';

let sim: VendorSim;
before(async () => {
  sim = await startVendorSim();
});
after(() => sim.close());

const serve = (vendor: ProviderName, body: unknown) => playScenario(sim, vendor, 'pass', '991', [{ json: body }]);

const CORRUPTED: Array<{ vendor: ProviderName; what: string; body: unknown; names: RegExp; inputs?: Record<string, string> }> = [
  {
    vendor: 'aegis',
    what: 'is_success "false"',
    body: aegisRun({ evaluations: [aegisEvaluation(0), { ...aegisEvaluation(1), is_success: 'false' as never }] }),
    names: /field "evaluations\[1\]\.is_success": expected true or false or null, got the string \\?"false\\?"/,
    inputs: { 'min-pass-rate': '50%' },
  },
  {
    vendor: 'eigenpal',
    what: 'a score of 91 on the 0–1 scale',
    body: eigenpalRun({ status: 'completed', evalScore: 91 }),
    names: /field "eval\.score": expected a number from 0 to 1 or null, got 91/,
    inputs: { threshold: '0.8' },
  },
  {
    vendor: 'avido',
    what: 'status FAILED beside result PASSED',
    body: avidoRun('FAILED', 'PASSED'),
    names: /fields "status" \(the string \\?"FAILED\\?"\) and "result" \(the string \\?"PASSED\\?"\) disagree/,
  },
  {
    vendor: 'runtype',
    what: 'status "COMPLETED"',
    body: runtypeResults('COMPLETED', 50, 0),
    names: /field "status": expected a known state/,
  },
];

describe('corrupted payloads through the built action', () => {
  for (const c of CORRUPTED) {
    it(`${c.vendor}: ${c.what} is an error that names the field, and the step fails`, async () => {
      serve(c.vendor, c.body);
      const result = await gateAction(sim, c.vendor, c.inputs);
      assert.equal(result.outputs.verdict, 'error', result.stdout);
      assert.equal(result.outputs.passed, 'false');
      assert.equal(result.exitCode, 1);
      assert.match(result.stdout, c.names);
    });
  }

  it('eigenpal: finished and execution.status that disagree keep it polling, then time out saying which', async () => {
    serve('eigenpal', eigenpalRun({ finished: false, status: 'completed' }));
    const result = await gateAction(sim, 'eigenpal', { timeout: '1s' });
    assert.equal(result.outputs.verdict, 'error', result.stdout);
    assert.equal(result.outputs.status, 'timed_out');
    assert.match(result.stdout, /"finished" is false but "execution\.status" is "completed"/);
  });

  it('max-regression without baseline-run-id is an input error before any request, never a pass with the rule dropped', async () => {
    sim.requests.splice(0);
    serve('aegis', aegisRun());
    const result = await gateAction(sim, 'aegis', { 'max-regression': '2' });
    assert.equal(result.outputs.verdict, 'error', result.stdout);
    assert.equal(result.exitCode, 1);
    assert.match(result.stdout, /max-regression: expected baseline-run-id beside it/);
    assert.equal(sim.requests.length, 0);
  });
});
