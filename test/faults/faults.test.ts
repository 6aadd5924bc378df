// The fault-injection suite through the built action, for what needs a process: the exit code and
// the log, signals, the runner's proxy variables. Each case checks the verdict, the exit code, the
// requests made, that no secret leaked, and that nothing unknown was reported as a pass. The faults
// of the polling path are tested in-process, in virtual time: test/faults/poll.test.ts.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { aegisRun } from '../../sim/fixtures/aegis.ts';
import { eigenpalRun } from '../../sim/fixtures/eigenpal.ts';
import { startProxyFake } from '../../sim/proxy-fake.ts';
import type { ActionResult } from '../../sim/run-action.ts';
import { type Step, startVendorSim, type VendorSim } from '../../sim/vendor-sim.ts';
import { API_KEY, everythingWritten, GITHUB_TOKEN, gate } from '../helpers/gate.ts';

const PATH = '/api/v1/runs/991';
const PASSED: Step = { json: aegisRun() };
const RUNNING: Step = { json: aegisRun({ finished: false }) };

let sim: VendorSim;
before(async () => {
  sim = await startVendorSim();
});
after(() => sim.close());
beforeEach(() => sim.requests.splice(0));

/** Requests the simulator saw: exactly, or [at least, at most]. */
type Requests = number | [number, number];

function expectClean(result: ActionResult, verdict: 'pass' | 'fail' | 'error', requests: Requests) {
  assert.equal(result.outputs.verdict, verdict, result.stdout);
  if (typeof requests === 'number') assert.equal(sim.requests.length, requests, 'requests made');
  if (Array.isArray(requests)) {
    const [least, most] = requests;
    assert.ok(sim.requests.length >= least && sim.requests.length <= most, `${sim.requests.length} requests made`);
  }
  assert.equal(result.exitCode, verdict === 'pass' ? 0 : 1);
  const written = everythingWritten(result).replace(/::add-mask::.*\n/g, '');
  assert.ok(!written.includes(API_KEY) && !written.includes(GITHUB_TOKEN), 'a secret leaked');
  assert.doesNotMatch(result.stdout + result.stderr, /\n\s+at .+:\d+:\d+\)?\n/, 'a stack trace was printed');
  if (verdict !== 'pass') assert.notEqual(result.outputs.passed, 'true');
}

describe('fault injection', () => {
  it('goes through HTTP_PROXY when the runner sets one', async () => {
    const proxy = await startProxyFake();
    try {
      sim.script(PATH, [PASSED]);
      const result = await gate(sim, 'aegis', {}, { env: { HTTP_PROXY: proxy.url, http_proxy: proxy.url } });
      expectClean(result, 'pass', 1);
      assert.ok(
        proxy.seen.some((line) => line.includes(sim.url.replace('http://', '')) || line.includes(PATH)),
        proxy.seen.join(),
      );
    } finally {
      await proxy.close();
    }
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`stops polling at once on ${signal}, with the summary and outputs written`, async () => {
      sim.script(PATH, [RUNNING]);
      let signalled = false;
      const result = await gate(
        sim,
        'aegis',
        { 'poll-interval': '200ms', timeout: '1m' },
        {
          onStart: (child) => {
            const wait = setInterval(() => {
              if (sim.requests.length >= 2) {
                clearInterval(wait);
                signalled = child.kill(signal);
              }
            }, 20);
          },
        },
      );
      assert.ok(signalled, 'signalled after the second poll');
      // A poll every 200 ms: ten requests at most is stopping within two seconds; polled on to the timeout, dozens more.
      expectClean(result, 'error', [2, 10]);
      assert.equal(result.outputs.status, 'cancelled');
      assert.match(result.summary, /could not be decided/);
      assert.match(result.summary, /the job was cancelled/);
    });
  }

  it('keeps vendor text from running workflow commands in the log', async () => {
    sim.script('/api/v1/runs/991', [
      { json: eigenpalRun({ status: 'failed', error: 'oops\n::warning::injected\n::add-mask::x\n::set-output name=verdict::pass' }) },
    ]);
    const result = await gate(sim, 'eigenpal');
    expectClean(result, 'fail', 1);
    const lines = result.stdout.split('\n');
    assert.ok(
      !lines.some((l) => l.startsWith('::warning::injected') || l.startsWith('::set-output') || l === '::add-mask::x'),
      result.stdout,
    );
  });
});
