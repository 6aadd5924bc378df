import * as core from '@actions/core';
import { onCancel } from '../../gate.ts';
import { type CommitStatus, createRepoApi, type RepoApi, type Repository } from './client.ts';
import { type GitHubTiming, PENDING_BUDGET_MS, phaseBounds, REAL_GITHUB_TIMING, REPORT_BUDGET_MS } from './retry.ts';
import type { RunnerContext } from './context.ts';
import type { ReportSettings } from '../../inputs/inputs.ts';
import { logUntrusted } from '../log.ts';
import type { GateDecision } from '../../rules/rules.ts';
import { commitStatusOf, pendingStatusOf, wantsCommitStatus } from './commit-status.ts';
import { gitHubProblem, isFollowOn } from './problem.ts';
import { planPullRequest } from './pull-request.ts';
import { commentOnPullRequest } from './pr-comment.ts';

export const COMMENT_PERMISSION = "'pull-requests: write' (or 'issues: write')";

/** Where the lines about GitHub go (the runner's log, by @actions/core). */
export interface GitHubLog {
  info(line: string): void;
  warning(line: string): void;
  notice(line: string): void;
}

/** The GitHub side's edges: its log and its clock. The action's by default; tests pass theirs, in virtual time. */
export interface GitHubIo {
  log: GitHubLog;
  timing: GitHubTiming;
}

const ACTION_IO: GitHubIo = { log: core, timing: REAL_GITHUB_TIMING };

/** Says each failure once, as a warning; a call skipped only because an earlier one failed for good is an info line. */
function problemReporter(log: GitHubLog, nowMs: () => number) {
  let warned = false;
  return (what: string, error: unknown, permission = COMMENT_PERMISSION, quiet = false) => {
    const line = gitHubProblem(what, error, permission, nowMs());
    if (quiet || (warned && isFollowOn(error))) return log.info(line);
    warned = true;
    log.warning(line);
  };
}
export type Report = ReturnType<typeof problemReporter>;

function repositoryOf(context: RunnerContext): Repository | null {
  const [owner, repo] = (context.repository ?? '').split('/');
  return owner && repo ? { owner, repo } : null;
}

/** The API for one phase, bounded by its budget and by cancellation; null when there is nothing to report with. */
async function openSession(settings: ReportSettings, context: RunnerContext, budgetMs: number, report: Report, io: GitHubIo) {
  const repository = repositoryOf(context);
  if (!repository) return null;
  if (!settings.githubToken) {
    io.log.info('eval-gate: github-token is empty, so no pull-request comment or commit status');
    return null;
  }
  const cancel = new AbortController();
  const stopListening = onCancel(() => cancel.abort());
  const limits = { ...phaseBounds(budgetMs, cancel.signal, io.timing.now), timing: io.timing };
  try {
    const api = await createRepoApi(settings.githubToken, repository, context.apiUrl, limits);
    return { api, close: stopListening };
  } catch (error) {
    stopListening();
    report('reporting to GitHub', error);
    return null;
  }
}

/**
 * The commit the status belongs to: the PR's head. An issue_comment event
 * carries no head, and GITHUB_SHA is the default branch's, so it is asked for.
 */
async function statusShaOf(api: RepoApi, settings: ReportSettings, context: RunnerContext, report: Report, log: GitHubLog) {
  if (context.eventName !== 'issue_comment') return context.commitSha;
  const plan = planPullRequest(context, settings.prNumber);
  if (plan.kind !== 'known') {
    logUntrusted(log.info, `eval-gate: no commit status: ${plan.kind === 'none' ? plan.why : 'no pull request'}`);
    return null;
  }
  try {
    return (await api.pull(plan.number)).headSha;
  } catch (error) {
    report(`the commit status (reading pull request #${plan.number}'s head commit)`, error, "'pull-requests: read'");
    return null;
  }
}

async function setStatus(
  api: RepoApi,
  settings: ReportSettings,
  context: RunnerContext,
  status: CommitStatus,
  report: Report,
  log: GitHubLog,
) {
  const sha = await statusShaOf(api, settings, context, report, log);
  if (!sha) return;
  await api.setCommitStatus(sha, status).then(
    () => log.info(`eval-gate: commit status "${status.context}" set to ${status.state} on ${sha.slice(0, 12)}`),
    (error: unknown) => report('the commit status', error, "'statuses: write'"),
  );
}

/** Marks the commit status pending while the gate polls, within PENDING_BUDGET_MS; the final status follows from publishToGitHub. */
export async function setPendingStatus(
  settings: ReportSettings,
  vendorLabel: string,
  context: RunnerContext,
  io = ACTION_IO,
): Promise<void> {
  if (!wantsCommitStatus(settings.commitStatus, context.eventName)) return;
  const report = problemReporter(io.log, io.timing.now);
  const session = await openSession(settings, context, PENDING_BUDGET_MS, report, io);
  if (!session) return;
  try {
    await setStatus(session.api, settings, context, pendingStatusOf(settings, vendorLabel, context), report, io.log);
  } finally {
    session.close();
  }
}

/**
 * Everything written to GitHub itself: the commit status, then the comment and
 * label, all within REPORT_BUDGET_MS. Problems only warn: the verdict, the exit
 * code and the outputs stay as they are.
 */
export async function publishToGitHub(
  gate: GateDecision,
  settings: ReportSettings,
  context: RunnerContext,
  markdown: string,
  io = ACTION_IO,
) {
  const wantsComment = settings.comment !== 'never' || (settings.sampleLabel !== null && gate.sampled);
  const wantsStatus = wantsCommitStatus(settings.commitStatus, context.eventName);
  const report = problemReporter(io.log, io.timing.now);
  const session = wantsComment || wantsStatus ? await openSession(settings, context, REPORT_BUDGET_MS, report, io) : null;
  if (!session) return null;
  try {
    if (wantsStatus) await setStatus(session.api, settings, context, commitStatusOf(gate, settings, context), report, io.log);
    return wantsComment ? await commentOnPullRequest(session.api, gate, settings, context, markdown, report, io.log) : null;
  } finally {
    session.close();
  }
}
