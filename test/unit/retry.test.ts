import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GaveUpError, VendorError, type FailureKind } from '../../src/errors.ts';
import { withRetries } from '../../src/poll/retry.ts';
import { backoffMs, parseRetryAfterMs } from '../../src/poll/retry-after.ts';
import { virtualTiming } from '../helpers/virtual-time.ts';

const ctx = { vendor: 'aegis', method: 'GET', path: '/api/v1/runs/1' };
const failing = (kind: FailureKind, retryAfterMs: number | null = null) => new VendorError(ctx, 'boom', { kind, retryAfterMs });

function scripted(outcomes: Array<VendorError | string>) {
  let calls = 0;
  return {
    calls: () => calls,
    attempt: async () => {
      const outcome = outcomes[Math.min(calls, outcomes.length - 1)];
      calls += 1;
      if (outcome instanceof VendorError) throw outcome;
      return outcome;
    },
  };
}

const options = (timing = virtualTiming(), deadlineAt = 600_000) => ({
  ...timing,
  deadlineAt,
  timeoutMs: deadlineAt,
  signal: new AbortController().signal,
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    assert.equal(parseRetryAfterMs('3', 0), 3000);
    assert.equal(parseRetryAfterMs('Thu, 01 Jan 1970 00:00:10 GMT', 4000), 6000);
    assert.equal(parseRetryAfterMs('soon', 0), null);
    assert.equal(parseRetryAfterMs(undefined, 0), null);
  });

  it('backs off exponentially with full jitter, capped', () => {
    assert.equal(
      backoffMs(0, () => 1),
      500,
    );
    assert.equal(
      backoffMs(3, () => 1),
      4000,
    );
    assert.equal(
      backoffMs(20, () => 1),
      30_000,
    );
    assert.equal(
      backoffMs(5, () => 0),
      0,
    );
  });
});

describe('withRetries', () => {
  it('retries transient failures and returns the result', async () => {
    const s = scripted([failing('transient'), failing('transient'), 'ok']);
    assert.equal(await withRetries(s.attempt, options()), 'ok');
    assert.equal(s.calls(), 3);
  });

  it('never retries a fatal failure', async () => {
    const s = scripted([failing('fatal'), 'ok']);
    await assert.rejects(withRetries(s.attempt, options()), VendorError);
    assert.equal(s.calls(), 1);
  });

  it('waits at least Retry-After', async () => {
    const timing = virtualTiming();
    const s = scripted([failing('transient', 7000), 'ok']);
    await withRetries(s.attempt, options(timing));
    assert.deepEqual(timing.sleeps, [7000]);
  });

  it('gives up on bad bodies after the policy allows', async () => {
    const s = scripted([failing('bad-body')]);
    await assert.rejects(withRetries(s.attempt, options()), /boom/);
    assert.equal(s.calls(), 3);
  });

  it('retries a 404 only for the grace period', async () => {
    const timing = virtualTiming(() => 1);
    const s = scripted([failing('not-found')]);
    await assert.rejects(withRetries(s.attempt, options(timing)), /boom/);
    const waited = timing.sleeps.reduce((a, b) => a + b, 0);
    assert.ok(waited >= 15_000 && waited < 30_000, `waited ${waited}`);
  });

  it('gives up rather than sleep past the deadline', async () => {
    const timing = virtualTiming();
    const s = scripted([failing('transient', 60_000)]);
    await assert.rejects(withRetries(s.attempt, options(timing, 10_000)), GaveUpError);
    assert.deepEqual(timing.sleeps, []);
  });
});

describe('an unreachable vendor', () => {
  it('gets a few tries, then the error, long before the deadline', async () => {
    const unreachable = scripted([failing('unreachable')]);
    await assert.rejects(withRetries(unreachable.attempt, options()), /boom/);
    assert.equal(unreachable.calls(), 3);
    const blip = scripted([failing('unreachable'), failing('transient'), failing('unreachable'), 'run']);
    assert.equal(await withRetries(blip.attempt, options()), 'run');
  });
});
