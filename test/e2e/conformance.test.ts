// One suite over every adapter, through the built action and the loopback simulator.
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

  describe(`conformance: ${vendor}`, () => {
    let sim: VendorSim;
    before(async () => {
      sim = await startVendorSim();
    });
    after(() => sim.close());
    beforeEach(() => sim.requests.splice(0));

    const playBodies = (...bodies: unknown[]) =>
      playScenario(
        sim,
        vendor,
        'pass',
        runId,
        bodies.map((json) => ({ json })),
      );

    it('in flight, then passed: pass, with the documented path and auth header', async () => {
      playScenario(sim, vendor, 'pass', runId);
      const result = await gate(sim, vendor);
      assert.equal(result.outputs.verdict, 'pass', result.stdout);
      assert.equal(result.exitCode, 0);
      assert.equal(result.outputs.status, 'completed');
      assert.match(result.outputs['sample-rank'] ?? '', /^0(\.\d+)?$/);
      const polls = sim.requests.filter((r) => r.path === runPath);
      assert.equal(polls.length, t.inFlight().length + 1);
      const [header, value] = t.auth;
      for (const r of sim.requests) assert.equal(r.headers[header], value(API_KEY));
      if (header !== 'authorization') assert.equal(sim.requests[0]?.headers.authorization, undefined);
    });

    it('in flight, then failed: fail, and the step fails', async () => {
      playScenario(sim, vendor, 'fail', runId);
      const result = await gate(sim, vendor, scenarioInputs(vendor));
      assert.equal(result.outputs.verdict, 'fail', result.stdout);
      assert.equal(result.exitCode, 1);
      // The story is a score under its threshold, not a run that ended some other way.
      assert.equal(result.outputs.status, 'completed');
      assert.ok(Number(result.outputs.score) < Number(result.outputs.threshold), result.summary);
      assert.match(result.stdout, /::error::eval-gate: fail/);
    });

    if (t.errored) {
      const errored = t.errored;
      it('a run the vendor reports as errored fails', async () => {
        playBodies(errored());
        const result = await gate(sim, vendor, { threshold: '0' });
        assert.equal(result.outputs.verdict, 'fail', result.stdout);
        assert.equal(result.outputs.status, 'failed');
        assert.equal(result.exitCode, 1);
      });
    }

    if (t.cancelled) {
      const cancelled = t.cancelled;
      it('a run the vendor cancelled fails, even under a loose threshold', async () => {
        playBodies(cancelled());
        const result = await gate(sim, vendor, { threshold: '0' });
        assert.equal(result.outputs.verdict, 'fail', result.stdout);
        assert.equal(result.outputs.status, 'cancelled');
      });
    }

    if (t.unknownStatus) {
      const unknown = t.unknownStatus;
      it('an unknown status is an error that names it, never a pass', async () => {
        playBodies(unknown());
        const result = await gate(sim, vendor);
        assert.equal(result.outputs.verdict, 'error', result.stdout);
        assert.equal(result.exitCode, 1);
        assert.match(result.stdout, /expected a known state \(.*\), got the string "\w+"/);
      });
    }

    it('a missing required field is an error that names the field', async () => {
      const { body, field } = t.missingRequired();
      playBodies(body);
      const result = await gate(sim, vendor);
      assert.equal(result.outputs.verdict, 'error', result.stdout);
      assert.match(result.stdout, new RegExp(`field \\\\?"${field}\\\\?"`));
      assert.match(result.stdout, new RegExp(`${vendor}: GET ${runPath.replace(/\//g, '\\/')}`));
    });

    it('extra unknown fields change nothing', async () => {
      const passed = t.passed() as Record<string, unknown>;
      playBodies({ ...passed, brandNewField: { nested: [1, 2, 3] }, anotherOne: 'x' });
      const result = await gate(sim, vendor);
      assert.equal(result.outputs.verdict, 'pass', result.stdout);
    });

    it('keeps the path of a base-url that has its own prefix', async () => {
      const prefix = '/proxy/eu';
      sim.script(`${prefix}${runPath}`, [{ json: t.passed() }]);
      for (const [path, steps] of Object.entries(t.extraRoutes?.(runId) ?? {})) sim.script(`${prefix}${path}`, steps);
      const result = await gate(sim, vendor, { 'base-url': `${sim.url}${prefix}${t.basePath}/` });
      assert.equal(result.outputs.verdict, 'pass', result.stdout);
      assert.equal(sim.requests[0]?.path, `${prefix}${runPath}`);
    });

    it('never writes the key', async () => {
      playScenario(sim, vendor, 'fail', runId);
      const result = await gate(sim, vendor);
      assert.ok(
        !everythingWritten(result)
          .replace(/::add-mask::.*\n/g, '')
          .includes(API_KEY),
      );
    });
  });
}
