// The review on a push: reads the decision the gate's comment remembers, and says what it makes of this commit.
import type { CommentApi, CommitStatus, IssueComment, RepoApi } from './client.ts';
import type { RunnerContext } from './context.ts';
import type { ReportSettings } from '../../inputs/inputs.ts';
import type { GateDecision } from '../../rules/rules.ts';
import { type ReviewOutcome, reviewOutcome } from '../../review/outcome.ts';
import { type Decision, readDecision } from '../../review/record.ts';
import { commitStatusOf, fitted, statusContext } from './commit-status.ts';
import { noticeBlock, placeBlock } from './approval-block.ts';
import { gateKey } from './pr-comment.ts';
import { markerFor, ourNewestComment } from './sticky.ts';
import type { Report } from './problem.ts';

/** The decision in the gate's own comment on the PR; none when there is no comment to read it from. */
async function previousDecision(api: RepoApi, pullNumber: number, settings: ReportSettings, context: RunnerContext, report: Report) {
  try {
    const newest = await ourNewestComment(api.comments(pullNumber), markerFor(gateKey(settings, context)), await api.viewerLogin());
    return readDecision(newest?.body ?? null);
  } catch (error) {
    report('reading the approval from the pull-request comment', error, "'pull-requests: read'");
    return null;
  }
}

/** What review makes of this commit; without GitHub (no PR, no token), nothing remembered: a held run stays pending. */
export async function reviewOnPush(
  gate: GateDecision,
  settings: ReportSettings,
  context: RunnerContext,
  github: { api: RepoApi; pullNumber: number | null; sha: string | null; report: Report } | null,
): Promise<ReviewOutcome> {
  const { state, description } = commitStatusOf(gate, settings, context);
  let previous: Decision | null = null;
  if (github?.pullNumber && github.sha) previous = await previousDecision(github.api, github.pullNumber, settings, context, github.report);
  const sha = github?.sha ?? context.commitSha ?? '';
  return reviewOutcome(gate, { reviewRequired: settings.review === 'required', sha, ruleStatus: { state, description }, previous });
}

/** The status as GitHub takes it: the gate's context, a fitted description. */
export function reviewedStatus(outcome: ReviewOutcome, settings: ReportSettings, context: RunnerContext): CommitStatus {
  return {
    state: outcome.status.state,
    context: statusContext(settings),
    description: fitted(outcome.status.description),
    targetUrl: context.workflowRunUrl,
  };
}

/** The comment with the review's hidden lines on top and its block under the title. */
export function reviewedComment(markdown: string, outcome: ReviewOutcome): string {
  return `${outcome.header.join('\n')}\n${outcome.notice ? placeBlock(markdown, noticeBlock(outcome.notice)) : markdown}`;
}

/**
 * The API with each PR's first comment listing kept for one more call: the
 * review reads the comments just before the sticky comment does, with no write
 * in between, so GitHub is asked once.
 */
export function reusingFirstListing(api: RepoApi): RepoApi {
  const kept = new Map<number, Promise<IssueComment[]>>();
  const comments = (pullNumber: number): CommentApi => {
    const inner = api.comments(pullNumber);
    const listComments = () => {
      const listing = kept.get(pullNumber);
      if (listing) {
        kept.delete(pullNumber);
        return listing;
      }
      const fresh = inner.listComments();
      kept.set(pullNumber, fresh);
      // A failed listing is not kept: the next caller asks again.
      fresh.catch(() => kept.delete(pullNumber));
      return fresh;
    };
    return { ...inner, listComments };
  };
  return { ...api, comments };
}
