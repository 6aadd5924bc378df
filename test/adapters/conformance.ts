// One suite over every adapter, in-process and in virtual time, against the loopback simulator.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { playScenario, scenarioInputs } from '../../sim/scenarios.ts';
import { TIMELINES } from '../../sim/timelines.ts';
import { startVendorSim, type VendorSim } from '../../sim/vendor-sim.ts';
import type { ProviderName } from '../../src/model.ts';
import { API_KEY } from '../helpers/gate.ts';
import { gateInProcess, type InProcessResult } from '../helpers/in-process.ts';

/** What a vendor's quirks get from the suite: the simulator, bodies to serve as run 991, and the gate. */
export interface QuirkContext {
  readonly sim: VendorSim;
  /** Serves each body in turn as run 991 (the last repeats), with the vendor's extra routes. */
  serve(...bodies: unknown[]): void;
  gate(inputs?: Record<string, string>, random?: () => number): Promise<InProcessResult>;
}

/** A vendor's own cases, declared with it() beside the shared ones. */
export type Quirks = (t: QuirkContext) => void;

export const RUN_ID = '991';

/** The cases every adapter must pass (as unjs/unstorage's testDriver runs one suite over every driver), then its quirks. */
export function conformance(vendor: ProviderName, quirks: Quirks): void {
  const t = TIMELINES[vendor];
  const runPath = `${t.basePath}${t.resource(RUN_ID)}`;

  describe(`adapter: ${vendor}`, () => {
    let sim: VendorSim | undefined;
    const ctx: QuirkContext = {
      get sim() {
        assert.ok(sim, 'the simulator starts before the first case');
        return sim;
      },
      serve: (...bodies) =>
        playScenario(
          ctx.sim,
          vendor,
          'pass',
          RUN_ID,
          bodies.map((json) => ({ json })),
        ),
      gate: (inputs = {}, random) => gateInProcess(ctx.sim, vendor, inputs, random),
    };
    before(async () => {
      sim = await startVendorSim();
    });
    after(() => sim?.close());
    beforeEach(() => ctx.sim.requests.splice(0));

    describe('conformance', () => {
      it('in flight, then passed: pass, with the documented path and auth header', async () => {
        playScenario(ctx.sim, vendor, 'pass', RUN_ID);
        const result = await ctx.gate();
        assert.equal(result.outputs.verdict, 'pass', result.gate.reason);
        assert.equal(result.outputs.status, 'completed');
        assert.match(result.outputs['sample-rank'] ?? '', /^0(\.\d+)?$/);
        const polls = ctx.sim.requests.filter((r) => r.path === runPath);
        assert.equal(polls.length, t.inFlight().length + 1);
        // Each poll in flight waited, and only on the virtual clock.
        assert.equal(result.sleeps.length, t.inFlight().length);
        const [header, value] = t.auth;
        for (const r of ctx.sim.requests) assert.equal(r.headers[header], value(API_KEY));
        if (header !== 'authorization') assert.equal(ctx.sim.requests[0]?.headers.authorization, undefined);
      });

      it('in flight, then failed: fail, on a score under its threshold', async () => {
        playScenario(ctx.sim, vendor, 'fail', RUN_ID);
        const result = await ctx.gate(scenarioInputs(vendor));
        assert.equal(result.outputs.verdict, 'fail', result.gate.reason);
        // The story is a score under its threshold, not a run that ended some other way.
        assert.equal(result.outputs.status, 'completed');
        assert.ok(Number(result.outputs.score) < Number(result.outputs.threshold), result.summary);
      });

      if (t.legacy) {
        it('the older documented shape, in flight then passed or failed, still gives its true verdict', async () => {
          playScenario(ctx.sim, vendor, 'legacy-pass', RUN_ID);
          const passed = await ctx.gate();
          assert.equal(passed.outputs.verdict, 'pass', passed.gate.reason);
          playScenario(ctx.sim, vendor, 'legacy-fail', RUN_ID);
          const failed = await ctx.gate();
          assert.equal(failed.outputs.verdict, 'fail', failed.gate.reason);
          assert.equal(failed.outputs.status, 'completed');
        });
      }

      if (t.errored) {
        const errored = t.errored;
        it('a run the vendor reports as errored fails', async () => {
          ctx.serve(errored());
          const result = await ctx.gate({ threshold: '0' });
          assert.equal(result.outputs.verdict, 'fail', result.gate.reason);
          assert.equal(result.outputs.status, 'failed');
        });
      }

      if (t.cancelled) {
        const cancelled = t.cancelled;
        it('a run the vendor cancelled fails, even under a loose threshold', async () => {
          ctx.serve(cancelled());
          const result = await ctx.gate({ threshold: '0' });
          assert.equal(result.outputs.verdict, 'fail', result.gate.reason);
          assert.equal(result.outputs.status, 'cancelled');
        });
      }

      if (t.unknownStatus) {
        const unknown = t.unknownStatus;
        it('an unknown status is an error that names it, never a pass', async () => {
          ctx.serve(unknown());
          const result = await ctx.gate();
          assert.equal(result.outputs.verdict, 'error', result.gate.reason);
          assert.match(result.gate.reason, /expected a known state \(.*\), got the string "\w+"/);
        });
      }

      it('a missing required field is an error that names the field', async () => {
        const { body, field } = t.missingRequired();
        ctx.serve(body);
        const result = await ctx.gate();
        assert.equal(result.outputs.verdict, 'error', result.gate.reason);
        assert.match(result.gate.reason, new RegExp(`field "${field}"`));
        assert.ok(result.gate.reason.includes(`${vendor}: GET ${runPath}`), result.gate.reason);
      });

      it('extra unknown fields change nothing', async () => {
        const passed = t.passed() as Record<string, unknown>;
        ctx.serve({ ...passed, brandNewField: { nested: [1, 2, 3] }, anotherOne: 'x' });
        const result = await ctx.gate();
        assert.equal(result.outputs.verdict, 'pass', result.gate.reason);
      });

      it('keeps the path of a base-url that has its own prefix', async () => {
        const prefix = '/proxy/eu';
        ctx.sim.script(`${prefix}${runPath}`, [{ json: t.passed() }]);
        for (const [path, steps] of Object.entries(t.extraRoutes?.(RUN_ID) ?? {})) ctx.sim.script(`${prefix}${path}`, steps);
        const result = await ctx.gate({ 'base-url': `${ctx.sim.url}${prefix}${t.basePath}/` });
        assert.equal(result.outputs.verdict, 'pass', result.gate.reason);
        assert.equal(ctx.sim.requests[0]?.path, `${prefix}${runPath}`);
      });
    });

    describe('quirks', () => quirks(ctx));
  });
}
