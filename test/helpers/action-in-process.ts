// The action as the runner runs it (src/main.ts `run`: the environment, INPUT_*, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY, the event file, @actions/core's commands on stdout, the exit code), but
// in this process and in virtual time on both sides: no build, no child process, and no poll,
// backoff, rate-limit wait or spacing of GitHub writes waits real seconds. What only a process
// can show (signals, the proxy, the bundle itself) stays with runAction over dist/.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ActionResult, parseOutputFile, type RunActionOptions, runnerEnv } from '../../sim/run-action.ts';
import { run } from '../../src/main.ts';
import { core } from '../../src/report/guarded-core.ts';
import { virtualGitHubTiming, virtualTiming } from './virtual-time.ts';

type Write = typeof process.stdout.write;

/**
 * Collects what the action writes as text on a stream. Buffers pass through: the
 * test runner reports on this process's stdout in its own binary form.
 */
function capture(stream: NodeJS.WriteStream): { text: () => string; restore: () => void } {
  const original = stream.write;
  let text = '';
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'string') return (original as (...args: unknown[]) => boolean).call(stream, chunk, ...rest);
    text += chunk;
    return true;
  }) as Write;
  return { text: () => text, restore: () => (stream.write = original) };
}

/** Runs `run()` with `env` as the whole process environment, then puts everything back. */
async function withEnvironment<T>(env: Record<string, string>, body: () => Promise<T>): Promise<T> {
  const saved = process.env;
  const savedExitCode = process.exitCode;
  process.env = { ...env };
  process.exitCode = undefined;
  try {
    return await body();
  } finally {
    process.env = saved;
    process.exitCode = savedExitCode;
  }
}

/** The action in this process, with the same options and result as runAction's. Calls must not overlap. */
export async function actionInProcess(options: RunActionOptions): Promise<ActionResult & { githubSleeps: number[] }> {
  // Left in place, as the runner's are, for the JSON report the outputs name.
  const dir = await mkdtemp(join(tmpdir(), 'eval-gate-in-process-'));
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  await Promise.all([
    writeFile(outputPath, ''),
    writeFile(summaryPath, ''),
    writeFile(join(dir, 'event.json'), JSON.stringify(options.event ?? {})),
  ]);
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...runnerEnv(dir), ...options.env };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const github = virtualGitHubTiming();
  const started = Date.now();
  const stdout = capture(process.stdout);
  const stderr = capture(process.stderr);
  let exitCode: number;
  try {
    exitCode = await withEnvironment(env, async () => {
      await run(env, { timing: virtualTiming(), github: { log: core, timing: github } });
      return Number(process.exitCode ?? 0);
    });
  } finally {
    stdout.restore();
    stderr.restore();
  }
  return {
    exitCode,
    signal: null,
    stdout: stdout.text(),
    stderr: stderr.text(),
    outputs: parseOutputFile(await readFile(outputPath, 'utf8')),
    summary: await readFile(summaryPath, 'utf8'),
    durationMs: Date.now() - started,
    githubSleeps: github.sleeps,
  };
}
