// Issue 16: the start input through the built action, with the runner's environment: the create
// request, the gate, and the run-id output that hands the created ids to later steps.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { aegisRun } from '../../sim/fixtures/aegis.ts';
import { runtypeResults } from '../../sim/fixtures/runtype.ts';
import { startVendorSim, type VendorSim } from '../../sim/vendor-sim.ts';
import { API_KEY, everythingWritten, gate } from '../helpers/gate.ts';

let sim: VendorSim;
before(async () => {
  sim = await startVendorSim();
});
after(() => sim.close());
beforeEach(() => sim.requests.splice(0));

const posts = () => sim.requests.filter((r) => r.method === 'POST');
/** The gate helper gives run-id 991 by default: a started gate gives none. */
const started = (body: unknown) => ({ 'run-id': '', start: JSON.stringify(body) });

describe('start through the action', () => {
  it('Aegis: a started dataset run is gated to a pass, and run-id holds the created id', async () => {
    sim.script('/api/v1/runs/dataset', [{ json: aegisRun({ finished: false }), status: 201 }]);
    sim.script('/api/v1/runs/991', [{ json: aegisRun({ finished: false }) }, { json: aegisRun() }]);
    const body = { dataset_id: 7, alias: 'pr-42-0123456' };
    const result = await gate(sim, 'aegis', started(body));
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(result.outputs['run-id'], '991');
    assert.equal(posts().length, 1);
    assert.deepEqual(JSON.parse(posts()[0]?.body ?? ''), body);
    assert.equal(posts()[0]?.headers.authorization, `Bearer ${API_KEY}`);
  });

  it('Runtype: two submissions are both gated, and run-id holds both ids, one per line', async () => {
    sim.script('/v1/eval/submit', [
      {
        json: {
          evalGroupId: 'g1',
          submissions: ['b1', 'b2'].map((id) => ({ batchExecutionId: id, evalName: `pr-42 ${id}`, status: 'queued' })),
          totalEvals: 2,
        },
      },
    ]);
    sim.script('/v1/eval/b1/results', [{ json: runtypeResults('running', 20, 0) }, { json: runtypeResults('completed', 50, 0) }]);
    sim.script('/v1/eval/b2/results', [{ json: runtypeResults('completed', 50, 0) }]);
    const result = await gate(sim, 'runtype', { ...started({ flowId: 'flow-1', evalName: 'pr-42' }), threshold: '98' });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(result.outputs['run-id'], 'b1\nb2');
    assert.equal(posts().length, 1);
    assert.ok(sim.requests.some((r) => r.path === '/v1/eval/b2/results'));
  });

  it('an ambiguous create failure (a 502 after the body was sent) is never retried and never passes', async () => {
    // The simulator answers once the whole request is in: the vendor had the body when it said 502.
    sim.script('/api/v1/runs/dataset', [{ status: 502 }, { json: aegisRun(), status: 201 }]);
    sim.script('/api/v1/runs/991', [{ json: aegisRun() }]);
    const result = await gate(sim, 'aegis', started({ dataset_id: 7 }));
    assert.notEqual(result.exitCode, 0);
    assert.equal(result.outputs.verdict, 'error');
    assert.equal(result.outputs.passed, 'false');
    assert.equal(result.outputs['run-id'], '', 'no run id is claimed for a run that may or may not exist');
    assert.equal(sim.requests.length, 1, 'one POST, sent once, and nothing polled');
    const written = everythingWritten(result).replace(/::add-mask::.*\n/g, '');
    assert.match(written, /a run may have been created: look for it under Runs in Aegis Evals/);
    assert.doesNotMatch(written, new RegExp(API_KEY));
  });

  it('start together with run-id is rejected before any request, naming both inputs', async () => {
    const result = await gate(sim, 'aegis', { start: JSON.stringify({ dataset_id: 7 }), 'run-id': '991' });
    assert.notEqual(result.exitCode, 0);
    assert.equal(result.outputs.verdict, 'error');
    assert.match(result.stdout, /::error::eval-gate: start, run-id: expected one of start \(or start-file\) to start a run, or run-id/);
    assert.equal(sim.requests.length, 0);
  });
});
