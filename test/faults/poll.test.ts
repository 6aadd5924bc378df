// The fault-injection suite on the polling path: a hostile simulated vendor, the gate in-process and in
// virtual time (test/helpers/in-process.ts), so backoff and Retry-After are asserted as the waits the
// gate took, not waited. Each case checks the verdict, the requests made, that no secret was written
// and that nothing unknown passed. test/faults/faults.test.ts runs the built action for what needs a
// process: signals, the proxy variables, the exit code and the log.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { aegisRun } from '../../sim/fixtures/aegis.ts';
import { eigenpalRun } from '../../sim/fixtures/eigenpal.ts';
import { type Step, startVendorSim, type VendorSim } from '../../sim/vendor-sim.ts';
import { API_KEY, GITHUB_TOKEN } from '../helpers/gate.ts';
import { gateInProcess, type InProcessResult } from '../helpers/in-process.ts';

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

/** Requests the simulator saw: exactly, or [at least, at most]; null where it cannot see them. */
type Requests = number | [number, number] | null;

function expectClean(result: InProcessResult, verdict: 'pass' | 'fail' | 'error', requests: Requests) {
  assert.equal(result.gate.verdict, verdict, result.log);
  if (typeof requests === 'number') assert.equal(sim.requests.length, requests, 'requests made');
  if (Array.isArray(requests)) {
    const [least, most] = requests;
    assert.ok(sim.requests.length >= least && sim.requests.length <= most, `${sim.requests.length} requests made`);
  }
  const written = [result.log, result.summary, JSON.stringify(result.report), JSON.stringify(result.outputs)].join('\n');
  assert.ok(!written.includes(API_KEY) && !written.includes(GITHUB_TOKEN), 'a secret leaked');
  if (verdict !== 'pass') assert.notEqual(result.outputs.passed, 'true');
}

const play = async (steps: Step[], inputs: Record<string, string> = {}) => {
  sim.script(PATH, steps);
  return gateInProcess(sim, 'aegis', inputs);
};

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const { port } = closed.address() as AddressInfo;
  await new Promise((resolve) => closed.close(resolve));
  return port;
}

describe('fault injection on the polling path, in virtual time', () => {
  it('rides out bursts of 503 and 502 with HTML bodies, backing off between them', async () => {
    const result = await play([
      { status: 503, text: HTML_502 },
      { status: 502, text: HTML_502 },
      { status: 503 },
      RUNNING,
      { status: 502 },
      PASSED,
    ]);
    expectClean(result, 'pass', 6);
    assert.equal(result.sleeps.length, 5);
  });

  it('honours Retry-After in seconds', async () => {
    const result = await play([{ status: 429, headers: { 'retry-after': '2' } }, PASSED]);
    expectClean(result, 'pass', 2);
    assert.equal(result.sleeps.length, 1);
    assert.ok((result.sleeps[0] ?? 0) >= 2000, `waited ${result.sleeps[0]} ms, less than Retry-After`);
  });

  it('honours Retry-After as an HTTP date', async () => {
    // The virtual clock starts at the epoch: the date is 3 s after what the gate's clock reads.
    const at = new Date(3000).toUTCString();
    const result = await play([{ status: 429, headers: { 'retry-after': at } }, PASSED]);
    expectClean(result, 'pass', 2);
    assert.equal(result.sleeps.length, 1);
    assert.ok((result.sleeps[0] ?? 0) >= 3000, `waited ${result.sleeps[0]} ms, less than Retry-After`);
  });

  it('gives up on a hung response at the request timeout, and retries', async () => {
    // The hang is real: a 4 s timeout gives each request the shortest timeout, 1 s.
    const result = await play([{ fault: 'hang' }, PASSED], { timeout: '4s' });
    expectClean(result, 'pass', 2);
    assert.equal(result.sleeps.length, 1);
  });

  it('retries a connection reset', async () => {
    const result = await play([{ fault: 'reset' }, { fault: 'reset' }, PASSED]);
    expectClean(result, 'pass', 3);
  });

  it('turns a refused connection into an error before the deadline', async () => {
    const result = await gateInProcess(sim, 'aegis', { 'base-url': `http://127.0.0.1:${await closedPort()}/api/v1`, timeout: '3s' });
    expectClean(result, 'error', null);
    assert.match(result.gate.reason, /aegis: GET \/api\/v1\/runs\/991: network error \(ECONNREFUSED/);
    assert.ok(result.sleeps.reduce((sum, ms) => sum + ms, 0) < 3000, 'within the 3 s timeout');
  });

  it('gives up on a port that refuses every connection after a few tries, not at the 30-minute deadline', async () => {
    const result = await gateInProcess(sim, 'aegis', { 'base-url': `http://127.0.0.1:${await closedPort()}/api/v1`, timeout: '30m' });
    expectClean(result, 'error', null);
    assert.match(result.gate.reason, /network error \(ECONNREFUSED: nothing listens at that address; check base-url\)/);
    assert.equal(result.sleeps.length, 2, 'three tries, two waits');
    assert.ok(result.sleeps.reduce((sum, ms) => sum + ms, 0) < 60_000, 'well before the deadline');
  });

  it('gives up on a vendor host that does not resolve after a few tries', async () => {
    // .invalid never resolves (RFC 2606), so no DNS server is asked for a real name.
    const result = await gateInProcess(sim, 'aegis', { 'base-url': 'https://eval-gate-test.invalid/api/v1', timeout: '30m' });
    expectClean(result, 'error', 0);
    assert.match(
      result.gate.reason,
      /aegis: GET \/api\/v1\/runs\/991: network error \(ENOTFOUND: the host name does not resolve; check base-url\)/,
    );
    assert.equal(result.sleeps.length, 2, 'three tries, two waits');
  });

  it('retries truncated JSON, then takes the real answer', async () => {
    const result = await play([{ fault: 'truncated-json' }, PASSED]);
    expectClean(result, 'pass', 2);
  });

  it('calls a 200 HTML page an error after a few tries, never a pass', async () => {
    const result = await play([{ fault: 'html-page' }]);
    expectClean(result, 'error', 3);
    assert.match(result.gate.reason, /aegis: GET \/api\/v1\/runs\/991: expected a JSON body, got text\/html/);
  });

  it('names a renamed field', async () => {
    const { finished_at: _, ...drifted } = aegisRun();
    const result = await play([{ json: { ...drifted, finishedAt: '2026-04-01T09:13:12Z' } }]);
    expectClean(result, 'error', 3);
    assert.match(result.gate.reason, /field "finished_at": expected an ISO 8601 date-time or null, got nothing \(missing\)/);
  });

  it('names a field of the wrong type, as the vendor, method and path', async () => {
    sim.script('/api/v1/runs/r1', [{ json: { ...eigenpalRun(), finished: 'yes' } }]);
    const result = await gateInProcess(sim, 'eigenpal', { 'run-id': 'r1' });
    expectClean(result, 'error', 3);
    assert.match(result.gate.reason, /eigenpal: GET \/api\/v1\/runs\/r1: field "finished": expected true or false, got the string "yes"/);
  });

  it('waits out a 404 that turns into the run', async () => {
    const result = await play([{ status: 404, text: '{"detail":"not found"}' }, { status: 404 }, PASSED]);
    expectClean(result, 'pass', 3);
  });

  it('stops at once on 401 and 403', async () => {
    for (const status of [401, 403]) {
      sim.requests.splice(0);
      const result = await play([{ status, text: '{"detail":"no"}' }]);
      expectClean(result, 'error', 1);
      assert.deepEqual(result.sleeps, []);
      const refusal = status === 401 ? 'authentication refused' : 'forbidden';
      assert.match(result.gate.reason, new RegExp(`${refusal} \\(HTTP ${status}\\): "no"; check api-key`));
    }
  });

  it('does not retry 400 or 422', async () => {
    for (const status of [400, 422]) {
      sim.requests.splice(0);
      const result = await play([{ status }]);
      expectClean(result, 'error', 1);
      assert.deepEqual(result.sleeps, []);
    }
  });

  it('never follows a redirect to another origin, so the key stays home', async () => {
    const elsewhere = await startVendorSim();
    try {
      elsewhere.script(PATH, [PASSED]);
      const result = await play([{ status: 302, headers: { location: `${elsewhere.url}${PATH}` } }]);
      expectClean(result, 'error', 1);
      assert.equal(elsewhere.requests.length, 0);
      assert.match(result.gate.reason, /redirected \(HTTP 302\) to http:\/\/127\.0\.0\.1:\d+; not followed/);
    } finally {
      await elsewhere.close();
    }
  });

  it('follows a redirect within the same origin', async () => {
    sim.script('/api/v1/runs/991-moved', [PASSED]);
    const result = await play([{ status: 301, headers: { location: '/api/v1/runs/991-moved' } }]);
    expectClean(result, 'pass', 2);
    assert.equal(sim.requests.at(-1)?.headers.authorization, `Bearer ${API_KEY}`);
  });

  it('does not sleep past a deadline shorter than one backoff', async () => {
    const result = await play([{ status: 503, headers: { 'retry-after': '60' } }], { timeout: '2s' });
    expectClean(result, 'error', 1);
    assert.deepEqual(result.sleeps, []);
    assert.match(result.gate.reason, /gave up after 1 tries: the timeout of 2s would pass before the next/);
  });
});
