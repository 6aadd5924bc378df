import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST_ENTRY = fileURLToPath(new URL('../dist/index.js', import.meta.url));
export const CLI_ENTRY = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));

export interface ActionResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  durationMs: number;
}

export interface RunActionOptions {
  inputs: Record<string, string>;
  env?: Record<string, string>;
  event?: unknown;
  /** Called once the process has started, e.g. to send it a signal. */
  onStart?: (child: import('node:child_process').ChildProcess) => void;
}

/** Parses the runner's GITHUB_OUTPUT file (`name<<DELIMITER` … `DELIMITER`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const [, name = '', delimiter] = match;
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== delimiter; i += 1) value.push(lines[i] ?? '');
    outputs[name] = value.join('\n');
  }
  return outputs;
}

/**
 * The runner's variables for a step whose files are in `dir` (output, summary.md, event.json): an event with
 * no pull request, so that runs not about GitHub make no GitHub calls (a push looks its PR up).
 */
export function runnerEnv(dir: string): Record<string, string> {
  return {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'evals',
    RUNNER_TEMP: dir,
  };
}

/** A step as the runner prepares it: its files (output, summary, event) in a fresh folder, left in place, and its environment with INPUT_* (hyphens kept). */
export async function prepareStep(options: RunActionOptions) {
  const dir = await mkdtemp(join(tmpdir(), 'eval-gate-run-'));
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  const eventPath = join(dir, 'event.json');
  await Promise.all([writeFile(outputPath, ''), writeFile(summaryPath, ''), writeFile(eventPath, JSON.stringify(options.event ?? {}))]);
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...runnerEnv(dir), ...options.env };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  /** What the step left: its outputs and its job summary. */
  const written = async () => ({
    outputs: parseOutputFile(await readFile(outputPath, 'utf8')),
    summary: await readFile(summaryPath, 'utf8'),
  });
  return { env, written };
}

/** Runs the built action the way the runner does: INPUT_* (hyphens kept), GITHUB_OUTPUT, GITHUB_STEP_SUMMARY. */
export async function runAction(options: RunActionOptions): Promise<ActionResult> {
  const { env, written } = await prepareStep(options);
  const started = Date.now();
  const child = spawn(process.execPath, [DIST_ENTRY], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  options.onStart?.(child);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (code, sig) => resolve([code, sig])),
  );
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    ...(await written()),
    durationMs: Date.now() - started,
  };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI with only PATH and `env` in its environment. */
export async function runCli(args: string[], env: Record<string, string>): Promise<CliResult> {
  const child = spawn(process.execPath, [CLI_ENTRY, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}
