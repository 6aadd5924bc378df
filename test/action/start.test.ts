// Issue 16: the start input through the CLI (its cli() in this process, in virtual time; the built CLI and
// action are start-action.test.ts's) against the simulator: the create request, then the gate.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { aegisRun } from '../../sim/fixtures/aegis.ts';
import { EIGENPAL_COMMIT, eigenpalExperiment, eigenpalRun } from '../../sim/fixtures/eigenpal.ts';
import { runtypeResults } from '../../sim/fixtures/runtype.ts';
import { startVendorSim, type Step, type VendorSim } from '../../sim/vendor-sim.ts';
import { runGate } from '../../src/gate.ts';
import { parseInputs } from '../../src/inputs/inputs.ts';
import { providerFor } from '../../src/providers/index.ts';
import { API_KEY, gateInputs } from '../helpers/gate.ts';
import { virtualTiming } from '../helpers/virtual-time.ts';
import { cliInProcess } from '../helpers/action-in-process.ts';

let sim: VendorSim;
before(async () => {
  sim = await startVendorSim();
});
after(() => sim.close());
beforeEach(() => sim.requests.splice(0));

interface Report {
  verdict: string;
  reason: string;
  runs: Array<{ runId: string; started?: boolean; retryChain?: string[] | null; problem: string | null; polls: number }>;
}

async function gate(provider: string, basePath: string, args: string[], env: Record<string, string> = {}) {
  const argv = [
    '--provider',
    provider,
    '--base-url',
    `${sim.url}${basePath}`,
    '--poll-interval',
    '20ms',
    '--timeout',
    '20s',
    '--format',
    'json',
  ];
  const { code, stdout, stderr } = await cliInProcess([...argv, ...args], { EVAL_GATE_API_KEY: API_KEY, ...env });
  return { code, stderr, report: stdout ? (JSON.parse(stdout) as Report) : null };
}

const posts = () => sim.requests.filter((r) => r.method === 'POST');
const created = (json: unknown, status = 201): Step => ({ json, status });

describe('start: Aegis', () => {
  it('a dataset run is started with the body given, then gated to a pass', async () => {
    sim.script('/api/v1/runs/dataset', [created(aegisRun({ finished: false }))]);
    sim.script('/api/v1/runs/991', [{ json: aegisRun() }]);
    const body = { dataset_id: 7, alias: 'pr-42-9fceb02' };
    const result = await gate('aegis', '/api/v1', ['--start', JSON.stringify(body)]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(posts()[0]?.body ?? ''), body);
    assert.equal(posts()[0]?.headers.authorization, `Bearer ${API_KEY}`);
    assert.equal(result.report?.runs[0]?.runId, '991');
    assert.equal(result.report?.runs[0]?.started, true);
  });

  it('a custom run is started at /runs/custom and gated to a fail', async () => {
    sim.script('/api/v1/runs/custom', [created({ ...aegisRun(), id: 992 })]);
    sim.script('/api/v1/runs/992', [{ json: { ...aegisRun({ result: 40 }), id: 992 } }]);
    const result = await gate('aegis', '/api/v1', ['--start', JSON.stringify({ evaluations: [{ metrics: ['ans_corr'], data: [] }] })]);
    assert.equal(result.code, 1, result.stderr);
    assert.equal(posts().length, 1);
    assert.equal(result.report?.runs[0]?.runId, '992');
  });
});

describe('start: Runtype', () => {
  const submitted = (...ids: string[]) =>
    created(
      {
        evalGroupId: 'g1',
        submissions: ids.map((id) => ({ batchExecutionId: id, evalName: id, status: 'queued' })),
        totalEvals: ids.length,
      },
      200,
    );

  it('one submission is gated to a pass', async () => {
    sim.script('/v1/eval/submit', [submitted('b1')]);
    sim.script('/v1/eval/b1/results', [{ json: runtypeResults('running', 20, 0) }, { json: runtypeResults('completed', 50, 0) }]);
    const result = await gate('runtype', '/v1', ['--start', JSON.stringify({ flowId: 'flow-1', evalName: 'pr-42' })]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(
      result.report?.runs.map((r) => r.runId),
      ['b1'],
    );
  });

  it('several submissions are gated together: one failing fails the gate', async () => {
    sim.script('/v1/eval/submit', [submitted('b1', 'b2')]);
    sim.script('/v1/eval/b1/results', [{ json: runtypeResults('completed', 50, 0) }]);
    sim.script('/v1/eval/b2/results', [{ json: runtypeResults('completed', 50, 2) }]);
    const result = await gate('runtype', '/v1', ['--start', JSON.stringify({ flowId: 'flow-1', evalName: 'pr-42' })]);
    assert.equal(result.code, 1, result.stderr);
    assert.deepEqual(
      result.report?.runs.map((r) => r.runId),
      ['b1', 'b2'],
    );
    assert.equal(posts().length, 1);
  });
});

describe('start: Eigenpal', () => {
  it('a run is started at the commit of ref (EVAL_GATE_REF), and passes only having evaluated it', async () => {
    sim.script('/api/v1/runs', [created({ id: 'run_01', type: 'agent', finished: false })]);
    sim.script('/api/v1/runs/run_01', [{ json: eigenpalRun({ finished: false }) }, { json: eigenpalRun() }]);
    const body = { target: 'agents.invoice-extractor', metadata: { pr: 42 } };
    const result = await gate('eigenpal', '/api/v1', ['--start', JSON.stringify(body)], { EVAL_GATE_REF: EIGENPAL_COMMIT.slice(0, 7) });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(posts()[0]?.path, `/api/v1/runs?version=${EIGENPAL_COMMIT.slice(0, 7)}`);
    assert.deepEqual(JSON.parse(posts()[0]?.body ?? ''), body);
    // The flag wins over the variable; a run at another commit is an error naming both.
    const other = await gate('eigenpal', '/api/v1', ['--start', JSON.stringify(body), '--ref', 'abcdef0'], { EVAL_GATE_REF: 'ignored' });
    assert.equal(other.code, 2, other.stderr);
    assert.match(
      other.report?.reason ?? '',
      new RegExp(`other code than ref "abcdef0": field "source.git.commitSha" is "${EIGENPAL_COMMIT}"`),
    );
  });

  it('an experiment is started, its counts progress, and its pass rate decides', async () => {
    sim.script('/api/v1/automations/workflows.invoice/experiments', [created({ id: 'exp_1', runs: [], total: 4 }, 202)]);
    sim.script('/api/v1/automations/workflows.invoice/experiments/exp_1', [
      { json: eigenpalExperiment({ status: 'queued', completed: 0, passed: 0 }) },
      { json: eigenpalExperiment({ status: 'running', completed: 2, passed: 2 }) },
      { json: eigenpalExperiment({ status: 'completed', passed: 3, avgScore: 0.7 }) },
    ]);
    const result = await gate('eigenpal', '/api/v1', [
      '--start',
      JSON.stringify({ automation: 'workflows.invoice', sourceRef: '9fceb02' }),
    ]);
    assert.equal(result.code, 1, result.stderr);
    assert.deepEqual(JSON.parse(posts()[0]?.body ?? ''), { sourceRef: '9fceb02' });
    assert.equal(result.report?.runs[0]?.runId, 'experiment:workflows.invoice:exp_1');
    assert.equal(result.report?.runs[0]?.polls, 3);
    assert.match(result.stderr, /running \(2\/4\)/);
  });

  it('an experiment id given in run-id passes when every run passed', async () => {
    sim.script('/api/v1/automations/workflows.invoice/experiments/exp_2', [{ json: eigenpalExperiment() }]);
    const result = await gate('eigenpal', '/api/v1', ['--run-id', 'experiment:workflows.invoice:exp_2', '--min-pass-rate', '100%']);
    assert.equal(result.code, 0, result.stderr);
  });

  it('a run that fails and is retried once, then passes, passes; the chain is reported', async () => {
    sim.script('/api/v1/runs/run_01', [
      { json: eigenpalRun({ status: 'failed', error: 'Step "extract" timed out', nextRunId: 'run_02' }) },
    ]);
    sim.script('/api/v1/runs/run_02', [{ json: eigenpalRun({ id: 'run_02', status: 'completed' }) }]);
    const result = await gate('eigenpal', '/api/v1', ['--run-id', 'run_01']);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(result.report?.runs[0]?.retryChain, ['run_01', 'run_02']);
  });

  it('a run retried twice, then failing, fails', async () => {
    const failed = (id: string, next: string | null) => [{ json: eigenpalRun({ id, status: 'failed', error: 'boom', nextRunId: next }) }];
    sim.script('/api/v1/runs/run_01', failed('run_01', 'run_02'));
    sim.script('/api/v1/runs/run_02', failed('run_02', 'run_03'));
    sim.script('/api/v1/runs/run_03', failed('run_03', null));
    const result = await gate('eigenpal', '/api/v1', ['--run-id', 'run_01']);
    assert.equal(result.code, 1, result.stderr);
    assert.deepEqual(result.report?.runs[0]?.retryChain, ['run_01', 'run_02', 'run_03']);
  });

  it('a retry chain that loops is an error', async () => {
    sim.script('/api/v1/runs/run_01', [{ json: eigenpalRun({ status: 'failed', error: 'boom', nextRunId: 'run_01' }) }]);
    const result = await gate('eigenpal', '/api/v1', ['--run-id', 'run_01']);
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.report?.runs[0]?.problem ?? '', /retry chain run_01 → run_01 names run_01 again/);
  });
});

describe('start: create errors', () => {
  const start = ['--start', JSON.stringify({ dataset_id: 7 })];
  for (const [status, said, expected] of [
    [402, 'Insufficient credits', /payment required \(insufficient credits\) \(HTTP 402\): "Insufficient credits"/],
    [403, 'api_trigger_disabled', /forbidden \(HTTP 403\): "api_trigger_disabled"/],
    [400, 'Duplicate alias', /refused \(HTTP 400\): "Duplicate alias"/],
    [422, 'dataset_id: field required', /request not valid \(HTTP 422\)/],
  ] as const) {
    it(`HTTP ${status} is an error quoting the vendor, sent once, nothing polled`, async () => {
      sim.script('/api/v1/runs/dataset', [{ json: { detail: said }, status }]);
      const result = await gate('aegis', '/api/v1', start);
      assert.equal(result.code, 2, result.stderr);
      assert.equal(sim.requests.length, 1);
      assert.match(result.report?.reason ?? '', expected);
      assert.match(result.report?.reason ?? '', /the run was not started/);
    });
  }

  for (const step of [{ status: 500 }, { fault: 'reset' }, { json: { no: 'id' }, status: 201 }] as Step[]) {
    it(`an ambiguous answer (${JSON.stringify(step)}) is never sent again and never passes`, async () => {
      sim.script('/api/v1/runs/dataset', [step, created(aegisRun())]);
      const result = await gate('aegis', '/api/v1', start);
      assert.equal(result.code, 2, result.stderr);
      assert.equal(sim.requests.length, 1, 'one POST, no retry');
      assert.match(result.report?.reason ?? '', /a run may have been created: look for it under Runs in Aegis Evals/);
    });
  }

  it('429 with Retry-After was turned away whole, so it is sent again', async () => {
    sim.script('/api/v1/runs/dataset', [{ status: 429, headers: { 'retry-after': '0' } }, created(aegisRun())]);
    sim.script('/api/v1/runs/991', [{ json: aegisRun() }]);
    const result = await gate('aegis', '/api/v1', start);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(posts().length, 2);
  });
});

describe('start: bad input, before any request', () => {
  for (const [provider, args, expected] of [
    ['aegis', ['--start', '{"dataset_id":7}', '--run-id', '1'], /--start, --run-id: expected one of start/],
    ['aegis', ['--start', '[1]'], /start: expected a JSON object .* got an array/],
    ['aegis', ['--start', 'dataset 7'], /start: expected a JSON object/],
    ['aegis', ['--start', '{"alias":"x"}'], /start: expected a body with "dataset_id" .* got an object with "alias"/],
    ['aegis', ['--start', '{"dataset_id":7,"is_blocking":true}'], /start: expected "is_blocking" false or left out for aegis .* got true/],
    [
      'avido',
      ['--start', '{"x":1}'],
      /start: expected a vendor whose API starts a run .* got avido \(Avido's trigger, POST \/v0\/tasks\/trigger, answers 204 with no run id/,
    ],
    ['humanloop', ['--start', '{"x":1}'], /got humanloop/],
    ['aegis', ['--start-file', '/nonexistent/start.json'], /start-file: expected a readable file/],
    [
      'aegis',
      ['--run-id', '1', '--ref', 'main'],
      /--ref: expected only with a vendor whose runs record the code they evaluated \(eigenpal\), got "main" with aegis/,
    ],
    ['eigenpal', ['--run-id', '1', '--ref', 'a b'], /--ref: expected a git ref or commit SHA/],
  ] as const) {
    it(`${provider} ${args.join(' ')}`, async () => {
      const result = await gate(provider, '/x', [...args]);
      assert.equal(result.code, 2);
      assert.match(result.stderr, expected);
      assert.equal(sim.requests.length, 0);
    });
  }
});

describe('start, in process', () => {
  it('hands the created ids over before the first poll (the action names them in its pending status)', async () => {
    sim.script('/api/v1/runs/dataset', [{ status: 201, json: { ...aegisRun({ finished: false }), id: 991 } }]);
    sim.script('/api/v1/runs/991', [{ json: aegisRun() }]);
    const raw: Record<string, string> = { ...gateInputs(sim, 'aegis', { 'run-id': '' }), start: '{"dataset_id": 7}' };
    const settings = parseInputs((name) => raw[name] ?? '');
    const handed: Array<{ ids: string[]; polled: number }> = [];
    const gate = await runGate(settings, await providerFor('aegis'), {
      signal: new AbortController().signal,
      log: { info: () => {}, debug: () => {} },
      timing: virtualTiming(() => 0.5),
      onStarted: (ids) => handed.push({ ids, polled: sim.requests.filter((r) => r.method === 'GET').length }),
    });
    assert.equal(gate.verdict, 'pass');
    assert.deepEqual(handed, [{ ids: ['991'], polled: 0 }]);
  });
});
