import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDelta, formatPair, formatPercent, formatRank, formatRate, formatScore } from '../../src/numbers.ts';

describe('numbers for people', () => {
  it('rates: a percentage with at most one decimal, and the counts when they agree', () => {
    assert.equal(formatPercent(1 / 3), '33.3%');
    assert.equal(formatPercent(0.95), '95%');
    assert.equal(formatPercent(1), '100%');
    assert.equal(formatPercent(0), '0%');
    assert.equal(formatRate(1 / 3, { passed: 1, total: 3 }), '33.3% (1 of 3)');
    assert.equal(formatRate(48 / 50, { passed: 48, total: 50 }), '96% (48 of 50)');
    // Counts that do not add up to the rate are not shown beside it.
    assert.equal(formatRate(0.9, { passed: 1, total: 3 }), '90%');
    assert.equal(formatRate(0.9, { passed: 0, total: 0 }), '90%');
  });

  it('a rate that is not all or nothing never reads as 100% or 0%', () => {
    assert.equal(formatPercent(0.99996), '>99.9%');
    assert.equal(formatPercent(0.00001), '<0.1%');
  });

  it("scores on each vendor's scale: at most 3 decimals, trailing zeros dropped", () => {
    assert.equal(formatScore(83.5), '83.5'); // Aegis, 0-100
    assert.equal(formatScore(70), '70');
    assert.equal(formatScore(0.41), '0.41'); // Eigenpal, 0-1
    assert.equal(formatScore(0.7912964255368653), '0.791'); // Humanloop's mean, 0-1
    assert.equal(formatScore(4.25), '4.25'); // a 1-5 judge scale
    assert.equal(formatScore(2.0004), '2');
    assert.equal(formatScore(-0.0001), '0');
    assert.equal(formatScore(1234567.891234), '1234567.891');
  });

  it('ranks to 3 decimals; counts as integers', () => {
    assert.equal(formatRank(0.7912964255368653), '0.791');
    assert.equal(formatRank(0.0421), '0.042');
    assert.equal(formatScore(3), '3');
  });

  it('deltas carry their sign and lose binary noise', () => {
    assert.equal(formatDelta(0.1 + 0.2 - 0.2), '+0.1');
    assert.equal(formatDelta(-5), '-5');
    assert.equal(formatDelta(0.00001), '0');
  });

  it('a figure against its threshold never reads the same when they differ', () => {
    assert.deepEqual(formatPair(69.9996, 70), ['69.9996', '70']);
    assert.deepEqual(formatPair(0.7912964255368653, 0.8), ['0.791', '0.8']);
    assert.deepEqual(formatPair(70, 70), ['70', '70']);
    assert.deepEqual(formatPair(0.94999, 0.95, formatPercent), ['94.999%', '95%']);
  });
});
