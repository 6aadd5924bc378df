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
import { gateOutputs, skippedOutputs } from './outputs.ts';
import { escapeInline } from './escape.ts';
import { renderReport } from './render.ts';
import { publishToGitHub, setPendingStatus } from './github/to-github.ts';
import { skippedMarkdown, skipIfUnchanged } from './github/paths-skip.ts';
import { runAggregate } from './github/aggregate-step.ts';
import { outcomeLine } from './github/aggregate-render.ts';
import type { AggregateSettings } from '../inputs/aggregate.ts';
import type { InputName } from '../inputs/schema.ts';
import { setFailedStartStatus } from './github/start-failure-status.ts';
import { ACTION_IO, type GitHubIo } from './github/io.ts';
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
export async function publishStartFailure(message: string, read?: (name: InputName) => string): Promise<void> {
  const context = runnerContext();
  if (read) await setFailedStartStatus(read, context, message);
  await appendSummary(`## ⚠️ Evals could not be decided\n\n**Why:** ${escapeInline(message, 2000)}\n\n${footer(context, new Date())}\n`);
}

/**
 * paths: on a pull request that changed none of them, the gate does no vendor
 * work: its status (when it writes one) says skipped, as do the summary and
 * the verdict output. False: run the gate.
 */
export async function publishSkipIfUnchanged(settings: ReportSettings, github: GitHubIo = ACTION_IO): Promise<boolean> {
  const context = runnerContext();
  const description = await skipIfUnchanged(settings, context, github);
  if (description === null) return false;
  await appendSummary(skippedMarkdown(description, settings, context, github));
  for (const [name, value] of Object.entries(skippedOutputs())) core.setOutput(name, value);
  return true;
}

/** The aggregate step: its status and comment (aggregate-step.ts), then its summary and outputs. */
export async function publishAggregate(
  settings: AggregateSettings,
  github: GitHubIo = ACTION_IO,
): Promise<{ passed: boolean; line: string }> {
  const { decision, markdown, commentUrl } = await runAggregate(settings, runnerContext(), github);
  await appendSummary(markdown);
  const verdict = { success: 'pass', failure: 'fail', error: 'error' }[decision.state];
  for (const [name, value] of Object.entries({ verdict, passed: String(verdict === 'pass'), 'comment-url': commentUrl ?? '' })) {
    core.setOutput(name, value);
  }
  const outcome = decision.state === 'success' ? 'passed' : decision.state === 'failure' ? 'failed' : 'could not be decided';
  return { passed: decision.state === 'success', line: `eval-gate: ${settings.name} ${outcome}: ${outcomeLine(decision)}` };
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
