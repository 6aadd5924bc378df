import type { RepoApi } from './client.ts';
import type { RunnerContext } from './context.ts';
import type { ReportSettings } from '../../inputs/inputs.ts';
import { logUntrusted } from '../log.ts';
import type { GateDecision } from '../../rules/rules.ts';
import { findPullRequest, planPullRequest } from './pull-request.ts';
import { markerFor, upsertStickyComment } from './sticky.ts';
import { trendPointOf } from './trend-data.ts';
import type { Report } from './problem.ts';
import type { GitHubLog } from './io.ts';

export function gateKey(settings: ReportSettings, context: RunnerContext): string {
  return settings.name ?? [settings.provider, context.workflow, context.job].filter(Boolean).join('/');
}

/** The PR the gate reports on, found from the inputs, the event or a lookup; null (and said) when there is none. */
export async function pullRequestNumber(api: RepoApi, settings: ReportSettings, context: RunnerContext, report: Report, log: GitHubLog) {
  const plan = planPullRequest(context, settings.prNumber);
  const found = await findPullRequest(plan, api).catch((error: unknown) => {
    report('finding the pull request', error, "'pull-requests: read'", plan.kind === 'lookup' && plan.optional);
    return null;
  });
  if (!found) return null;
  if (found.number === null) {
    logUntrusted(log.info, `eval-gate: no pull-request comment: ${found.why}. The report is in the job summary.`);
    return null;
  }
  logUntrusted(log.info, `eval-gate: pull request #${found.number}, found ${found.how}`);
  return found.number;
}

/**
 * Writes the sticky comment and the label on the PR. Returns the comment's URL.
 * `held`: a run awaits review, which on-failure comments on like a failure.
 */
export async function commentOnPullRequest(
  api: RepoApi,
  pullNumber: number,
  gate: GateDecision,
  settings: ReportSettings,
  context: RunnerContext,
  comment: { markdown: string; held: boolean },
  report: Report,
  log: GitHubLog,
) {
  const comments = api.comments(pullNumber);
  let url: string | null = null;
  try {
    const outcome = await upsertStickyComment(comments, {
      author: await api.viewerLogin(),
      marker: markerFor(gateKey(settings, context)),
      stamp: context.runStamp,
      sha: context.commitSha,
      body: comment.markdown,
      mode: settings.comment,
      verdict: comment.held ? 'fail' : gate.verdict,
      trend: trendPointOf(gate, context.commitSha),
    });
    if (outcome.action === 'kept-newer') {
      const { number, attempt, sha } = outcome.shows;
      log.notice(
        `eval-gate: the comment already shows run #${number} (attempt ${attempt}, commit ${sha.slice(0, 12)}), newer than this run #${context.runStamp?.number} (attempt ${context.runStamp?.attempt}); it was left as it is: ${outcome.url}`,
      );
    } else if (outcome.action !== 'skipped') {
      log.info(`eval-gate: pull-request comment ${outcome.action}: ${outcome.url}`);
    }
    url = outcome.action === 'skipped' ? null : outcome.url;
  } catch (error) {
    report('the pull-request comment', error);
  }
  const label = gate.sampled ? settings.sampleLabel : null;
  if (label) {
    await comments.addLabel(label).catch((error: unknown) => report(`the label "${label}"`, error));
  }
  return url;
}
