import { appendFile } from 'node:fs/promises';
import { messageOf } from '../errors.ts';
import { runnerContext } from './github/context.ts';
import type { ReportSettings } from '../inputs/inputs.ts';
import { type GateDecision, ruleConfigOf } from '../rules/rules.ts';
import { footer } from './footer.ts';
import { jsonReport, writeJsonReport } from './json-report.ts';
import { writeJunitFile } from './junit.ts';
import { gateOutputs } from './outputs.ts';
import { escapeInline } from './escape.ts';
import { renderReport } from './render.ts';
import { publishToGitHub, setPendingStatus } from './github/to-github.ts';

/** @actions/core as main.ts injects it, loaded with the secrets masked (lazy-core.ts). */
type Core = typeof import('@actions/core');

async function appendSummary(markdown: string, core: Core): Promise<void> {
  const summaryPath = process.env.GITHUB_STEP_SUMMARY;
  if (!summaryPath) return;
  await appendFile(summaryPath, markdown, 'utf8').catch((error: unknown) =>
    core.warning(`eval-gate: could not write the job summary: ${messageOf(error)}`),
  );
}

/** A gate that could not start (bad input, an unknown vendor) still explains itself in the job summary. */
export async function publishStartFailure(message: string, core: Core): Promise<void> {
  const context = runnerContext();
  await appendSummary(
    `## ⚠️ Evals could not be decided\n\n**Why:** ${escapeInline(message, 2000)}\n\n${footer(context, new Date())}\n`,
    core,
  );
}

/** The commit status while the gate polls; the action's one way into the report side, so it loads once. */
export async function publishPendingStatus(settings: ReportSettings, vendorLabel: string, core: Core): Promise<void> {
  await setPendingStatus(settings, vendorLabel, runnerContext(), core);
}

/** Renders once, then writes the JSON report, the job summary, the comment and the outputs; reporting problems only warn. */
export async function publishReport(
  gate: GateDecision,
  settings: ReportSettings,
  options: { cancelled: boolean; core: Core },
): Promise<void> {
  const { core } = options;
  const context = runnerContext();
  const body = renderReport(gate, { name: settings.name, sampleRate: settings.sampleRate });
  const markdown = `${body}\n\n${footer(context, new Date())}\n`;
  let reportPath: string | null = null;
  try {
    reportPath = await writeJsonReport(jsonReport(gate, { name: settings.name, rules: ruleConfigOf(settings) }));
  } catch (error) {
    core.warning(`eval-gate: could not write the JSON report: ${messageOf(error)}`);
  }
  if (settings.junitPath)
    await writeJunitFile(settings.junitPath, gate, settings).catch((error: unknown) =>
      core.warning(`eval-gate: could not write the JUnit file: ${messageOf(error)}`),
    );
  await appendSummary(markdown, core);
  // A cancelled job has seconds before it is killed: the summary and outputs matter more than the comment.
  // Reporting never changes the verdict: even a bug on the GitHub side only warns.
  const commentUrl = options.cancelled
    ? null
    : await publishToGitHub(gate, settings, context, markdown, core).catch((error: unknown) => {
        core.warning(`eval-gate: reporting to GitHub stopped (${messageOf(error)}); the verdict stands`);
        return null;
      });
  const outputs = gateOutputs(gate, { commentUrl, reportPath });
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
