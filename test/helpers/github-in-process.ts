import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitHubFake } from '../../sim/github-fake.ts';
import { runnerEnv } from '../../sim/run-action.ts';
import type { VendorSim } from '../../sim/vendor-sim.ts';
import { parseInputs, reportSettingsOf } from '../../src/inputs/inputs.ts';
import type { ProviderName } from '../../src/model.ts';
import { footer } from '../../src/report/footer.ts';
import { runnerContext } from '../../src/report/github/context.ts';
import { publishToGitHub } from '../../src/report/github/to-github.ts';
import { gateOutputs } from '../../src/report/outputs.ts';
import { gateInputs } from './gate.ts';
import { gateInProcess, type InProcessResult } from './in-process.ts';
import { virtualGitHubTiming } from './virtual-time.ts';

export interface ReportOptions {
  inputs?: Record<string, string>;
  /** The runner's variables over runnerEnv's, e.g. GITHUB_EVENT_NAME, GITHUB_RUN_NUMBER; GITHUB_API_URL is the fake's. */
  env?: Record<string, string>;
  /** The event payload (GITHUB_EVENT_PATH's content). */
  event?: unknown;
  vendor?: ProviderName;
  /** How long a GitHub request may hang, in real time (GitHub's 10 s by default). */
  requestTimeoutMs?: number;
}

export interface ReportResult extends InProcessResult {
  /** The comment-url output (also in `outputs`). */
  commentUrl: string | null;
  /** What the GitHub side wrote to the runner's log, as @actions/core writes it (`::warning::…`, `::notice::…`). */
  stdout: string;
  /** The waits the GitHub side took on its virtual clock, in order. */
  githubSleeps: number[];
}

// @actions/core's escaping of a command's data, so annotations read as in the runner's log.
const commandData = (line: string) => line.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/**
 * The gate, then its report to GitHub (commit status, PR lookup, sticky
 * comment, label), as the action does after the verdict, without the build
 * or a child process: the vendor simulator and the GitHub fake over loopback
 * HTTP, and both sides in virtual time, so no backoff, rate-limit wait or
 * write spacing waits real seconds.
 */
export async function gateAndReport(sim: VendorSim, github: GitHubFake, options: ReportOptions = {}): Promise<ReportResult> {
  const vendor = options.vendor ?? 'aegis';
  const inputs = options.inputs ?? {};
  const dir = await mkdtemp(join(tmpdir(), 'eval-gate-github-'));
  try {
    await writeFile(join(dir, 'event.json'), JSON.stringify(options.event ?? {}));
    const context = runnerContext({ ...runnerEnv(dir), GITHUB_API_URL: github.apiUrl, ...options.env });
    const raw = gateInputs(sim, vendor, inputs);
    const settings = reportSettingsOf(parseInputs((name) => raw[name] ?? ''));
    const gated = await gateInProcess(sim, vendor, inputs);
    // As publishReport composes it: the report, then the footer.
    const markdown = `${gated.summary}\n\n${footer(context, new Date())}\n`;
    const lines: string[] = [];
    const log = {
      info: (line: string) => lines.push(line),
      warning: (line: string) => lines.push(`::warning::${commandData(line)}`),
      notice: (line: string) => lines.push(`::notice::${commandData(line)}`),
    };
    const timing = virtualGitHubTiming(options.requestTimeoutMs);
    const { commentUrl } = await publishToGitHub(gated.gate, settings, context, markdown, { log, timing });
    return {
      ...gated,
      commentUrl,
      outputs: gateOutputs(gated.gate, { commentUrl, reportPath: null }),
      stdout: lines.join('\n'),
      githubSleeps: timing.sleeps,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
