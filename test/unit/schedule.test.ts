import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { forecastEnd, MAX_INTERVAL_MS, nextDelayMs, readingOf } from '../../src/poll/schedule.ts';

const random = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

describe('the poll schedule', () => {
  it('property: without progress, waits poll-interval first, then about 5% of the elapsed time, capped', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 * 3_600_000 }),
        fc.integer({ min: 250, max: 60_000 }),
        random,
        (elapsedMs, firstIntervalMs, r) => {
          const delay = nextDelayMs({
            elapsedMs,
            firstIntervalMs,
            firstReading: null,
            lastReading: null,
            completeSinceMs: null,
            random: () => r,
          });
          const base = Math.min(MAX_INTERVAL_MS, Math.max(firstIntervalMs, elapsedMs * 0.05));
          assert.ok(delay >= Math.floor(base * 0.9) && delay <= Math.ceil(base * 1.1), `${delay} for base ${base}`);
        },
      ),
    );
  });

  it('forecasts the end of linear progress', () => {
    const forecast = forecastEnd(readingOf({ done: 10, total: 100 }, 10_000), readingOf({ done: 30, total: 100 }, 30_000));
    assert.deepEqual(forecast, { endMs: 100_000, stepMs: 1000 });
    assert.equal(forecastEnd(readingOf({ done: 10, total: 100 }, 10_000), readingOf({ done: 10, total: 100 }, 30_000)), null);
  });

  it('with progress, sleeps until just before the forecast end, then polls often', () => {
    const first = readingOf({ done: 10, total: 100 }, 10_000);
    const at = (elapsedMs: number, done: number) =>
      nextDelayMs({
        elapsedMs,
        firstIntervalMs: 2500,
        firstReading: first,
        lastReading: readingOf({ done, total: 100 }, elapsedMs),
        completeSinceMs: null,
        random: () => 0.5,
      });
    // End forecast at 100 s, one step is 1 s: the window opens at 98.5 s.
    assert.equal(at(30_000, 30), Math.min(MAX_INTERVAL_MS, 68_500));
    assert.equal(at(97_000, 97), 2000);
    assert.equal(at(99_000, 99), 2000);
  });

  it('backs off gently when every step is done but the run is not', () => {
    const complete = (elapsedMs: number) =>
      nextDelayMs({ elapsedMs, firstIntervalMs: 2500, firstReading: null, lastReading: null, completeSinceMs: 100_000, random: () => 0.5 });
    assert.equal(complete(100_000), 2000);
    assert.equal(complete(200_000), 10_000);
    assert.equal(complete(2_000_000), 100_000);
  });

  it('property: never waits less than a second or more than the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.nat(3_600_000), fc.nat(3_600_000), (total, a, b) => {
        const [t1, t2] = [Math.min(a, b), Math.max(a, b) + 1];
        const first = readingOf({ done: Math.floor(total / 3), total }, t1);
        const last = readingOf({ done: Math.floor(total / 2), total }, t2);
        const delay = nextDelayMs({
          elapsedMs: t2,
          firstIntervalMs: 2500,
          firstReading: first,
          lastReading: last,
          completeSinceMs: null,
          random: () => 0.5,
        });
        assert.ok(delay >= 1000 && delay <= MAX_INTERVAL_MS, String(delay));
      }),
    );
  });
});
