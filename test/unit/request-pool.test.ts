import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { requestPool } from '../../src/poll/request-pool.ts';
import { virtualTiming } from '../helpers/virtual-time.ts';

const never = new AbortController().signal;

describe('the request pool', () => {
  it('runs at most `max` tasks at once, the rest in order', async () => {
    const pool = requestPool(2, virtualTiming(), never, Number.POSITIVE_INFINITY);
    let active = 0;
    let peak = 0;
    const order: number[] = [];
    const task = (i: number) => async () => {
      active += 1;
      peak = Math.max(peak, active);
      await new Promise((resolve) => setImmediate(resolve));
      order.push(i);
      active -= 1;
    };
    await Promise.all([0, 1, 2, 3, 4].map((i) => pool.run(task(i))));
    assert.equal(peak, 2);
    assert.deepEqual(order, [0, 1, 2, 3, 4]);
  });

  it('holds every new request while a pause is in force, but never past the deadline', async () => {
    const timing = virtualTiming();
    const pool = requestPool(4, timing, never, 5000);
    pool.pauseFor(3000);
    await pool.run(async () => assert.equal(timing.now(), 3000));
    pool.pauseFor(60_000);
    await pool.run(async () => assert.equal(timing.now(), 5000));
    assert.deepEqual(timing.sleeps, [3000, 2000]);
  });
});
