// max-p95-latency's percentile against NumPy's (test/fixtures/percentile-reference.json, written by
// scripts/percentile-reference.py with np.percentile(x, p, method="inverted_cdf")): equal, not close.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { nearestRank } from '../../src/rules/percentile.ts';

interface Reference {
  method: string;
  cases: Array<{ values: number[]; percentiles: Record<string, number> }>;
}

const reference = JSON.parse(readFileSync(new URL('../fixtures/percentile-reference.json', import.meta.url), 'utf8')) as Reference;

describe('the nearest-rank percentile', () => {
  it("is NumPy's inverted_cdf percentile, exactly, on every case of the reference", () => {
    assert.equal(reference.method, 'inverted_cdf');
    assert.ok(reference.cases.length >= 30);
    for (const { values, percentiles } of reference.cases) {
      for (const [percent, expected] of Object.entries(percentiles)) {
        assert.equal(nearestRank(Float64Array.from(values), Number(percent)), expected, `p${percent} of ${values.length} values`);
      }
    }
  });

  it('property: the p95 is the smallest value with at least 95% of the values at or below it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60_000 }), { minLength: 1, maxLength: 300 }), (values) => {
        const p95 = nearestRank(Float64Array.from(values), 95);
        const atOrBelow = (x: number) => values.filter((v) => v <= x).length;
        const smallest = Math.min(...values.filter((x) => atOrBelow(x) * 100 >= 95 * values.length));
        assert.equal(p95, smallest);
      }),
    );
  });

  it('is null for no values and leaves its input unsorted', () => {
    assert.equal(nearestRank(new Float64Array(0), 95), null);
    const values = Float64Array.from([3, 1, 2]);
    assert.equal(nearestRank(values, 95), 3);
    assert.deepEqual(Array.from(values), [3, 1, 2]);
  });
});
