// Eigenpal's quirks about the code a run evaluated (the ref input), its create requests and its base-url.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { EIGENPAL_COMMIT, eigenpalErrorBody, eigenpalExampleRun, eigenpalExperiment, eigenpalRun } from '../../sim/fixtures/eigenpal.ts';
import { visibleText } from '../helpers/markdown.ts';
import { RUN_ID, type QuirkContext } from './conformance.ts';

const SHORT = EIGENPAL_COMMIT.slice(0, 7);
const OTHER = '1234567890abcdef1234567890abcdef12345678';
const posts = (t: QuirkContext) => t.sim.requests.filter((r) => r.method === 'POST');

export function eigenpalCodeQuirks(t: QuirkContext): void {
  it('ref: a run that evaluated that commit passes, and the report shows what it evaluated', async () => {
    t.serve(eigenpalRun());
    const result = await t.gate({ ref: SHORT });
    assert.equal(result.outputs.verdict, 'pass', result.gate.reason);
    assert.match(
      result.gate.reason,
      new RegExp(`the run evaluated ref "${SHORT}" \\(field "source.git.commitSha" is "${EIGENPAL_COMMIT}"\\)`),
    );
    assert.match(visibleText(result.summary), /Evaluated/);
    assert.ok(result.report.runs[0]?.details.some((d) => d.label === 'Evaluated' && d.value.includes(EIGENPAL_COMMIT)));
  });

  it('ref: a run that evaluated another commit is an error naming both, even when its eval passed', async () => {
    t.serve(eigenpalRun({ git: { commitSha: OTHER } }));
    const result = await t.gate({ ref: EIGENPAL_COMMIT });
    assert.equal(result.outputs.verdict, 'error');
    assert.match(result.gate.reason, new RegExp(`other code than ref "${EIGENPAL_COMMIT}": field "source.git.commitSha" is "${OTHER}"`));
  });

  it('ref: a run that does not say what it evaluated is an error, never a pass', async () => {
    for (const body of [
      eigenpalRun({ git: null }),
      eigenpalRun({ git: { commitSha: null } }),
      eigenpalRun({ type: 'workflow', version: null }),
    ]) {
      t.serve(body);
      const result = await t.gate({ ref: SHORT });
      assert.equal(result.outputs.verdict, 'error', JSON.stringify(body.source));
      assert.match(result.gate.reason, /the run does not say what code it evaluated: field "source\.(git\.commitSha|version)" is empty/);
    }
  });

  it('ref: a workflow run is checked by its source.version; a branch by requestedRef or resolvedRef', async () => {
    t.serve(eigenpalRun({ type: 'workflow', version: 'v2.1.0' }));
    assert.equal((await t.gate({ ref: 'v2.1.0' })).outputs.verdict, 'pass');
    assert.equal((await t.gate({ ref: 'v2.0.0' })).outputs.verdict, 'error');
    t.serve(eigenpalRun({ git: { requestedRef: 'pr-42', resolvedRef: 'refs/heads/pr-42' } }));
    assert.equal((await t.gate({ ref: 'refs/heads/pr-42' })).outputs.verdict, 'pass');
    assert.equal((await t.gate({ ref: 'main' })).outputs.verdict, 'error');
  });

  it('ref with start: POST /runs?version=REF, then the run is checked against it', async () => {
    t.sim.script('/api/v1/runs', [{ status: 201, json: { id: RUN_ID, type: 'agent', finished: false } }]);
    t.serve(eigenpalRun());
    const result = await t.gate({ 'run-id': '', ref: EIGENPAL_COMMIT, start: JSON.stringify({ target: 'agents.invoice-extractor' }) });
    assert.equal(result.outputs.verdict, 'pass', result.gate.reason);
    assert.equal(posts(t)[0]?.path, `/api/v1/runs?version=${EIGENPAL_COMMIT}`);
    assert.deepEqual(JSON.parse(posts(t)[0]?.body ?? ''), { target: 'agents.invoice-extractor' });
  });

  it('ref with an experiment: sent as sourceRef; a body whose sourceRef names other code is bad input', async () => {
    const path = '/api/v1/automations/workflows.invoice/experiments';
    t.sim.script(path, [{ status: 202, json: { id: 'exp_9', runs: [], total: 4 } }]);
    t.sim.script(`${path}/exp_9`, [{ json: eigenpalExperiment() }]);
    const result = await t.gate({ 'run-id': '', ref: EIGENPAL_COMMIT, start: JSON.stringify({ automation: 'workflows.invoice' }) });
    assert.equal(result.outputs.verdict, 'pass', result.gate.reason);
    assert.deepEqual(JSON.parse(posts(t)[0]?.body ?? ''), { sourceRef: EIGENPAL_COMMIT });
    t.sim.requests.splice(0);
    const conflict = t.gate({
      'run-id': '',
      ref: EIGENPAL_COMMIT,
      start: JSON.stringify({ automation: 'workflows.invoice', sourceRef: 'main' }),
    });
    await assert.rejects(
      conflict,
      /ref, start: expected the start body's "sourceRef" to name the code of ref "9fceb02d\w+" \(or to be left out\), got "main"/,
    );
    assert.equal(t.sim.requests.length, 0);
  });

  it('one dataset example: POST …/examples/{exampleId}/run with no body, then its eval-scoped run', async () => {
    const path = '/api/v1/automations/agents.invoice-extractor/examples/ex_42/run';
    t.sim.script(path, [{ status: 201, json: eigenpalExampleRun(RUN_ID) }]);
    t.serve(eigenpalRun());
    const result = await t.gate({ 'run-id': '', start: JSON.stringify({ automation: 'agents.invoice-extractor', exampleId: 'ex_42' }) });
    assert.equal(result.outputs.verdict, 'pass', result.gate.reason);
    assert.equal(posts(t)[0]?.path, path);
    assert.equal(posts(t)[0]?.body, '');
    assert.equal(posts(t)[0]?.headers['content-type'], undefined);
  });

  it('one dataset example cannot take options or be pinned: bad input, naming the experiment that can', async () => {
    const start = (body: object) => JSON.stringify({ automation: 'agents.bot', exampleId: 'ex_1', ...body });
    await assert.rejects(
      t.gate({ 'run-id': '', start: start({ examples: ['ex_2'] }) }),
      /start: expected only "automation" and "exampleId".*got also "examples"/,
    );
    await assert.rejects(
      t.gate({ 'run-id': '', start: start({}), ref: SHORT }),
      /ref: expected no ref with one dataset example .*"examples": \["ex_1"\]/,
    );
    assert.equal(t.sim.requests.length, 0);
  });

  it("a start refused with Eigenpal's error envelope quotes its issues and request id", async () => {
    const envelope = eigenpalErrorBody({ code: 'api_trigger_disabled', message: 'API trigger is off' }, 'req_5', 'Enable it in Settings');
    t.sim.script('/api/v1/runs', [{ status: 403, json: envelope }]);
    const result = await t.gate({ 'run-id': '', start: JSON.stringify({ target: 'agents.bot' }) });
    assert.equal(result.outputs.verdict, 'error');
    assert.match(
      result.gate.reason,
      /the run was not started: forbidden \(HTTP 403\): "API trigger is off" \(code "api_trigger_disabled", field "<root>"\); hint "Enable it in Settings"; request id "req_5"/,
    );
  });

  it('a base-url given as a bare host, as the SDK takes it, gets its /v1 prefix', async () => {
    t.sim.script(`/v1/runs/${RUN_ID}`, [{ json: eigenpalRun() }]);
    const result = await t.gate({ 'base-url': t.sim.url });
    assert.equal(result.outputs.verdict, 'pass', result.gate.reason);
    assert.equal(t.sim.requests[0]?.path, `/v1/runs/${RUN_ID}`);
  });
}
