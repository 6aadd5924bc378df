// Eigenpal Studio's quirks, run beside the conformance suite.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { eigenpalRun } from '../../sim/fixtures/eigenpal.ts';
import { foreignHtml, nodesOf, parseGfm, visibleText } from '../helpers/markdown.ts';
import type { Quirks } from './conformance.ts';

export const eigenpalQuirks: Quirks = (t) => {
  it('falls back on `finished` when execution.status is absent', async () => {
    t.serve(eigenpalRun({ finished: false }), eigenpalRun({ finished: true }));
    const result = await t.gate();
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(t.sim.requests.length, 2);
  });

  it('fails a finished run with an error and shows the error text, escaped', async () => {
    t.serve(eigenpalRun({ finished: true, error: 'boom <script>alert(1)</script> @alice' }));
    const result = await t.gate();
    assert.equal(result.outputs.verdict, 'fail');
    assert.equal(result.outputs.status, 'failed');
    assert.deepEqual(foreignHtml(result.summary), []);
    assert.ok(nodesOf(parseGfm(result.summary), 'code').some((n) => (n as { value: string }).value.includes('boom <script>')));
    assert.match(visibleText(result.summary), /boom <script>alert\(1\)<\/script> @\u200Balice/);
    assert.equal(result.report.runs[0]?.vendorError, 'boom <script>alert(1)</script> @alice');
  });

  it('passes a run without `eval` that finished without error', async () => {
    t.serve(eigenpalRun({ status: 'completed', noEval: true }));
    const result = await t.gate();
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(result.outputs.score, '');
  });

  it('takes the score on a 0–1 scale and sampleRank from the payload', async () => {
    t.serve(eigenpalRun({ status: 'completed', evalScore: 0.92, sampleRank: 0.0421 }));
    const result = await t.gate({ threshold: '0.95', 'sample-rate': '0.1' });
    assert.equal(result.outputs.verdict, 'fail');
    assert.equal(result.outputs.score, '0.92');
    assert.equal(result.outputs['sample-rank'], '0.0421');
    assert.equal(result.outputs.sampled, 'true');
    assert.match(result.summary, /Selected for human review/);
    assert.match(result.summary, /the vendor's rank 0\.042\)/);
    assert.match(result.summary, /invoice\\-extractor/);
  });
};
