// Runtype's quirks, run beside the conformance suite.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { runtypeResults } from '../../sim/fixtures/runtype.ts';
import { derivedSampleRank } from '../../src/rules/sample-rank.ts';
import { RUN_ID, type Quirks } from './conformance.ts';

export const runtypeQuirks: Quirks = (t) => {
  it('computes pass rate and score from the record counts and lists failing records', async () => {
    t.serve(runtypeResults('completed', 50, 2));
    const result = await t.gate({ 'min-pass-rate': '0.95' });
    assert.equal(result.outputs['pass-rate'], '0.96');
    assert.equal(result.outputs.score, '96');
    assert.equal(result.outputs.verdict, 'pass');
    assert.match(result.summary, /Customer Query \\#\u200B001/);
  });

  it('never passes a completed run with unprocessed records: the status and the counts disagree', async () => {
    t.serve(runtypeResults('completed', 49, 0));
    const result = await t.gate({ threshold: '90' });
    assert.equal(result.outputs.verdict, 'error');
    assert.match(result.gate.reason, /a completed run with 1 of "totalRecords" 50 not processed/);
  });

  it('is an error when nothing was evaluated', async () => {
    t.serve(runtypeResults('completed', 0, 0, 0));
    const result = await t.gate({ threshold: '0' });
    assert.equal(result.outputs.verdict, 'error');
    assert.match(result.gate.reason, /field "totalRecords": 0 on a completed run/);
  });

  // Runtype gives no sampleRank: the derived one stands for every vendor that gives none.
  it('derives sampleRank the same on every run of the job and says it was derived', async () => {
    t.serve(runtypeResults('completed', 50, 0));
    // Different randomness (jitter) on each run must not move the rank.
    const first = await t.gate({}, () => 0.1);
    const second = await t.gate({}, () => 0.9);
    assert.equal(first.outputs['sample-rank'], String(derivedSampleRank('runtype', RUN_ID)));
    assert.equal(first.outputs['sample-rank'], second.outputs['sample-rank']);
    assert.match(first.summary, /derived rank/);
  });
};
