// The built action over every adapter: pass, fail and an error once each, for what only the
// bundle shows (exit code, outputs, annotations, the key kept out). Adapter behaviour is
// tested in-process, in virtual time: test/adapters/.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { playScenario, scenarioInputs } from '../../sim/scenarios.ts';
import { TIMELINES } from '../../sim/timelines.ts';
import { startVendorSim, type VendorSim } from '../../sim/vendor-sim.ts';
import { PROVIDER_NAMES } from '../../src/providers/index.ts';
import { API_KEY, everythingWritten, gate } from '../helpers/gate.ts';

for (const vendor of PROVIDER_NAMES) {
  const t = TIMELINES[vendor];
  const runId = '991';
  const runPath = `${t.basePath}${t.resource(runId)}`;

  describe(`the built action with ${vendor}`, () => {
    let sim: VendorSim;
    before(async () => {
      sim = await startVendorSim();
    });
    after(() => sim.close());
    beforeEach(() => sim.requests.splice(0));

    it('in flight, then passed: pass, and the step passes', async () => {
      playScenario(sim, vendor, 'pass', runId);
      const result = await gate(sim, vendor);
      assert.equal(result.outputs.verdict, 'pass', result.stdout);
      assert.equal(result.exitCode, 0);
      assert.equal(result.outputs.status, 'completed');
      assert.match(result.outputs['sample-rank'] ?? '', /^0(\.\d+)?$/);
      // Humanloop shut down on 2025-09-08: every use says so, and no other vendor's does.
      const discontinued = /^::warning::eval-gate: Humanloop is discontinued: it shut its platform down on 2025-09-08/m;
      if (vendor === 'humanloop') assert.match(result.stdout, discontinued);
      else assert.doesNotMatch(result.stdout, /discontinued/);
    });

    it('in flight, then failed: fail, the step fails, and the key is written nowhere', async () => {
      playScenario(sim, vendor, 'fail', runId);
      const result = await gate(sim, vendor, scenarioInputs(vendor));
      assert.equal(result.outputs.verdict, 'fail', result.stdout);
      assert.equal(result.exitCode, 1);
      assert.equal(result.outputs.status, 'completed');
      assert.ok(Number(result.outputs.score) < Number(result.outputs.threshold), result.summary);
      assert.match(result.stdout, /::error::eval-gate: fail/);
      assert.ok(
        !everythingWritten(result)
          .replace(/::add-mask::.*\n/g, '')
          .includes(API_KEY),
      );
    });

    it('a missing required field: error, the step fails, and the log names the field and the request', async () => {
      const { body, field } = t.missingRequired();
      playScenario(sim, vendor, 'pass', runId, [{ json: body }]);
      const result = await gate(sim, vendor);
      assert.equal(result.outputs.verdict, 'error', result.stdout);
      assert.equal(result.exitCode, 1);
      assert.match(result.stdout, new RegExp(`field \\\\?"${field}\\\\?"`));
      assert.match(result.stdout, new RegExp(`${vendor}: GET ${runPath.replace(/\//g, '\\/')}`));
    });
  });
}
