// Every error eval-gate raises is an EvalGateError, and one made from another carries it as `cause`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as errors from '../../src/errors.ts';
import { withRetries } from '../../src/poll/retry.ts';
import { virtualTiming } from '../helpers/virtual-time.ts';

describe('errors', () => {
  it('all live in errors.ts under one base class', () => {
    const classes = Object.entries(errors).filter(([name]) => name.endsWith('Error') && name !== 'EvalGateError');
    assert.ok(classes.length >= 9, classes.map(([n]) => n).join());
    for (const [name, value] of classes) {
      assert.ok((value as { prototype: unknown }).prototype instanceof errors.EvalGateError, `${name} extends EvalGateError`);
    }
  });

  it('a request given up on keeps the last failure as its cause, and the key is nowhere in it', async () => {
    const ctx = { vendor: 'aegis', method: 'GET', path: '/api/v1/runs/991' };
    const network = Object.assign(new Error('connect ECONNRESET'), { code: 'ECONNRESET' });
    const last = new errors.VendorError(ctx, 'network error (ECONNRESET)', { kind: 'transient', cause: network });
    const timing = virtualTiming();
    const gaveUp = await withRetries(
      async () => {
        throw last;
      },
      { ...timing, deadlineAt: 1, timeoutMs: 1, signal: new AbortController().signal },
    ).catch((error: unknown) => error);
    assert.ok(gaveUp instanceof errors.GaveUpError);
    assert.equal(gaveUp.cause, last);
    assert.equal(last.cause, network);
    assert.match(gaveUp.message, /^aegis: GET \/api\/v1\/runs\/991: network error \(ECONNRESET\)/);
  });
});
