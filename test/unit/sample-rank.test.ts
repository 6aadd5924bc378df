import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { derivedSampleRank } from '../../src/poll/sample-rank.ts';

describe('derivedSampleRank', () => {
  it('is in [0, 1) and depends only on vendor and run id', () => {
    fc.assert(
      fc.property(fc.constantFrom('aegis', 'avido', 'runtype', 'humanloop'), fc.string(), (vendor, id) => {
        const rank = derivedSampleRank(vendor, id);
        assert.ok(rank >= 0 && rank < 1);
        assert.equal(rank, derivedSampleRank(vendor, id));
      }),
    );
  });

  it('differs between vendors for one id, and spreads evenly', () => {
    assert.notEqual(derivedSampleRank('aegis', '1'), derivedSampleRank('avido', '1'));
    const below = Array.from({ length: 2000 }, (_, i) => derivedSampleRank('aegis', String(i))).filter((r) => r < 0.1).length;
    assert.ok(below > 140 && below < 260, `${below} of 2000 below 0.1`);
  });
});
