// aggregate: PATTERN, the step that turns every matching gate on this commit
// into one commit status and one sticky comment. It needs only the GitHub
// token: no vendor is asked anything.
import { messageOf } from '../../errors.ts';
import type { AggregateSettings } from '../../inputs/aggregate.ts';
import { onCancel } from '../../poll/cancel.ts';
import { logUntrusted } from '../log.ts';
import { escapeLog } from '../escape.ts';
import { footer } from '../footer.ts';
import { awaitGates } from './aggregate.ts';
import { ACTION_IO, type GitHubIo } from './io.ts';
import { aggregateMarkdown, type FinalDecision, outcomeLine } from './aggregate-render.ts';
import { createRepoApi, type RepoApi } from './client.ts';
import { fitted, statusContextOf } from './commit-status.ts';
import type { RunnerContext } from './context.ts';
import { findPullRequest, planPullRequest } from './pull-request.ts';
import { phaseBounds, REPORT_BUDGET_MS } from './retry.ts';
import { markerFor, upsertStickyComment } from './sticky.ts';
import { COMMENT_PERMISSION, problemReporter } from './to-github.ts';
import type { Report } from './problem.ts';

const VERDICT = { success: 'pass', failure: 'fail', error: 'error' } as const;

/** What one aggregate step reports with. */
interface Step {
  io: GitHubIo;
  api: RepoApi;
  sha: string;
  settings: AggregateSettings;
  context: RunnerContext;
  report: Report;
}

async function setStatus(step: Step, state: 'pending' | FinalDecision['state'], description: string) {
  const { io, api, sha, settings, context, report } = step;
  const status = { state, context: statusContextOf(settings.name), description: fitted(description), targetUrl: context.workflowRunUrl };
  await api.setCommitStatus(sha, status).then(
    () => io.log.info(`eval-gate: commit status "${status.context}" set to ${state} on ${sha.slice(0, 12)}`),
    (error: unknown) => report('the commit status', error, "'statuses: write'"),
  );
}

async function comment(step: Step, decision: FinalDecision, markdown: string): Promise<string | null> {
  const { io, api, sha, settings, context, report } = step;
  if (settings.comment === 'never') return null;
  const found = await findPullRequest(planPullRequest(context, settings.prNumber), api).catch((error: unknown) => {
    report('finding the pull request', error, "'pull-requests: read'");
    return null;
  });
  if (!found || found.number === null) {
    if (found) logUntrusted(io.log.info, `eval-gate: no pull-request comment: ${found.why}`);
    return null;
  }
  try {
    const outcome = await upsertStickyComment(api.comments(found.number), {
      author: await api.viewerLogin(),
      marker: markerFor(`aggregate:${settings.name}`),
      stamp: context.runStamp,
      sha,
      body: markdown,
      mode: settings.comment,
      verdict: VERDICT[decision.state],
    });
    if (outcome.action === 'skipped' || outcome.action === 'kept-newer') return null;
    io.log.info(`eval-gate: pull-request comment ${outcome.action}: ${outcome.url}`);
    return outcome.url;
  } catch (error) {
    report('the pull-request comment', error, COMMENT_PERMISSION);
    return null;
  }
}

/** Waits, decides, and reports; resolves to the decision (the caller fails the step unless it passed). */
export async function runAggregate(
  settings: AggregateSettings,
  context: RunnerContext,
  io: GitHubIo = ACTION_IO,
): Promise<{ decision: FinalDecision; markdown: string; commentUrl: string | null }> {
  const [owner, repo] = (context.repository ?? '').split('/');
  const sha = context.commitSha;
  if (!owner || !repo || !sha)
    throw new Error('the aggregate step needs GITHUB_REPOSITORY and a commit (GITHUB_SHA, or the pull request head)');
  const cancel = new AbortController();
  const stopListening = onCancel(() => cancel.abort());
  const report = problemReporter(io);
  try {
    const limits = { ...phaseBounds(settings.timeoutMs + REPORT_BUDGET_MS, cancel.signal, io.timing.now), timing: io.timing };
    const api = await createRepoApi(settings.githubToken, { owner, repo }, context.apiUrl, limits);
    const step: Step = { io, api, sha, settings, context, report };
    await setStatus(step, 'pending', `waiting for the gates matching ${settings.pattern}`);
    const log = (line: string) => logUntrusted(io.log.info, line);
    const decision = await awaitGates(api, sha, settings, { timing: io.timing, signal: cancel.signal, log }).catch((error: unknown) => ({
      state: 'error' as const,
      gates: [],
      decidedBy: [],
      why: cancel.signal.aborted ? 'the job was cancelled while waiting' : messageOf(error),
    }));
    const markdown = `${aggregateMarkdown(decision, { name: settings.name, pattern: settings.pattern, context })}\n\n${footer(context, new Date(io.timing.now()))}\n`;
    await setStatus(step, decision.state, outcomeLine(decision));
    const commentUrl = await comment(step, decision, markdown);
    return { decision, markdown, commentUrl };
  } finally {
    stopListening();
  }
}

export const aggregateFailure = (decision: FinalDecision) => escapeLog(`eval-gate: ${outcomeLine(decision)}`);
