import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, beforeEach, describe, it } from 'node:test';
import { aegisEvaluation, aegisRun } from '../../sim/fixtures/aegis.ts';
import { startVendorSim, type VendorSim } from '../../sim/vendor-sim.ts';
import { gate } from '../helpers/gate.ts';
import { foreignHtml, nodesOf, parseGfm, visibleText } from '../helpers/markdown.ts';

let sim: VendorSim;
before(async () => {
  sim = await startVendorSim();
});
after(() => sim.close());
beforeEach(() => sim.requests.splice(0));

const serve = (id: number, ...bodies: unknown[]) =>
  sim.script(
    `/api/v1/runs/${id}`,
    bodies.map((json) => ({ json })),
  );

describe('several runs in one gate', () => {
  it('passes when both of two runs pass, with a row per run and no per-run outputs', async () => {
    serve(1, aegisRun({ result: 80 }));
    serve(2, aegisRun({ finished: false }), aegisRun({ result: 90 }));
    const result = await gate(sim, 'aegis', { 'run-id': '1\n2' });
    assert.equal(result.outputs.verdict, 'pass', result.stdout);
    for (const name of ['score', 'threshold', 'pass-rate', 'sample-rank', 'run-url']) assert.equal(result.outputs[name], '', name);
    assert.equal(result.outputs.sampled, 'false');
    const rows = nodesOf(parseGfm(result.summary), 'table')[0] as { children: unknown[] };
    assert.equal(rows.children.length, 3);
    const report = JSON.parse(await readFile(result.outputs.report ?? '', 'utf8'));
    assert.deepEqual(
      report.runs.map((r: { runId: string }) => r.runId),
      ['1', '2'],
    );
  });

  it('fails when one of five fails, and says which', async () => {
    for (const id of [1, 2, 3, 4]) serve(id, aegisRun({ result: 85 }));
    serve(5, aegisRun({ result: 40 }));
    const result = await gate(sim, 'aegis', { 'run-id': '1,2,3,4,5' });
    assert.equal(result.outputs.verdict, 'fail');
    assert.match(result.stdout, /1 of 5 runs fail; run 5: the vendor reports a fail/);
    assert.deepEqual(foreignHtml(result.summary), []);
  });

  it('is an error when one run cannot be decided, even if another fails', async () => {
    serve(1, aegisRun({ result: 40 }));
    sim.script('/api/v1/runs/2', [{ status: 401 }]);
    const result = await gate(sim, 'aegis', { 'run-id': '1\n2', 'sample-rate': '1' });
    assert.equal(result.outputs.verdict, 'error');
    assert.equal(result.outputs.status, 'error');
    assert.equal(result.outputs.sampled, 'true');
  });

  it("pauses every run's requests when the vendor answers one with 429 Retry-After", async () => {
    sim.script('/api/v1/runs/1', [{ status: 429, headers: { 'retry-after': '2' } }, { json: aegisRun() }]);
    serve(2, ...Array.from({ length: 5 }, () => aegisRun({ finished: false })), aegisRun());
    const result = await gate(sim, 'aegis', { 'run-id': '1\n2' });
    assert.equal(result.outputs.verdict, 'pass');
    // Unpaused, run 2 would poll all its six answers (every 50 ms) while run 1 waits out its 2 s; paused, it
    // asks at most once in that time (a request already on its way), and once more as the pause ends.
    const paths = sim.requests.map((r) => r.path);
    const [limited, retried] = [paths.indexOf('/api/v1/runs/1'), paths.lastIndexOf('/api/v1/runs/1')];
    const meanwhile = paths.slice(limited + 1, retried).filter((p) => p.endsWith('/2'));
    assert.ok(retried > limited && meanwhile.length <= 2, `run 2 asked ${meanwhile.length} times during run 1's pause`);
  });

  it('waits for a run that ends long after the others, under one deadline', async () => {
    serve(1, aegisRun());
    serve(2, ...Array.from({ length: 6 }, () => aegisRun({ finished: false })), aegisRun());
    const result = await gate(sim, 'aegis', { 'run-id': '1\n2' });
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(sim.requests.filter((r) => r.path.endsWith('/1')).length, 1);
    assert.equal(sim.requests.filter((r) => r.path.endsWith('/2')).length, 7);
  });
});

describe('a baseline run', () => {
  const candidate = () =>
    aegisRun({
      result: 80,
      aggregate: { ans_corr: 82, faith: 78 },
      evaluations: [aegisEvaluation(0), aegisEvaluation(1, { result: 40, metric: 'faith' }), aegisEvaluation(2, { result: 30 })],
    });

  it('shows the score and each metric beside the baseline, and how the records paired by key', async () => {
    serve(1, candidate());
    serve(
      900,
      aegisRun({
        result: 85,
        aggregate: { ans_corr: 84, faith: 86 },
        evaluations: [aegisEvaluation(0), aegisEvaluation(1, { result: 40, metric: 'faith' })],
      }),
    );
    const result = await gate(sim, 'aegis', { 'run-id': '1', 'baseline-run-id': '900' });
    assert.equal(result.outputs.verdict, 'pass');
    assert.match(result.summary, /### Compared with baseline run 900/);
    assert.match(result.summary, /\| Score \| 85 \| 80 \| ▼ -5 \|/);
    assert.match(result.summary, /\| metric ans\\_corr \| 84 \| 82 \| ▼ -2 \|/);
    // Record 1003 fails but is not in the baseline: it is new, not newly failing.
    assert.match(visibleText(result.summary), /Records:\s+2 paired by key; 1 only in this run, 0 only in the baseline\./);
    assert.match(visibleText(result.summary), /No paired record flipped\./);
  });

  it('max-regression fails a drop beyond it, overall or on one metric, and passes a gain', async () => {
    serve(1, candidate());
    serve(900, aegisRun({ result: 85, aggregate: { ans_corr: 84, faith: 86 } }));
    const overall = await gate(sim, 'aegis', { 'run-id': '1', 'baseline-run-id': '900', 'max-regression': '3' });
    assert.equal(overall.outputs.verdict, 'fail');
    assert.match(overall.stdout, /score 80 is 5 below the baseline's 85/);
    const metric = await gate(sim, 'aegis', { 'run-id': '1', 'baseline-run-id': '900', 'max-regression': '6' });
    assert.equal(metric.outputs.verdict, 'fail');
    assert.match(metric.stdout, /metric faith 78 is 8 below the baseline's 86 \(max-regression 6\)/);
    serve(900, aegisRun({ result: 70, aggregate: { ans_corr: 70, faith: 70 } }));
    const better = await gate(sim, 'aegis', { 'run-id': '1', 'baseline-run-id': '900', 'max-regression': '0' });
    assert.equal(better.outputs.verdict, 'pass');
    assert.match(better.summary, /▲ \+10/);
  });

  it('warns about a baseline it cannot read, and is an error only when max-regression needs it', async () => {
    serve(1, candidate());
    sim.script('/api/v1/runs/900', [{ status: 403 }]);
    const warned = await gate(sim, 'aegis', { 'run-id': '1', 'baseline-run-id': '900' });
    assert.equal(warned.outputs.verdict, 'pass');
    assert.match(warned.stdout, /::warning::eval-gate: baseline run 900 could not be read/);
    assert.match(warned.summary, /Baseline run 900 could not be read/);
    const enforced = await gate(sim, 'aegis', { 'run-id': '1', 'baseline-run-id': '900', 'max-regression': '2' });
    assert.equal(enforced.outputs.verdict, 'error');
    assert.match(enforced.stdout, /baseline run 900 could not be read: aegis: GET \/api\/v1\/runs\/900: forbidden \(HTTP 403\)/);
  });
});
