// The action (and the CLI) as the runner (and a shell) runs it (src/main.ts `run`: the environment, INPUT_*, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY, the event file, @actions/core's commands on stdout, the exit code), but
// in this process and in virtual time on both sides: no build, no child process, and no poll,
// backoff, rate-limit wait or spacing of GitHub writes waits real seconds. What only a process
// can show (signals, the proxy, the bundle itself) stays with runAction over dist/.
import { type ActionResult, type CliResult, prepareStep, type RunActionOptions } from '../../sim/run-action.ts';
import { cli } from '../../src/cli.ts';
import { run } from '../../src/main.ts';
import { core } from '../../src/report/guarded-core.ts';
import { holdSecrets } from '../../src/redact.ts';
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

/** Runs `body` as a fresh process would: `env` as the whole environment, no secret held yet; then puts everything back. */
async function withEnvironment<T>(env: Record<string, string>, body: () => Promise<T>): Promise<T> {
  holdSecrets([]);
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
  const { env, written } = await prepareStep(options);
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
    ...(await written()),
    durationMs: Date.now() - started,
    githubSleeps: github.sleeps,
  };
}

/** The CLI in this process and in virtual time, as runCli runs the built one: only PATH and `env`, stdout not a terminal. */
export async function cliInProcess(args: string[], env: Record<string, string>): Promise<CliResult> {
  const whole = { PATH: process.env.PATH ?? '', ...env };
  const stdout = capture(process.stdout);
  const stderr = capture(process.stderr);
  try {
    const code = await withEnvironment(whole, () => cli(args, whole, false, virtualTiming()));
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  } finally {
    stdout.restore();
    stderr.restore();
  }
}
