import { appendFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { messageOf } from '../errors.ts';
import { type CommentApi, createCommentApi } from '../github.ts';
import { type RunnerContext, runnerContext } from '../github-context.ts';
import type { Settings } from '../inputs.ts';
import { type GateDecision, ruleConfigOf } from '../rules.ts';
import { footer } from './footer.ts';
import { jsonReport, writeJsonReport } from './json-report.ts';
import { gateOutputs } from './outputs.ts';
import { pullRequestOf } from './pull-request.ts';
import { renderReport } from './render.ts';
import { markerFor, upsertStickyComment } from './sticky.ts';

/** Why a GitHub call failed, and the permission that would fix it; the gate's result stays as it is. */
export function gitHubProblem(what: string, error: unknown): string {
  const status = (error as { status?: number }).status;
  const hint =
    status === 403 || status === 404
      ? " Give the job 'pull-requests: write' (or 'issues: write') in its permissions. On fork and Dependabot PRs the token is read-only: see the README's section on forks."
      : '';
  return `eval-gate: ${what} skipped (${status ? `HTTP ${status}: ` : ''}${messageOf(error)}).${hint}`;
}

function gateKey(settings: Settings, context: RunnerContext): string {
  return settings.name ?? [settings.provider, context.workflow, context.job].filter(Boolean).join('/');
}

async function commentAndLabel(gate: GateDecision, settings: Settings, context: RunnerContext, markdown: string): Promise<string | null> {
  const target = pullRequestOf(context);
  const wantsLabel = settings.sampleLabel !== null && gate.sampled;
  if (!target || !settings.githubToken || (settings.comment === 'never' && !wantsLabel)) return null;
  let api: CommentApi;
  try {
    api = await createCommentApi(settings.githubToken, target, context.apiUrl);
  } catch (error) {
    core.warning(gitHubProblem('the pull-request comment', error));
    return null;
  }
  let url: string | null = null;
  try {
    const outcome = await upsertStickyComment(api, {
      marker: markerFor(gateKey(settings, context)),
      body: markdown,
      mode: settings.comment,
      verdict: gate.verdict,
    });
    if (outcome.action !== 'skipped') {
      url = outcome.url;
      core.info(`eval-gate: pull-request comment ${outcome.action}: ${url}`);
    }
  } catch (error) {
    core.warning(gitHubProblem('the pull-request comment', error));
  }
  if (wantsLabel && settings.sampleLabel) {
    await api
      .addLabel(settings.sampleLabel)
      .catch((error: unknown) => core.warning(gitHubProblem(`the label "${settings.sampleLabel}"`, error)));
  }
  return url;
}

/** Renders once, then writes the JSON report, the job summary, the comment and the outputs; reporting problems only warn. */
export async function publishReport(gate: GateDecision, settings: Settings, options: { cancelled: boolean }): Promise<void> {
  const context = runnerContext();
  const body = renderReport(gate, { name: settings.name, sampleRate: settings.sampleRate });
  const markdown = `${body}\n\n${footer(context, new Date())}\n`;
  let reportPath: string | null = null;
  try {
    reportPath = await writeJsonReport(jsonReport(gate, { name: settings.name, rules: ruleConfigOf(settings) }));
  } catch (error) {
    core.warning(`eval-gate: could not write the JSON report: ${messageOf(error)}`);
  }
  const summaryPath = process.env.GITHUB_STEP_SUMMARY;
  if (summaryPath) {
    await appendFile(summaryPath, markdown, 'utf8').catch((error: unknown) =>
      core.warning(`eval-gate: could not write the job summary: ${messageOf(error)}`),
    );
  }
  // A cancelled job has seconds before it is killed: the summary and outputs matter more than the comment.
  const commentUrl = options.cancelled ? null : await commentAndLabel(gate, settings, context, markdown);
  const outputs = gateOutputs(gate, { commentUrl, reportPath });
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
