// The CLI: a few cases through the built dist/cli/index.js (a pass, a step's log, --help), the rest its
// cli() in this process and in virtual time.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { aegisRun } from '../../sim/fixtures/aegis.ts';
import { humanloopRun, humanloopRuns } from '../../sim/fixtures/humanloop.ts';
import { CLI_ENTRY, runCli } from '../../sim/run-action.ts';
import { cliInProcess } from '../helpers/action-in-process.ts';
import { startVendorSim, type VendorSim } from '../../sim/vendor-sim.ts';
import { CLI_FLAGS } from '../../src/inputs/cli-flags.ts';
import { API_KEY } from '../helpers/gate.ts';
import { junitProblems } from '../helpers/junit-schema.ts';
import { formattedLines, runnerCommands } from '../helpers/runner-commands.ts';

const ESC = '\u001B';
let sim: VendorSim;
before(async () => {
  sim = await startVendorSim();
});
after(() => sim.close());
beforeEach(() => sim.requests.splice(0));

/** The CLI: its cli() in this process, in virtual time; `built` runs dist/cli/index.js as a shell would. */
async function cli(args: string[], env: Record<string, string> = { EVAL_GATE_API_KEY: API_KEY }, built = false) {
  return (built ? runCli : cliInProcess)(args, env);
}

const base = () => ['--provider', 'aegis', '--base-url', `${sim.url}/api/v1`, '--poll-interval', '50ms'];

describe('the CLI', () => {
  it('exits 0 on a pass and prints the report as markdown', async () => {
    sim.script('/api/v1/runs/1', [{ json: aegisRun() }]);
    const result = await cli([...base(), '--run-id', '1'], undefined, true);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^## ✅ Evals passed/);
    assert.equal(sim.requests[0]?.headers.authorization, `Bearer ${API_KEY}`);
  });

  it('exits 1 on a fail, 0 with --fail-on never', async () => {
    sim.script('/api/v1/runs/1', [{ json: aegisRun({ result: 40 }) }]);
    assert.equal((await cli([...base(), '--run-id', '1'])).code, 1);
    assert.equal((await cli([...base(), '--run-id', '1', '--fail-on', 'never'])).code, 0);
  });

  it('exits 2 when it cannot decide, and on bad input before any request', async () => {
    sim.script('/api/v1/runs/1', [{ status: 401 }]);
    assert.equal((await cli([...base(), '--run-id', '1'])).code, 2);
    sim.requests.splice(0);
    const bad = await cli([...base(), '--run-id', '1', '--threshold', 'eighty']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^eval-gate: --threshold: expected a number, got "eighty"/);
    assert.equal(sim.requests.length, 0);
    const unknown = await cli([...base(), '--run-id', '1', '--colour', 'red']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--colour/);
  });

  it('inside a GitHub Actions step, prints nothing the runner would take for a workflow command', async () => {
    const flag = '--x\r::add-mask::y\n##[error]z';
    const inActions = await cli([...base(), '--run-id', '1', flag], { EVAL_GATE_API_KEY: API_KEY, GITHUB_ACTIONS: 'true' }, true);
    assert.equal(inActions.code, 2);
    assert.match(inActions.stderr, /add-mask/);
    assert.deepEqual(runnerCommands(inActions.stderr), []);
    assert.deepEqual(formattedLines(inActions.stderr), []);
    sim.script('/api/v1/runs/1', [{ json: { ...aegisRun(), dataset: '::error::x ##[warning]y' } }]);
    const json = await cli([...base(), '--run-id', '1', '--format', 'json'], { EVAL_GATE_API_KEY: API_KEY, GITHUB_ACTIONS: 'true' }, true);
    assert.deepEqual(runnerCommands(json.stdout), []);
    assert.match(JSON.stringify(JSON.parse(json.stdout)), /##\[warning\]y/);
  });

  it('prints the JSON report with --format json, for several runs', async () => {
    sim.script('/api/v1/runs/1', [{ json: aegisRun() }]);
    sim.script('/api/v1/runs/2', [{ json: aegisRun({ result: 90 }) }]);
    const result = await cli([...base(), '--run-id', '1', '--run-id', '2', '--format', 'json']);
    assert.equal(result.code, 0);
    const report = JSON.parse(result.stdout);
    assert.equal(report.verdict, 'pass');
    assert.deepEqual(
      report.runs.map((r: { score: number }) => r.score),
      [83.5, 90],
    );
  });

  it('reads the run ids from --run-id-file', async () => {
    sim.script('/api/v1/runs/1', [{ json: aegisRun() }]);
    sim.script('/api/v1/runs/2', [{ json: aegisRun({ result: 40 }) }]);
    const dir = await mkdtemp(join(tmpdir(), 'eval-gate-cli-'));
    await writeFile(join(dir, 'ids'), '1\n2\n');
    const result = await cli([...base(), '--run-id-file', join(dir, 'ids'), '--format', 'json']);
    assert.equal(result.code, 1);
    assert.deepEqual(
      JSON.parse(result.stdout).runs.map((r: { runId: string }) => r.runId),
      ['1', '2'],
    );
  });

  it('reads the key from the variable --api-key-env names, and refuses a plain --api-key', async () => {
    sim.script('/api/v1/runs/1', [{ json: aegisRun() }]);
    const named = await cli([...base(), '--run-id', '1', '--api-key-env', 'MY_KEY'], { MY_KEY: API_KEY });
    assert.equal(named.code, 0);
    const missing = await cli([...base(), '--run-id', '1'], {});
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^eval-gate: EVAL_GATE_API_KEY \(or the variable named by --api-key-env NAME\): required/);
    const missingNamed = await cli([...base(), '--run-id', '1', '--api-key-env', 'MY_KEY'], {});
    assert.match(missingNamed.stderr, /^eval-gate: MY_KEY \(the variable --api-key-env names\): required/);
    assert.doesNotMatch(missingNamed.stderr, /api-key:/);
    const plain = await cli([...base(), '--run-id', '1', `--api-key=${API_KEY}`], {});
    assert.equal(plain.code, 2);
    assert.ok(!plain.stderr.includes(API_KEY));
    assert.match(plain.stderr, /--api-key-env/);
  });

  it('--format text: plain text with no markdown escapes or colours when piped, progress on stderr', async () => {
    sim.script('/api/v1/runs/1', [
      { json: aegisRun({ finished: false }) },
      { json: { ...aegisRun({ result: 61.5 }), alias: 'gpt-4o <b>' } },
    ]);
    const result = await cli([...base(), '--run-id', '1', '--format', 'text', '--threshold', '70']);
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stdout, /^✖ Evals failed\nWhy: score 61\.5 < 70\n/);
    assert.match(result.stdout, /gpt-4o <b>/);
    assert.doesNotMatch(result.stdout, /\\[-()_<>*]|&lt;|&amp;|\*\*/);
    assert.ok(!result.stdout.includes(ESC));
    assert.match(result.stderr, /^\[ *\d+ms\] waiting for Aegis Evals: 1 \(timeout 30m\)$/m);
    assert.match(result.stderr, /^\[ *[\d.]+m?s\] aegis run 1: running/m);
  });

  it(
    'on a terminal: text by default, in colour unless NO_COLOR is set',
    { skip: !existsSync('/usr/bin/script') && 'needs script(1) for a terminal' },
    async () => {
      const onTerminal = async (env: Record<string, string>) => {
        sim.script('/api/v1/runs/1', [{ json: aegisRun() }]);
        const command = [process.execPath, CLI_ENTRY, ...base(), '--run-id', '1'].map((a) => `'${a}'`).join(' ');
        // script(1) gives the CLI a pseudo-terminal: stdout.isTTY is true, as in a person's shell.
        const child = spawn('/usr/bin/script', ['-qec', command, '/dev/null'], {
          env: { PATH: process.env.PATH ?? '', EVAL_GATE_API_KEY: API_KEY, ...env },
        });
        let output = '';
        child.stdout.on('data', (c: Buffer) => (output += c.toString()));
        await new Promise((resolve) => child.on('close', resolve));
        return output;
      };
      const coloured = await onTerminal({});
      assert.ok(coloured.includes(`${ESC}[32m✔ Evals passed${ESC}[39m`), coloured);
      const plain = await onTerminal({ NO_COLOR: '1' });
      assert.match(plain, /✔ Evals passed/);
      assert.ok(!plain.includes(ESC), plain);
    },
  );

  it('--format junit writes JUnit XML with the verdict in it', async () => {
    sim.script('/api/v1/runs/1', [{ json: aegisRun({ result: 40 }) }]);
    const result = await cli([...base(), '--run-id', '1', '--format', 'junit']);
    assert.equal(result.code, 1);
    assert.deepEqual(junitProblems(result.stdout.trimEnd()).problems, []);
    assert.match(result.stdout, /<property name="eval-gate.verdict" value="fail"\/>/);
  });

  it('a flag with a value it does not take names the flag and the values it takes', async () => {
    const result = await cli([...base(), '--run-id', '1', '--format', 'yaml']);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'eval-gate: --format: expected text, markdown, json, junit, got "yaml"\n');
    assert.equal(sim.requests.length, 0);
  });

  it('names --application-id before any request for Avido, and warns on every use of Humanloop, which shut down', async () => {
    const avido = await cli(['--provider', 'avido', '--base-url', `${sim.url}/v0`, '--run-id', 'r1']);
    assert.equal(avido.code, 2);
    assert.match(
      avido.stderr,
      /^eval-gate: --application-id: expected your Avido application id \(Avido requires it as x-application-id on every request\), got nothing/,
    );
    assert.equal(sim.requests.length, 0);
    sim.script('/v5/evaluations/ev_1/runs', [{ json: humanloopRuns(humanloopRun('rn_1', 'completed')) }]);
    const humanloop = await cli(['--provider', 'humanloop', '--base-url', `${sim.url}/v5`, '--run-id', 'ev_1', '--poll-interval', '50ms']);
    assert.equal(humanloop.code, 0, humanloop.stderr);
    assert.match(humanloop.stderr, /^eval-gate: warning: Humanloop is discontinued: it shut its platform down on 2025-09-08/m);
  });

  it('says the verdict and its reason on stderr in every format; the advice names the key variable, not the input', async () => {
    for (const format of ['text', 'markdown', 'json', 'junit']) {
      sim.script('/api/v1/runs/1', [{ status: 401 }]);
      const refused = await cli([...base(), '--run-id', '1', '--format', format]);
      assert.equal(refused.code, 2, format);
      assert.match(
        refused.stderr,
        /^eval-gate: could not decide: .*authentication refused \(HTTP 401\): an HTML page \(\d+ characters\); check EVAL_GATE_API_KEY (?:\(or the variable named by --api-key-env NAME\) )?and/m,
        format,
      );
      assert.doesNotMatch(refused.stderr, /check api-key/, format);
    }
    sim.script('/api/v1/runs/1', [{ json: aegisRun({ result: 40 }) }]);
    const failed = await cli([...base(), '--run-id', '1', '--format', 'junit']);
    assert.equal(failed.code, 1);
    assert.match(failed.stderr, /^eval-gate: fail: the vendor reports a fail \(score 40, its threshold 70\)$/m);
    sim.script('/api/v1/runs/1', [{ status: 403 }]);
    const named = await cli([...base(), '--run-id', '1', '--api-key-env', 'MY_KEY'], { MY_KEY: API_KEY });
    assert.match(named.stderr, /check MY_KEY and/);
    const unreachable = await cli(['--provider', 'aegis', '--base-url', 'http://127.0.0.1:9/api/v1', '--run-id', '1', '--timeout', '3s']);
    assert.match(unreachable.stderr, /check --base-url\)/);
  });

  it("prints the markdown as rendered: our zero-width link breaks stay as they are, a vendor's are spelled out", async () => {
    sim.script('/api/v1/runs/1', [{ json: { ...aegisRun(), alias: 'release\u200Bcandidate\u202E' } }]);
    for (const env of [{}, { GITHUB_ACTIONS: 'true' }] as Array<Record<string, string>>) {
      const result = await cli([...base(), '--run-id', '1', '--format', 'markdown'], { EVAL_GATE_API_KEY: API_KEY, ...env });
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /\| Model \| gpt\\-\u200B4o \|/);
      assert.doesNotMatch(result.stdout, /\[U\+200B\]4o/);
      // Spelled out, then escaped for markdown as any vendor text is.
      assert.match(result.stdout, /release\\\[U\\\+200B\\\]candidate\\\[U\\\+202E\\\]/);
    }
  });

  it('with --start, says it is starting, then the id it created; never an empty id', async () => {
    sim.script('/api/v1/runs/dataset', [{ status: 201, json: { ...aegisRun({ finished: false }), id: 991 } }]);
    sim.script('/api/v1/runs/991', [{ json: aegisRun() }]);
    const result = await cli([...base(), '--start', '{"dataset_id": 7}']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /^\[ *\d+ms\] starting a run at Aegis Evals \(timeout 30m\)$/m);
    assert.match(result.stderr, /\] aegis: started 991\n/);
    assert.ok(result.stderr.indexOf('starting a run') < result.stderr.indexOf('started 991'));
    assert.doesNotMatch(result.stderr, /waiting for Aegis Evals: *\(/);
  });

  it('documents every flag in --help', async () => {
    const result = await cli(['--help'], {}, true);
    assert.equal(result.code, 0);
    for (const flag of [...CLI_FLAGS.map((f) => f.name), 'api-key-env', 'format', 'help'])
      assert.match(result.stdout, new RegExp(`--${flag}\\b`));
    assert.match(result.stdout, /0 pass, 1 fail, 2 error/);
  });
});
