import { onCancel } from '../../poll/cancel.ts';
import { type CommitStatus, createRepoApi, type RepoApi, type Repository } from './client.ts';
import { PENDING_BUDGET_MS, phaseBounds, REPORT_BUDGET_MS } from './retry.ts';
import type { RunnerContext } from './context.ts';
import type { ReportSettings } from '../../inputs/inputs.ts';
import { logUntrusted } from '../log.ts';
import type { GateDecision } from '../../rules/rules.ts';
import { commitStatusOf, pendingStatusOf, wantsCommitStatus } from './commit-status.ts';
import { type GitHubLog, gitHubProblem, isFollowOn, type Report } from './problem.ts';
import { planPullRequest } from './pull-request.ts';
import { commentOnPullRequest } from './pr-comment.ts';
import { recordStatus } from './baseline-record.ts';

export const COMMENT_PERMISSION = "'pull-requests: write' (or 'issues: write')";

/** Says each failure once, as a warning; a call skipped only because an earlier one failed for good is an info line. */
function problemReporter(core: GitHubLog): Report {
  let warned = false;
  return (what: string, error: unknown, permission = COMMENT_PERMISSION, quiet = false) => {
    const line = gitHubProblem(what, error, permission);
    if (quiet || (warned && isFollowOn(error))) return core.info(line);
    warned = true;
    core.warning(line);
  };
}

function repositoryOf(context: RunnerContext): Repository | null {
  const [owner, repo] = (context.repository ?? '').split('/');
  return owner && repo ? { owner, repo } : null;
}

/** The API for one phase, bounded by its budget and by cancellation; null when there is nothing to report with. */
async function openSession(settings: ReportSettings, context: RunnerContext, budgetMs: number, report: Report, core: GitHubLog) {
  const repository = repositoryOf(context);
  if (!repository) return null;
  if (!settings.githubToken) {
    core.info('eval-gate: github-token is empty, so no pull-request comment or commit status');
    return null;
  }
  const cancel = new AbortController();
  const stopListening = onCancel(() => cancel.abort());
  const limits = phaseBounds(budgetMs, cancel.signal);
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
async function statusShaOf(
  api: RepoApi,
  settings: ReportSettings,
  context: RunnerContext,
  report: Report,
  core: GitHubLog,
): Promise<string | null> {
  if (context.eventName !== 'issue_comment') return context.commitSha;
  const plan = planPullRequest(context, settings.prNumber);
  if (plan.kind !== 'known') {
    logUntrusted(core.info, `eval-gate: no commit status: ${plan.kind === 'none' ? plan.why : 'no pull request'}`);
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
  core: GitHubLog,
) {
  const sha = await statusShaOf(api, settings, context, report, core);
  if (!sha) return;
  await api.setCommitStatus(sha, status).then(
    () => core.info(`eval-gate: commit status "${status.context}" set to ${status.state} on ${sha.slice(0, 12)}`),
    (error: unknown) => report('the commit status', error, "'statuses: write'"),
  );
}

/** The machine-readable record of this push run (baseline-record.ts), on the pushed commit. */
async function writeRecord(
  api: RepoApi,
  gate: GateDecision,
  settings: ReportSettings,
  context: RunnerContext,
  report: Report,
  core: GitHubLog,
) {
  const status = recordStatus(gate, settings, context.workflowRunUrl);
  const sha = context.commitSha;
  if (!status || !sha) return core.info('eval-gate: no baseline record: the run ids do not fit in a commit status (140 characters)');
  await api.setCommitStatus(sha, status).then(
    () => core.info(`eval-gate: baseline record "${status.context}" (${status.state}) written on ${sha.slice(0, 12)}`),
    (error: unknown) => report('the baseline record (a commit status)', error, "'statuses: write'"),
  );
}

/** Marks the commit status pending while the gate polls, within PENDING_BUDGET_MS; the final status follows from publishToGitHub. */
export async function setPendingStatus(
  settings: ReportSettings,
  vendorLabel: string,
  context: RunnerContext,
  core: GitHubLog,
): Promise<void> {
  if (!wantsCommitStatus(settings.commitStatus, context.eventName)) return;
  const report = problemReporter(core);
  const session = await openSession(settings, context, PENDING_BUDGET_MS, report, core);
  if (!session) return;
  try {
    await setStatus(session.api, settings, context, pendingStatusOf(settings, vendorLabel, context), report, core);
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
  core: GitHubLog,
) {
  const wantsComment = settings.comment !== 'never' || (settings.sampleLabel !== null && gate.sampled);
  const wantsStatus = wantsCommitStatus(settings.commitStatus, context.eventName);
  // Every push run records its result on the pushed commit, whatever commit-status says: later PRs find it (baseline-run-id: auto).
  const wantsRecord = context.eventName === 'push' && context.commitSha !== null;
  const report = problemReporter(core);
  const session = wantsComment || wantsStatus || wantsRecord ? await openSession(settings, context, REPORT_BUDGET_MS, report, core) : null;
  if (!session) return null;
  try {
    if (wantsRecord) await writeRecord(session.api, gate, settings, context, report, core);
    if (wantsStatus) await setStatus(session.api, settings, context, commitStatusOf(gate, settings, context), report, core);
    return wantsComment ? await commentOnPullRequest(session.api, gate, settings, context, markdown, report, core) : null;
  } finally {
    session.close();
  }
}
