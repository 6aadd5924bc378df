// Each vendor's quirks, on top of the conformance suite.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, beforeEach, describe, it } from 'node:test';
import { avidoCounts, avidoEval, avidoRun } from '../../sim/fixtures/avido.ts';
import { eigenpalRun } from '../../sim/fixtures/eigenpal.ts';
import { humanloopRun, humanloopRuns } from '../../sim/fixtures/humanloop.ts';
import { runtypeResults } from '../../sim/fixtures/runtype.ts';
import { playScenario } from '../../sim/scenarios.ts';
import { startVendorSim, type VendorSim } from '../../sim/vendor-sim.ts';
import type { ProviderName } from '../../src/model.ts';
import { derivedSampleRank } from '../../src/rules/sample-rank.ts';
import { gate } from '../helpers/gate.ts';
import { foreignHtml, nodesOf, parseGfm, visibleText } from '../helpers/markdown.ts';

let sim: VendorSim;
before(async () => {
  sim = await startVendorSim();
});
after(() => sim.close());
beforeEach(() => sim.requests.splice(0));

const serve = (vendor: ProviderName, ...bodies: unknown[]) =>
  playScenario(
    sim,
    vendor,
    'pass',
    '991',
    bodies.map((json) => ({ json })),
  );

describe('Eigenpal Studio', () => {
  it('falls back on `finished` when execution.status is absent', async () => {
    serve('eigenpal', eigenpalRun({ finished: false }), eigenpalRun({ finished: true }));
    const result = await gate(sim, 'eigenpal');
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(sim.requests.length, 2);
  });

  it('fails a finished run with an error and shows the error text, escaped', async () => {
    serve('eigenpal', eigenpalRun({ finished: true, error: 'boom <script>alert(1)</script> @alice' }));
    const result = await gate(sim, 'eigenpal');
    assert.equal(result.outputs.verdict, 'fail');
    assert.equal(result.outputs.status, 'failed');
    assert.deepEqual(foreignHtml(result.summary), []);
    assert.ok(nodesOf(parseGfm(result.summary), 'code').some((n) => (n as { value: string }).value.includes('boom <script>')));
    assert.match(visibleText(result.summary), /boom <script>alert\(1\)<\/script> @\u200Balice/);
    const report = JSON.parse(await readFile(result.outputs.report ?? '', 'utf8'));
    assert.equal(report.runs[0].vendorError, 'boom <script>alert(1)</script> @alice');
  });

  it('passes a run without `eval` that finished without error', async () => {
    serve('eigenpal', eigenpalRun({ status: 'completed', noEval: true }));
    const result = await gate(sim, 'eigenpal');
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(result.outputs.score, '');
  });

  it('takes the score on a 0–1 scale and sampleRank from the payload', async () => {
    serve('eigenpal', eigenpalRun({ status: 'completed', evalScore: 0.92, sampleRank: 0.0421 }));
    const result = await gate(sim, 'eigenpal', { threshold: '0.95', 'sample-rate': '0.1' });
    assert.equal(result.outputs.verdict, 'fail');
    assert.equal(result.outputs.score, '0.92');
    assert.equal(result.outputs['sample-rank'], '0.0421');
    assert.equal(result.outputs.sampled, 'true');
    assert.match(result.summary, /Selected for human review/);
    assert.match(result.summary, /the vendor's rank 0\.042\)/);
    assert.match(result.summary, /invoice\\-extractor/);
  });
});

describe('Avido', () => {
  it('accepts the run wrapped as { run }', async () => {
    serve('avido', { run: avidoRun('IN_PROGRESS') }, { run: avidoRun('COMPLETED', 'PASSED') });
    const result = await gate(sim, 'avido');
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(result.outputs['pass-rate'], '1');
    assert.equal(result.outputs.score, '100');
  });

  it('accepts the result object with counts and no status', async () => {
    serve(
      'avido',
      { ...avidoRun(undefined, avidoCounts(3, 0, 4)), evals: undefined },
      { ...avidoRun(undefined, avidoCounts(3, 1, 4)), evals: undefined },
    );
    const result = await gate(sim, 'avido');
    assert.equal(sim.requests.length, 2);
    assert.equal(result.outputs.verdict, 'fail');
    assert.equal(result.outputs['pass-rate'], '0.75');
  });

  it('is an error, not a pass, when COMPLETED has no result', async () => {
    serve('avido', avidoRun('COMPLETED'));
    const result = await gate(sim, 'avido');
    assert.equal(result.outputs.verdict, 'error');
    assert.match(result.stdout, /field "result": expected "PASSED", "FAILED" or the counts on a COMPLETED run, got nothing \(missing\)/);
  });

  it('takes the verdict from the status when there is no result', async () => {
    serve('avido', avidoRun('FAILED', undefined, [avidoEval('e1', 'FAILED')]));
    const result = await gate(sim, 'avido');
    assert.equal(result.outputs.verdict, 'fail');
    assert.equal(result.outputs['pass-rate'], '0');
  });

  it('sends x-application-id only when application-id is set', async () => {
    serve('avido', avidoRun('COMPLETED', 'PASSED'));
    await gate(sim, 'avido');
    assert.equal(sim.requests[0]?.headers['x-application-id'], undefined);
    await gate(sim, 'avido', { 'application-id': 'app_42' });
    assert.equal(sim.requests[1]?.headers['x-application-id'], 'app_42');
  });
});

describe('Runtype', () => {
  it('computes pass rate and score from the record counts and lists failing records', async () => {
    serve('runtype', runtypeResults('completed', 50, 2));
    const result = await gate(sim, 'runtype', { 'min-pass-rate': '0.95' });
    assert.equal(result.outputs['pass-rate'], '0.96');
    assert.equal(result.outputs.score, '96');
    assert.equal(result.outputs.verdict, 'pass');
    assert.match(result.summary, /Customer Query \\#\u200B001/);
  });

  it('never passes a completed run with unprocessed records: the status and the counts disagree', async () => {
    serve('runtype', runtypeResults('completed', 49, 0));
    const result = await gate(sim, 'runtype', { threshold: '90' });
    assert.equal(result.outputs.verdict, 'error');
    assert.match(result.stdout, /a completed run with 1 of \\?"totalRecords\\?" 50 not processed/);
  });

  it('is an error when nothing was evaluated', async () => {
    serve('runtype', runtypeResults('completed', 0, 0, 0));
    const result = await gate(sim, 'runtype', { threshold: '0' });
    assert.equal(result.outputs.verdict, 'error');
    assert.match(result.stdout, /field "totalRecords": 0 on a completed run/);
  });
});

describe('Humanloop', () => {
  it('reads the stats only when a rule needs a score, leaving the control run out', async () => {
    playScenario(sim, 'humanloop', 'pass', '991');
    const plain = await gate(sim, 'humanloop');
    assert.ok(!sim.requests.some((r) => r.path.endsWith('/stats')));
    assert.equal(plain.outputs['run-url'], 'https://app.humanloop.com/evaluations/991');
    sim.requests.splice(0);
    playScenario(sim, 'humanloop', 'pass', '991');
    const scored = await gate(sim, 'humanloop', { threshold: '85' });
    assert.ok(sim.requests.some((r) => r.path === '/v5/evaluations/991/stats'));
    assert.equal(scored.outputs.score, '90');
    assert.equal(scored.outputs['pass-rate'], '0.9');
    assert.equal(scored.outputs.verdict, 'pass');
  });

  it('keeps the run link only on a host eval-gate knows', async () => {
    serve('humanloop', humanloopRuns(humanloopRun('rn_1', 'completed')));
    sim.script('/v5/evaluations/991', [{ json: { id: '991', url: 'https://evil.example/evaluations/991' } }]);
    const result = await gate(sim, 'humanloop');
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(result.outputs['run-url'], '');
    assert.doesNotMatch(result.summary, /evil\.example/);
  });

  it('gives the verdict even when the evaluation link cannot be read', async () => {
    serve('humanloop', humanloopRuns(humanloopRun('rn_1', 'completed')));
    sim.script('/v5/evaluations/991', [{ status: 500 }]);
    const result = await gate(sim, 'humanloop');
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(result.outputs['run-url'], '');
    assert.equal(sim.requests.filter((r) => r.path === '/v5/evaluations/991').length, 1);
  });

  it('says so when the deadline passes on a run nobody orchestrates', async () => {
    serve('humanloop', humanloopRuns(humanloopRun('rn_1', 'completed'), humanloopRun('rn_2', 'running', { orchestrated: false })));
    const result = await gate(sim, 'humanloop', { timeout: '1500ms' });
    assert.equal(result.outputs.verdict, 'error');
    assert.equal(result.outputs.status, 'timed_out');
    assert.match(result.stdout, /not orchestrated by Humanloop and stay running until their owner marks them complete/);
  });
});

describe('derived sampleRank', () => {
  it('is the same on every run of the job and says it was derived', async () => {
    serve('runtype', runtypeResults('completed', 50, 0));
    const first = await gate(sim, 'runtype');
    const second = await gate(sim, 'runtype');
    assert.equal(first.outputs['sample-rank'], String(derivedSampleRank('runtype', '991')));
    assert.equal(first.outputs['sample-rank'], second.outputs['sample-rank']);
    assert.match(first.summary, /derived rank/);
  });
});
