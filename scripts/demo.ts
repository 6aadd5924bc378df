// npm run demo -- [--vendor aegis] [--scenario pass|fail|slow|flaky|cancelled] [--threshold N] [--start]
// Plays a run on the embedded vendor simulator and gates it with the built
// action, streaming its log as a runner shows it; with --start the action
// starts the run first (the start input). Flags are checked first, and dist/ is
// rebuilt only when a source file is newer than it.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { scenarioInputs, scenarioProblem, type ScenarioName } from '../sim/scenarios.ts';
import { startProblem } from '../sim/starts.ts';
import type { ProviderName } from '../src/model.ts';
import { runnerView } from './runner-log.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FLAGS = {
  vendor: { type: 'string' },
  scenario: { type: 'string' },
  threshold: { type: 'string' },
  start: { type: 'boolean' },
} as const;

/** Exits with one line naming the flag and what it takes. */
function usage(problem: string): never {
  process.stderr.write(`demo: ${problem}\n`);
  process.exit(2);
}

interface DemoFlags {
  vendor: ProviderName;
  scenario: ScenarioName;
  threshold: string | undefined;
  start: boolean;
}

/** One line for a flag parseArgs refused: unknown, a value given to --start, or a value missing. */
function flagProblem(error: unknown): string {
  const name = (/'(--[a-z-]+)/.exec((error as Error).message)?.[1] ?? '').slice(2);
  if ((error as { code?: unknown }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || !(name in FLAGS)) {
    return `--${name || '?'} is not a flag of the demo; it takes --vendor, --scenario, --threshold and --start`;
  }
  return FLAGS[name as keyof typeof FLAGS].type === 'boolean' ? `--${name} takes no value` : `--${name}: expected a value`;
}

function flags(): DemoFlags {
  let values: { vendor?: string; scenario?: string; threshold?: string; start?: boolean };
  try {
    values = parseArgs({ options: FLAGS, strict: true }).values;
  } catch (error) {
    usage(flagProblem(error));
  }
  const vendor = (values.vendor ?? 'aegis') as ProviderName;
  const scenario = (values.scenario ?? 'pass') as ScenarioName;
  const start = values.start === true;
  const problem = scenarioProblem(vendor, scenario) ?? (start ? startProblem(vendor) : null);
  if (problem) usage(problem);
  return { vendor, scenario, threshold: values.threshold, start };
}

function newestMs(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => statSync(join(e.parentPath, e.name)).mtimeMs),
  );
}

/** Builds dist/ only when it is missing or older than src/ (a build takes most of a minute on a small machine). */
function ensureBuilt(): void {
  const entry = join(ROOT, 'dist', 'index.js');
  let builtMs = 0;
  try {
    builtMs = Math.min(statSync(entry).mtimeMs, statSync(join(ROOT, 'dist', 'cli', 'index.js')).mtimeMs);
  } catch {
    // Not built yet.
  }
  if (builtMs > newestMs(join(ROOT, 'src')) && builtMs > statSync(join(ROOT, 'package-lock.json')).mtimeMs) return;
  console.log('▶ building dist/ (a source file is newer than the last build)…');
  const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) usage('the build failed; run npm run build to see why');
}

const options = flags();
ensureBuilt();
const { startVendorSim } = await import('../sim/vendor-sim.ts');
const { playScenario } = await import('../sim/scenarios.ts');
const { runAction } = await import('../sim/run-action.ts');
const { playStart, STARTS } = await import('../sim/starts.ts');

const sim = await startVendorSim();
const runId = '991';
const baseUrl = playScenario(sim, options.vendor, options.scenario, runId);
const inputs = { ...scenarioInputs(options.vendor), ...(options.threshold ? { threshold: options.threshold } : {}) };
// Started: the action sends the create request, the simulator answers with run 991, then plays its polls.
const runInputs = options.start ? playStart(sim, options.vendor, runId) : { 'run-id': runId };
const started = options.start ? `, started with POST ${new URL(`${baseUrl}${STARTS[options.vendor]?.path}`).pathname}` : '';
console.log(
  `▶ ${options.vendor} simulator at ${sim.url}, scenario "${options.scenario}", run ${runId}${started}${inputs.threshold ? `, threshold ${inputs.threshold}` : ''}\n`,
);
console.log('── action log (as the runner shows it) ──');
const view = runnerView({ colour: process.stdout.isTTY === true && !process.env.NO_COLOR });
let pending = '';
const result = await runAction({
  inputs: {
    provider: options.vendor,
    ...runInputs,
    'api-key': 'demo-key-not-secret',
    'base-url': baseUrl,
    'poll-interval': '250ms',
    timeout: '1m',
    ...inputs,
  },
  onStart: (child) =>
    child.stdout?.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const shown = view.line(line);
        if (shown !== null) console.log(shown);
      }
    }),
});
await sim.close();
if (pending) console.log(view.line(pending) ?? '');
console.log(`\n── outputs (exit code ${result.exitCode}) ──`);
for (const [key, value] of Object.entries(result.outputs)) console.log(`${key}=${value}`);
console.log('\n── job summary (markdown) ──');
console.log(result.summary);
console.log(`verdict: ${result.outputs.verdict} · ${sim.requests.length} requests · ${result.durationMs} ms`);
if (result.outputs.report) rmSync(dirname(result.outputs.report), { recursive: true, force: true });
process.exitCode = 0;
