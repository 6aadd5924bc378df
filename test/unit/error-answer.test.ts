// A vendor's error answer is read once, the same for polling (GET) and starting (POST), over real HTTP.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eigenpalErrorBody } from '../../sim/fixtures/eigenpal.ts';
import { startVendorSim, type Step, type VendorSim } from '../../sim/vendor-sim.ts';
import { CreateError, VendorError } from '../../src/errors.ts';
import { readErrorAnswer } from '../../src/poll/error-answer.ts';
import { getJson } from '../../src/poll/http.ts';
import { createDispatcher } from '../../src/poll/transport.ts';
import { postJson } from '../../src/start/post-json.ts';

let sim: VendorSim;
before(async () => {
  sim = await startVendorSim();
});
after(() => sim.close());

/** The message each request makes of the same answer. */
async function bothWays(step: Step): Promise<{ get: string; post: string }> {
  sim.script('/v1/x', [step]);
  const dispatcher = await createDispatcher({});
  const signal = new AbortController().signal;
  const url = `${sim.url}/v1/x`;
  try {
    const get = await getJson(url, { dispatcher, headers: {}, signal, vendor: 'eigenpal', timeoutMs: 5000 }).catch((e: unknown) => e);
    const post = await postJson(new URL(url), {}, { dispatcher, headers: {}, signal, timeoutMs: 5000, now: Date.now }).catch(
      (e: unknown) => e,
    );
    assert.ok(get instanceof VendorError, String(get));
    assert.ok(post instanceof CreateError, String(post));
    return { get: get.message, post: post.message };
  } finally {
    await dispatcher.destroy();
  }
}

// Eigenpal's SDK (src/errors.ts, EigenpalValidationError) tells a 400 as `${issue.field}: ${issue.message}` of the
// first issue, and every error's requestId: both must reach the user.
describe('a vendor error answer', () => {
  it("a 400 with Eigenpal's envelope: the first issue's message, code and field, and the request id, on GET and POST alike", async () => {
    const body = eigenpalErrorBody({ code: 'invalid_value', field: 'target', message: 'Unknown automation "workflows.x"' }, 'req_123');
    const { get, post } = await bothWays({ status: 400, json: body });
    const said = 'refused (HTTP 400): "Unknown automation \\"workflows.x\\"" (code "invalid_value", field "target"); request id "req_123"';
    assert.ok(get.endsWith(said), get);
    assert.ok(post.endsWith(said), post);
  });

  it('the same words for each status and body, on GET as on POST', async () => {
    const steps: Array<{ status: number; json?: unknown; text?: string; headers?: Record<string, string> }> = [
      { status: 401, json: { detail: 'key revoked' } },
      { status: 404, json: { message: 'no such run' } },
      { status: 409, text: 'plain words', headers: { 'content-type': 'text/plain', 'x-request-id': 'abc-1' } },
      { status: 422, json: { error: { field: 'x' } } },
      { status: 503, headers: { 'retry-after': '1' } },
    ];
    for (const step of steps) {
      const { get, post } = await bothWays(step as Step);
      const body = step.json === undefined ? (step.text ?? '') : JSON.stringify(step.json);
      const answer = readErrorAnswer(step.status, body, { ...step.headers }, Date.now());
      assert.ok(get.includes(answer.text), `${get}\n${answer.text}`);
      assert.ok(post.includes(answer.text), `${post}\n${answer.text}`);
      assert.doesNotMatch(get, new RegExp(`: HTTP ${step.status}$`), 'never a bare status');
    }
  });

  it('never quotes the key it was sent, even where a cut would leave a piece of it', async () => {
    const key = 'sk_live_0123456789abcdef0123456789abcdef';
    const dispatcher = await createDispatcher({});
    const signal = new AbortController().signal;
    const headers = { authorization: `Bearer ${key}` };
    sim.script('/v1/x', [{ status: 401, json: { detail: `${'x'.repeat(70)} bad key ${key}` }, headers: { 'x-request-id': key } }]);
    try {
      const get = await getJson(`${sim.url}/v1/x`, { dispatcher, headers, signal, vendor: 'eigenpal', timeoutMs: 5000 }).catch(
        (e: unknown) => e,
      );
      const post = await postJson(new URL(`${sim.url}/v1/x`), {}, { dispatcher, headers, signal, timeoutMs: 5000, now: Date.now }).catch(
        (e: unknown) => e,
      );
      for (const message of [String(get), String(post)]) {
        assert.match(message, /authentication refused \(HTTP 401\)/);
        assert.ok(!message.includes(key.slice(0, 12)), message);
      }
    } finally {
      await dispatcher.destroy();
    }
  });

  it('is bounded: each quoted piece cut to 80 characters, at most three issues, the rest counted', () => {
    const issue = (i: number) => ({ field: `f${i}`, message: 'x'.repeat(500), code: 'invalid_value', severity: 'error' });
    const body = JSON.stringify({ issues: [0, 1, 2, 3, 4].map(issue), requestId: 'r'.repeat(300), hint: 'h'.repeat(300) });
    const answer = readErrorAnswer(400, body, {}, 0);
    assert.ok(answer.text.length < 900, `${answer.text.length} characters`);
    assert.equal((answer.text.match(/x{80}…/g) ?? []).length, 3);
    assert.match(answer.text, /and 2 more issue\(s\)/);
  });

  it('a proxy page is named, not quoted; an empty body adds nothing', () => {
    const html = readErrorAnswer(502, '<!DOCTYPE html><html><body>Bad Gateway</body></html>', { 'content-type': 'text/html' }, 0);
    assert.equal(html.text, 'server error (HTTP 502): an HTML page (52 characters)');
    assert.equal(html.transient, true);
    assert.equal(readErrorAnswer(418, '', {}, 0).text, 'refused (HTTP 418)');
  });
});
