import { appendFile } from 'node:fs/promises';
import { core } from './guarded-core.ts';
import { messageOf } from '../errors.ts';
import { redact } from '../redact.ts';
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
import type { GitHubIo } from './github/io.ts';
import { reviewOnPush } from './github/approval-push.ts';
import type { ReviewState } from '../review/outcome.ts';

async function appendSummary(markdown: string): Promise<void> {
  const summaryPath = process.env.GITHUB_STEP_SUMMARY;
  if (!summaryPath) return;
  // The last guard: the summary was built from redacted text, but no line of it escapes this.
  await appendFile(summaryPath, redact(markdown), 'utf8').catch((error: unknown) =>
    core.warning(`eval-gate: could not write the job summary: ${messageOf(error)}`),
  );
}

/** A gate that could not start (bad input, an unknown vendor) still explains itself in the job summary. */
export async function publishStartFailure(message: string): Promise<void> {
  const context = runnerContext();
  await appendSummary(`## ⚠️ Evals could not be decided\n\n**Why:** ${escapeInline(message, 2000)}\n\n${footer(context, new Date())}\n`);
}

/** The commit status while the gate polls; the action's one way into the report side, so it loads once. */
export async function publishPendingStatus(settings: ReportSettings, vendorLabel: string): Promise<void> {
  await setPendingStatus(settings, vendorLabel, runnerContext());
}

/** Renders once, then writes the JSON report, the job summary, the comment and the outputs; reporting problems only warn. */
export async function publishReport(
  gate: GateDecision,
  settings: ReportSettings,
  options: { cancelled: boolean; github?: GitHubIo },
): Promise<ReviewState> {
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
  await appendSummary(markdown);
  // A cancelled job has seconds before it is killed: the summary and outputs matter more than the comment.
  // Reporting never changes the verdict: even a bug on the GitHub side only warns.
  const published = options.cancelled
    ? null
    : await publishToGitHub(gate, settings, context, markdown, options.github).catch((error: unknown) => {
        core.warning(`eval-gate: reporting to GitHub stopped (${messageOf(error)}); the verdict stands`);
        return null;
      });
  // Without GitHub's answer no decision is known: a run awaiting review stays pending.
  const review = published?.review ?? (await reviewOnPush(gate, settings, context, null)).review;
  const outputs = gateOutputs(gate, { commentUrl: published?.commentUrl ?? null, reportPath });
  for (const [name, value] of Object.entries({ ...outputs, review })) core.setOutput(name, value);
  return review;
}
