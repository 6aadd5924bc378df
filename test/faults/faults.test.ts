// The fault-injection suite: the built action against a hostile simulated vendor.
// Each case checks the verdict, the exit code, the requests made, the time
// taken, that no secret leaked, and that nothing unknown was reported as a pass.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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
const HTML_502 = '<html><body><h1>502 Bad Gateway</h1></body></html>';

let sim: VendorSim;
before(async () => {
  sim = await startVendorSim();
});
after(() => sim.close());
beforeEach(() => sim.requests.splice(0));

interface Bounds {
  /** Requests the simulator saw: exactly, or [at least, at most]; null where it cannot see them. */
  requests: number | [number, number] | null;
  /** An upper bound on the whole run of the action, generous for a loaded machine. */
  withinMs: number;
}

function expectClean(result: ActionResult, verdict: 'pass' | 'fail' | 'error', bounds: Bounds) {
  assert.equal(result.outputs.verdict, verdict, result.stdout);
  if (typeof bounds.requests === 'number') assert.equal(sim.requests.length, bounds.requests, 'requests made');
  if (Array.isArray(bounds.requests)) {
    const [least, most] = bounds.requests;
    assert.ok(sim.requests.length >= least && sim.requests.length <= most, `${sim.requests.length} requests made`);
  }
  assert.ok(result.durationMs < bounds.withinMs, `took ${result.durationMs} ms`);
  assert.equal(result.exitCode, verdict === 'pass' ? 0 : 1);
  const written = everythingWritten(result).replace(/::add-mask::.*\n/g, '');
  assert.ok(!written.includes(API_KEY) && !written.includes(GITHUB_TOKEN), 'a secret leaked');
  assert.doesNotMatch(result.stdout + result.stderr, /\n\s+at .+:\d+:\d+\)?\n/, 'a stack trace was printed');
  if (verdict !== 'pass') assert.notEqual(result.outputs.passed, 'true');
}

const play = async (steps: Step[], inputs: Record<string, string> = {}) => {
  sim.script(PATH, steps);
  return gate(sim, 'aegis', inputs);
};

describe('fault injection', () => {
  it('rides out bursts of 503 and 502 with HTML bodies', async () => {
    const result = await play([
      { status: 503, text: HTML_502 },
      { status: 502, text: HTML_502 },
      { status: 503 },
      RUNNING,
      { status: 502 },
      PASSED,
    ]);
    expectClean(result, 'pass', { requests: 6, withinMs: 15_000 });
    assert.equal(sim.requests.length, 6);
    assert.ok(result.durationMs < 15_000);
  });

  it('honours Retry-After in seconds', async () => {
    const result = await play([{ status: 429, headers: { 'retry-after': '2' } }, PASSED]);
    expectClean(result, 'pass', { requests: 2, withinMs: 8000 });
    const [first, second] = sim.requests;
    assert.ok((second?.atMs ?? 0) - (first?.atMs ?? 0) >= 1900, 'waited less than Retry-After');
  });

  it('honours Retry-After as an HTTP date', async () => {
    const at = new Date(Date.now() + 3000).toUTCString();
    const result = await play([{ status: 429, headers: { 'retry-after': at } }, PASSED]);
    expectClean(result, 'pass', { requests: 2, withinMs: 8000 });
    const [first, second] = sim.requests;
    assert.ok((second?.atMs ?? 0) - (first?.atMs ?? 0) >= 1000);
  });

  it('gives up on a hung response at the request timeout, and retries', async () => {
    const result = await play([{ fault: 'hang' }, PASSED], { timeout: '6s' });
    expectClean(result, 'pass', { requests: 2, withinMs: 6000 });
    assert.equal(sim.requests.length, 2);
    assert.ok(result.durationMs < 6000);
  });

  it('retries a connection reset', async () => {
    const result = await play([{ fault: 'reset' }, { fault: 'reset' }, PASSED]);
    expectClean(result, 'pass', { requests: 3, withinMs: 8000 });
    assert.equal(sim.requests.length, 3);
  });

  it('turns a refused connection into an error before the deadline', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const result = await gate(sim, 'aegis', { 'base-url': `http://127.0.0.1:${port}/api/v1`, timeout: '3s' });
    expectClean(result, 'error', { requests: null, withinMs: 5000 });
    assert.match(result.stdout, /aegis: GET \/api\/v1\/runs\/991: network error \(ECONNREFUSED/);
    assert.ok(result.durationMs < 5000);
  });

  it('gives up on a port that refuses every connection after a few tries, not at the 30-minute deadline', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const result = await gate(sim, 'aegis', { 'base-url': `http://127.0.0.1:${port}/api/v1`, timeout: '30m' });
    expectClean(result, 'error', { requests: null, withinMs: 15_000 });
    assert.match(result.stdout, /network error \(ECONNREFUSED: nothing listens at that address; check base-url\)/);
  });

  it('gives up on a vendor host that does not resolve after a few tries', async () => {
    // .invalid never resolves (RFC 2606), so no DNS server is asked for a real name.
    const result = await gate(sim, 'aegis', { 'base-url': 'https://eval-gate-test.invalid/api/v1', timeout: '30m' });
    expectClean(result, 'error', { requests: 0, withinMs: 15_000 });
    assert.match(
      result.stdout,
      /aegis: GET \/api\/v1\/runs\/991: network error \(ENOTFOUND: the host name does not resolve; check base-url\)/,
    );
  });

  it('retries truncated JSON, then takes the real answer', async () => {
    const result = await play([{ fault: 'truncated-json' }, PASSED]);
    expectClean(result, 'pass', { requests: 2, withinMs: 8000 });
    assert.equal(sim.requests.length, 2);
  });

  it('calls a 200 HTML page an error after a few tries, never a pass', async () => {
    const result = await play([{ fault: 'html-page' }]);
    expectClean(result, 'error', { requests: 3, withinMs: 10_000 });
    assert.equal(sim.requests.length, 3);
    assert.match(result.stdout, /aegis: GET \/api\/v1\/runs\/991: expected a JSON body, got text\/html/);
  });

  it('names a renamed field', async () => {
    const { finished_at: _, ...drifted } = aegisRun();
    const result = await play([{ json: { ...drifted, finishedAt: '2026-04-01T09:13:12Z' } }]);
    expectClean(result, 'error', { requests: 3, withinMs: 10_000 });
    assert.match(result.stdout, /field "finished_at": expected an ISO 8601 date-time or null, got nothing \(missing\)/);
  });

  it('names a field of the wrong type, as the vendor, method and path', async () => {
    sim.script('/api/v1/runs/r1', [{ json: { ...eigenpalRun(), finished: 'yes' } }]);
    const result = await gate(sim, 'eigenpal', { 'run-id': 'r1' });
    expectClean(result, 'error', { requests: 3, withinMs: 10_000 });
    assert.match(result.stdout, /eigenpal: GET \/api\/v1\/runs\/r1: field "finished": expected true or false, got the string "yes"/);
  });

  it('waits out a 404 that turns into the run', async () => {
    const result = await play([{ status: 404, text: '{"detail":"not found"}' }, { status: 404 }, PASSED]);
    expectClean(result, 'pass', { requests: 3, withinMs: 10_000 });
    assert.equal(sim.requests.length, 3);
  });

  it('stops at once on 401 and 403', async () => {
    for (const status of [401, 403]) {
      sim.requests.splice(0);
      const result = await play([{ status, text: '{"detail":"no"}' }]);
      expectClean(result, 'error', { requests: 1, withinMs: 3000 });
      assert.equal(sim.requests.length, 1);
      assert.match(
        result.stdout,
        new RegExp(`${status === 401 ? 'authentication refused' : 'forbidden'} \\(HTTP ${status}\\): \\\\?"no\\\\?"; check api-key`),
      );
    }
  });

  it('does not retry 400 or 422', async () => {
    const result = await play([{ status: 422 }]);
    expectClean(result, 'error', { requests: 1, withinMs: 3000 });
    assert.equal(sim.requests.length, 1);
  });

  it('never follows a redirect to another origin, so the key stays home', async () => {
    const elsewhere = await startVendorSim();
    try {
      elsewhere.script(PATH, [PASSED]);
      const result = await play([{ status: 302, headers: { location: `${elsewhere.url}${PATH}` } }]);
      expectClean(result, 'error', { requests: 1, withinMs: 3000 });
      assert.equal(elsewhere.requests.length, 0);
      assert.match(result.stdout, /redirected \(HTTP 302\) to http:\/\/127\.0\.0\.1:\d+; not followed/);
    } finally {
      await elsewhere.close();
    }
  });

  it('follows a redirect within the same origin', async () => {
    sim.script('/api/v1/runs/991-moved', [PASSED]);
    const result = await play([{ status: 301, headers: { location: '/api/v1/runs/991-moved' } }]);
    expectClean(result, 'pass', { requests: 2, withinMs: 3000 });
    assert.equal(sim.requests.at(-1)?.headers.authorization, `Bearer ${API_KEY}`);
  });

  it('goes through HTTP_PROXY when the runner sets one', async () => {
    const proxy = await startProxyFake();
    try {
      sim.script(PATH, [PASSED]);
      const result = await gate(sim, 'aegis', {}, { env: { HTTP_PROXY: proxy.url, http_proxy: proxy.url } });
      expectClean(result, 'pass', { requests: 1, withinMs: 5000 });
      assert.ok(
        proxy.seen.some((line) => line.includes(sim.url.replace('http://', '')) || line.includes(PATH)),
        proxy.seen.join(),
      );
    } finally {
      await proxy.close();
    }
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`stops within two seconds on ${signal}, with the summary and outputs written`, async () => {
      sim.script(PATH, [RUNNING]);
      let signalledAt = 0;
      const result = await gate(
        sim,
        'aegis',
        { 'poll-interval': '200ms', timeout: '1m' },
        {
          onStart: (child) => {
            const wait = setInterval(() => {
              if (sim.requests.length >= 2) {
                clearInterval(wait);
                signalledAt = Date.now();
                child.kill(signal);
              }
            }, 20);
          },
        },
      );
      const stopMs = Date.now() - signalledAt;
      assert.ok(stopMs < 2000, `took ${stopMs} ms to stop`);
      expectClean(result, 'error', { requests: [2, 10], withinMs: 10_000 });
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
    expectClean(result, 'fail', { requests: 1, withinMs: 3000 });
    const lines = result.stdout.split('\n');
    assert.ok(
      !lines.some((l) => l.startsWith('::warning::injected') || l.startsWith('::set-output') || l === '::add-mask::x'),
      result.stdout,
    );
  });

  it('does not sleep past a deadline shorter than one backoff', async () => {
    const result = await play([{ status: 503, headers: { 'retry-after': '60' } }], { timeout: '2s' });
    expectClean(result, 'error', { requests: 1, withinMs: 2000 });
    assert.equal(sim.requests.length, 1);
    assert.ok(result.durationMs < 2000, `took ${result.durationMs} ms`);
    assert.match(result.stdout, /gave up after 1 tries: the timeout of 2s would pass before the next/);
  });
});
