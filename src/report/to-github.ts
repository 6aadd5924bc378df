import * as core from '@actions/core';
import { messageOf } from '../errors.ts';
import { type CommitStatus, createRepoApi, type RepoApi, type Repository } from '../github.ts';
import type { RunnerContext } from '../github-context.ts';
import type { Settings } from '../inputs.ts';
import { logUntrusted } from '../log.ts';
import type { GateDecision } from '../rules.ts';
import { commitStatusOf, pendingStatusOf, wantsCommitStatus } from './commit-status.ts';
import { findPullRequest, planPullRequest } from './pull-request.ts';
import { markerFor, upsertStickyComment } from './sticky.ts';
import { trendPointOf } from './trend-data.ts';

/** Why a GitHub call failed, and the permission that would fix it; the gate's result stays as it is. */
export function gitHubProblem(what: string, error: unknown, permission = "'pull-requests: write' (or 'issues: write')"): string {
  const status = (error as { status?: number }).status;
  const hint =
    status === 403 || status === 404
      ? ` Give the job ${permission} in its permissions. On fork and Dependabot PRs the token is read-only: see the README's section on forks.`
      : '';
  return `eval-gate: ${what} skipped (${status ? `HTTP ${status}: ` : ''}${messageOf(error)}).${hint}`;
}

function gateKey(settings: Settings, context: RunnerContext): string {
  return settings.name ?? [settings.provider, context.workflow, context.job].filter(Boolean).join('/');
}

function repositoryOf(context: RunnerContext): Repository | null {
  const [owner, repo] = (context.repository ?? '').split('/');
  return owner && repo ? { owner, repo } : null;
}

/** Finds the PR, then writes the sticky comment and the label. Returns the comment's URL. */
async function commentOnPullRequest(api: RepoApi, gate: GateDecision, settings: Settings, context: RunnerContext, markdown: string) {
  const plan = planPullRequest(context, settings.prNumber);
  const found = await findPullRequest(plan, api).catch((error: unknown) => {
    const problem = gitHubProblem('finding the pull request', error, "'pull-requests: read'");
    if (plan.kind === 'lookup' && plan.optional) core.info(problem);
    else core.warning(problem);
    return null;
  });
  if (!found) return null;
  if (found.number === null) {
    logUntrusted(core.info, `eval-gate: no pull-request comment: ${found.why}. The report is in the job summary.`);
    return null;
  }
  logUntrusted(core.info, `eval-gate: pull request #${found.number}, found ${found.how}`);
  const comments = api.comments(found.number);
  let url: string | null = null;
  try {
    const outcome = await upsertStickyComment(comments, {
      marker: markerFor(gateKey(settings, context)),
      stamp: context.runStamp,
      sha: context.commitSha,
      body: markdown,
      mode: settings.comment,
      verdict: gate.verdict,
      trend: trendPointOf(gate, context.commitSha),
    });
    if (outcome.action === 'kept-newer') {
      const { number, attempt, sha } = outcome.shows;
      core.notice(
        `eval-gate: the comment already shows run #${number} (attempt ${attempt}, commit ${sha.slice(0, 12)}), newer than this run #${context.runStamp?.number} (attempt ${context.runStamp?.attempt}); it was left as it is: ${outcome.url}`,
      );
    } else if (outcome.action !== 'skipped') {
      core.info(`eval-gate: pull-request comment ${outcome.action}: ${outcome.url}`);
    }
    url = outcome.action === 'skipped' ? null : outcome.url;
  } catch (error) {
    core.warning(gitHubProblem('the pull-request comment', error));
  }
  const label = gate.sampled ? settings.sampleLabel : null;
  if (label) {
    await comments.addLabel(label).catch((error: unknown) => core.warning(gitHubProblem(`the label "${label}"`, error)));
  }
  return url;
}

async function repoApi(settings: Settings, context: RunnerContext): Promise<RepoApi | null> {
  const repository = repositoryOf(context);
  if (!repository) return null;
  if (!settings.githubToken) {
    core.info('eval-gate: github-token is empty, so no pull-request comment or commit status');
    return null;
  }
  try {
    return await createRepoApi(settings.githubToken, repository, context.apiUrl);
  } catch (error) {
    core.warning(gitHubProblem('reporting to GitHub', error));
    return null;
  }
}

async function setStatus(api: RepoApi, sha: string, status: CommitStatus): Promise<void> {
  await api.setCommitStatus(sha, status).then(
    () => core.info(`eval-gate: commit status "${status.context}" set to ${status.state} on ${sha.slice(0, 12)}`),
    (error: unknown) => core.warning(gitHubProblem('the commit status', error, "'statuses: write'")),
  );
}

const statusShaOf = (settings: Settings, context: RunnerContext) =>
  wantsCommitStatus(settings.commitStatus, context.eventName) ? context.commitSha : null;

/** Marks the commit status pending while the gate polls; the final status follows from publishToGitHub. */
export async function setPendingStatus(settings: Settings, vendorLabel: string, context: RunnerContext): Promise<void> {
  const sha = statusShaOf(settings, context);
  const api = sha ? await repoApi(settings, context) : null;
  if (sha && api) await setStatus(api, sha, pendingStatusOf(settings, vendorLabel, context));
}

/**
 * Everything written to GitHub itself: the commit status, then the comment and
 * label. Problems only warn: the verdict and the exit code stay as they are.
 */
export async function publishToGitHub(gate: GateDecision, settings: Settings, context: RunnerContext, markdown: string) {
  const wantsComment = settings.comment !== 'never' || (settings.sampleLabel !== null && gate.sampled);
  const statusSha = statusShaOf(settings, context);
  const api = wantsComment || statusSha ? await repoApi(settings, context) : null;
  if (!api) return null;
  if (statusSha) await setStatus(api, statusSha, commitStatusOf(gate, settings, context));
  return wantsComment ? commentOnPullRequest(api, gate, settings, context, markdown) : null;
}
