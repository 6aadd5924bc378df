import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { utcSpanMs } from '../../src/providers/utc-span.ts';

const two = (min: number, max: number) => fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));
/** Dates near the form the fast path takes, and off it by one field or one character. */
const day = fc
  .tuple(fc.constantFrom('0000', '1900', '2000', '2024', '2026', '2100', '99x9'), two(0, 13), two(0, 32))
  .map((p) => p.join('-'));
const time = fc
  .tuple(
    two(0, 25),
    two(0, 61),
    two(0, 61),
    fc.constantFrom('', '.5', '.05', '.123', '.1234', '.', '.x'),
    fc.constantFrom('Z', 'Z', 'Z', 'z', '+00:00', '+01:00', ''),
    fc.constantFrom('T', 'T', 'T', ' ', 't'),
  )
  .map(([h, m, s, fraction, zone, t]) => ({ text: `${t}${h}:${m}:${s}${fraction}${zone}` }));
const dateTime = fc.tuple(day, time).map(([d, t]) => `${d}${t.text}`);

describe('utcSpanMs', () => {
  it('property: equals Date.parse(end) - Date.parse(start), NaN included, same day or not', () => {
    const sameDay = fc.tuple(day, time, time).map(([d, a, b]) => [`${d}${a.text}`, `${d}${b.text}`] as const);
    const anyDays = fc.tuple(dateTime, dateTime);
    fc.assert(
      fc.property(fc.oneof(sameDay, anyDays), ([start, end]) => Object.is(utcSpanMs(start, end), Date.parse(end) - Date.parse(start))),
      { numRuns: 5000 },
    );
  });

  it('reads fractions, a day that does not exist, and other forms as Date.parse does', () => {
    assert.equal(utcSpanMs('2026-04-01T09:12:01Z', '2026-04-01T09:12:04.5Z'), 3500);
    assert.equal(utcSpanMs('2024-02-29T00:00:00Z', '2024-02-29T00:00:01Z'), 1000);
    assert.equal(utcSpanMs('2026-02-30T00:00:00Z', '2026-02-30T00:00:01Z'), 1000);
    assert.ok(Number.isNaN(utcSpanMs('soon', '2026-04-01T09:12:04Z')));
  });
});
