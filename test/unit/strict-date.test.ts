// The DATE rule against an oracle no one here wrote: the calendar of JavaScript's
// Date, which rolls a day past its month's end into the next month.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DATE } from '../../src/providers/strict.ts';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('DATE: an ISO 8601 date-time on a day that exists', () => {
  it('property: a day is taken exactly when Date keeps it in its month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const date = new Date(0);
        date.setUTCFullYear(y, m - 1, d);
        const kept = date.getUTCDate() === d;
        const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}T12:00:00Z`;
        assert.equal(DATE.test(text), kept, text);
      }),
      { numRuns: 2000 },
    );
  });

  it('takes each leap-year rule: 2024 and 2000 have 29 February, 2026 and 2100 do not', () => {
    assert.deepEqual(
      ['2024', '2000', '2026', '2100'].map((y) => DATE.test(`${y}-02-29T00:00:00Z`)),
      [true, true, false, false],
    );
  });
});
