import { onCancel } from '../../poll/cancel.ts';
import { type CommitStatus, createRepoApi, type RepoApi, type Repository } from './client.ts';
import { PENDING_BUDGET_MS, phaseBounds, REPORT_BUDGET_MS } from './retry.ts';
import { ACTION_IO, type GitHubIo, type GitHubLog } from './io.ts';
import type { RunnerContext } from './context.ts';
import type { ReportSettings } from '../../inputs/inputs.ts';
import { logUntrusted } from '../log.ts';
import type { GateDecision } from '../../rules/rules.ts';
import { pendingStatusOf, wantsCommitStatus } from './commit-status.ts';
import { gitHubProblem, isFollowOn, type Report } from './problem.ts';
import { planPullRequest } from './pull-request.ts';
import { commentOnPullRequest, pullRequestNumber } from './pr-comment.ts';
import { reusingFirstListing, reviewedComment, reviewedStatus, reviewOnPush } from './approval-push.ts';
import { needsPerson, type ReviewState } from '../../review/outcome.ts';
import { recordStatus } from './baseline-record.ts';

export const COMMENT_PERMISSION = "'pull-requests: write' (or 'issues: write')";

/** Says each failure once, as a warning; a call skipped only because an earlier one failed for good is an info line. */
export function problemReporter(io: GitHubIo = ACTION_IO): Report {
  let warned = false;
  return (what: string, error: unknown, permission = COMMENT_PERMISSION, quiet = false) => {
    const line = gitHubProblem(what, error, permission, io.timing.now());
    if (quiet || (warned && isFollowOn(error))) return io.log.info(line);
    warned = true;
    io.log.warning(line);
  };
}

function repositoryOf(context: RunnerContext): Repository | null {
  const [owner, repo] = (context.repository ?? '').split('/');
  return owner && repo ? { owner, repo } : null;
}

/** The API for one phase, bounded by its budget and by cancellation; null when there is nothing to report with. */
export async function openSession(
  settings: ReportSettings,
  context: RunnerContext,
  budgetMs: number,
  report: Report,
  io: GitHubIo = ACTION_IO,
) {
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

async function setStatusOn(api: RepoApi, sha: string, status: CommitStatus, report: Report, log: GitHubLog) {
  await api.setCommitStatus(sha, status).then(
    () => log.info(`eval-gate: commit status "${status.context}" set to ${status.state} on ${sha.slice(0, 12)}`),
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
  log: GitHubLog,
) {
  const status = recordStatus(gate, settings, context.workflowRunUrl);
  const sha = context.commitSha;
  if (!status || !sha) return log.info('eval-gate: no baseline record: the run ids do not fit in a commit status (140 characters)');
  await api.setCommitStatus(sha, status).then(
    () => log.info(`eval-gate: baseline record "${status.context}" (${status.state}) written on ${sha.slice(0, 12)}`),
    (error: unknown) => report('the baseline record (a commit status)', error, "'statuses: write'"),
  );
}

/** Marks the commit status pending while the gate polls, within PENDING_BUDGET_MS; the final status follows from publishToGitHub. */
export async function setPendingStatus(
  settings: ReportSettings,
  vendorLabel: string,
  context: RunnerContext,
  io: GitHubIo = ACTION_IO,
): Promise<void> {
  if (!wantsCommitStatus(settings.commitStatus, context.eventName)) return;
  const report = problemReporter(io);
  const session = await openSession(settings, context, PENDING_BUDGET_MS, report, io);
  if (!session) return;
  try {
    const sha = await statusShaOf(session.api, settings, context, report, io.log);
    if (sha) await setStatusOn(session.api, sha, pendingStatusOf(settings, vendorLabel, context), report, io.log);
  } finally {
    session.close();
  }
}

/**
 * Everything written to GitHub itself: the commit status, then the comment and
 * label, all within REPORT_BUDGET_MS. Problems only warn: the verdict, the exit
 * code and the outputs stay as they are. The review (review.ts) may hold the
 * status at pending, or a person's approval turn it to success.
 */
export async function publishToGitHub(
  gate: GateDecision,
  settings: ReportSettings,
  context: RunnerContext,
  markdown: string,
  io: GitHubIo = ACTION_IO,
): Promise<{ commentUrl: string | null; review: ReviewState }> {
  const wantsComment = settings.comment !== 'never' || (settings.sampleLabel !== null && gate.sampled);
  const wantsStatus = wantsCommitStatus(settings.commitStatus, context.eventName);
  // Every push run records its result on the pushed commit, whatever commit-status says: later PRs find it (baseline-run-id: auto).
  const wantsRecord = context.eventName === 'push' && context.commitSha !== null;
  const wantsReview = settings.commitStatus !== 'never' && settings.review === 'required' && gate.sampled;
  const report = problemReporter(io);
  const wanted = wantsComment || wantsStatus || wantsReview || wantsRecord;
  const session = wanted ? await openSession(settings, context, REPORT_BUDGET_MS, report, io) : null;
  if (!session) return { commentUrl: null, review: (await reviewOnPush(gate, settings, context, null)).review };
  try {
    if (wantsRecord) await writeRecord(session.api, gate, settings, context, report, io.log);
    // Only a gate a person can decide reads its comment first, for an earlier decision; that listing is then reused.
    const api = reusingFirstListing(session.api);
    const readsFirst = wantsComment && needsPerson(gate, settings.review === 'required');
    let pullNumber = readsFirst ? await pullRequestNumber(api, settings, context, report, io.log) : null;
    const sha = wantsStatus || wantsReview || pullNumber !== null ? await statusShaOf(api, settings, context, report, io.log) : null;
    const outcome = await reviewOnPush(gate, settings, context, { api, pullNumber, sha, report });
    // A person's decision, or a run awaiting one, sets the status on any event (unless commit-status is never).
    const decided = settings.commitStatus !== 'never' && outcome.review !== 'none';
    if (sha && (wantsStatus || decided)) await setStatusOn(api, sha, reviewedStatus(outcome, settings, context), report, io.log);
    if (wantsComment && !readsFirst) pullNumber = await pullRequestNumber(api, settings, context, report, io.log);
    const comment = { markdown: reviewedComment(markdown, outcome), held: outcome.review === 'pending' };
    const commentUrl =
      pullNumber === null ? null : await commentOnPullRequest(api, pullNumber, gate, settings, context, comment, report, io.log);
    return { commentUrl, review: outcome.review };
  } finally {
    session.close();
  }
}
