// The package as npm would publish it: packed, installed in an empty folder,
// and run from there (its --help and one gate against the simulator). A
// broken `files` list, bin entry or missing bundle chunk fails here, not for users.
// node scripts/pack-smoke.ts   (.ci/run runs it after the dist check)
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { playScenario } from '../sim/scenarios.ts';
import { startVendorSim } from '../sim/vendor-sim.ts';

const work = mkdtempSync(join(tmpdir(), 'eval-gate-pack-'));
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

interface Ran {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the installed bin without blocking this process, whose simulator must keep answering. */
function run(bin: string, args: string[], env: NodeJS.ProcessEnv): Promise<Ran> {
  return new Promise((resolve) =>
    execFile(bin, args, { env, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({
        status: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
        stdout,
        stderr: `${stderr}${error && typeof error.code !== 'number' ? String(error) : ''}`,
      }),
    ),
  );
}

function fail(what: string, ran: Ran): never {
  throw new Error(`${what} (exit ${ran.status}):\n${ran.stdout}\n${ran.stderr}`);
}

try {
  const [packed] = JSON.parse(npm(['pack', '--json', '--silent', '--pack-destination', work], process.cwd())) as Array<{
    filename: string;
  }>;
  if (!packed) throw new Error('npm pack made no tarball');
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{ "private": true }\n');
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', '--omit=dev', '--loglevel=error', join(work, packed.filename)], app);

  // The bin's `#!/usr/bin/env node` finds the Node that runs this script (24), as a user's PATH would.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
    EVAL_GATE_API_KEY: 'sk_pack_smoke',
  };
  delete env.GITHUB_ACTIONS;
  const bin = join(app, 'node_modules', '.bin', 'eval-gate');
  const help = await run(bin, ['--help'], env);
  if (help.status !== 0 || !help.stdout.includes('Usage: eval-gate')) fail('eval-gate --help', help);

  const sim = await startVendorSim();
  try {
    const baseUrl = playScenario(sim, 'aegis', 'pass', '991');
    const args = ['--provider', 'aegis', '--run-id', '991', '--base-url', baseUrl, '--poll-interval', '50ms', '--timeout', '20s'];
    const gated = await run(bin, args, env);
    if (gated.status !== 0 || !/pass/i.test(gated.stdout)) fail('eval-gate against the simulator', gated);
  } finally {
    await sim.close();
  }
  console.log(`${packed.filename}: installs from an empty folder, answers --help and gates a simulated run.`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
