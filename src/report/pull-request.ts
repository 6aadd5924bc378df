import type { PullLookupApi, PullSummary } from '../github.ts';
import type { RunnerContext } from '../github-context.ts';

/** How to find the PR to comment on: known from the inputs or the event, looked up by commit, or none. */
export type PullRequestPlan =
  | { kind: 'known'; number: number; how: string }
  /** `optional`: a run that need not belong to a PR (a push), so a failed lookup is no cause for a warning. */
  | { kind: 'lookup'; sha: string; head: string | null; why: string; optional: boolean }
  | { kind: 'none'; why: string };

export type PullRequestFinding = { number: number; how: string } | { number: null; why: string };

const numberOf = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null);
const short = (sha: string) => sha.slice(0, 12);

interface WorkflowRunEvent {
  head_sha?: unknown;
  head_branch?: unknown;
  head_repository?: { owner?: { login?: unknown } };
  pull_requests?: Array<{ number?: unknown; head?: { sha?: unknown } }>;
}

function planForWorkflowRun(run: WorkflowRunEvent | undefined): PullRequestPlan {
  const sha = typeof run?.head_sha === 'string' ? run.head_sha : '';
  const listed = run?.pull_requests ?? [];
  const match = listed.find((pr) => pr.head?.sha === sha) ?? listed[0];
  const number = numberOf(match?.number);
  if (number !== null) return { kind: 'known', number, how: 'from the workflow_run event' };
  if (!sha) return { kind: 'none', why: 'the workflow_run event names no head commit' };
  const owner = run?.head_repository?.owner?.login;
  const branch = run?.head_branch;
  const head = typeof owner === 'string' && typeof branch === 'string' && owner && branch ? `${owner}:${branch}` : null;
  // GitHub leaves pull_requests empty for PRs from forks.
  return { kind: 'lookup', sha, head, why: 'the workflow_run event lists no pull request', optional: false };
}

/** Decides from the inputs and the event alone; `lookup` asks GitHub which open PR has the commit. */
export function planPullRequest(context: RunnerContext, prNumber: number | null): PullRequestPlan {
  if (prNumber !== null) return { kind: 'known', number: prNumber, how: 'from the pr-number input' };
  const event = context.event as {
    pull_request?: { number?: unknown };
    issue?: { number?: unknown; pull_request?: unknown };
    workflow_run?: WorkflowRunEvent;
  };
  const fromEvent = (number: number | null): PullRequestPlan =>
    number === null
      ? { kind: 'none', why: `the ${context.eventName} event names no pull request` }
      : { kind: 'known', number, how: `from the ${context.eventName} event` };
  switch (context.eventName) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review':
    case 'pull_request_review_comment':
      return fromEvent(numberOf(event.pull_request?.number));
    case 'issue_comment':
      return fromEvent(event.issue?.pull_request ? numberOf(event.issue.number) : null);
    case 'workflow_run':
      return planForWorkflowRun(event.workflow_run);
    case 'push':
    case 'workflow_dispatch':
      return context.commitSha
        ? {
            kind: 'lookup',
            sha: context.commitSha,
            head: null,
            why: `a ${context.eventName} event has no pull request of its own`,
            optional: true,
          }
        : { kind: 'none', why: `the ${context.eventName} event names no commit` };
    default:
      return { kind: 'none', why: `a ${context.eventName ?? 'local'} run has no pull request; set pr-number to comment on one` };
  }
}

/** The open PR whose head is the commit, lowest number first when several are. */
export function choosePullRequest(candidates: PullSummary[], sha: string): PullSummary | null {
  const open = candidates.filter((pr) => pr.state === 'open' && pr.headSha === sha);
  return open.sort((a, b) => a.number - b.number)[0] ?? null;
}

/** Carries out a lookup plan: by head branch first (exact for forks), then by commit. */
export async function findPullRequest(plan: PullRequestPlan, api: PullLookupApi): Promise<PullRequestFinding> {
  if (plan.kind === 'known') return { number: plan.number, how: plan.how };
  if (plan.kind === 'none') return { number: null, why: plan.why };
  if (plan.head) {
    const byHead = choosePullRequest(await api.openPullsByHead(plan.head), plan.sha);
    if (byHead) return { number: byHead.number, how: `by its head ${plan.head} at ${short(plan.sha)} (${plan.why})` };
  }
  const byCommit = choosePullRequest(await api.pullsOfCommit(plan.sha), plan.sha);
  if (byCommit) return { number: byCommit.number, how: `by its head commit ${short(plan.sha)} (${plan.why})` };
  return { number: null, why: `no open pull request has head commit ${short(plan.sha)} (${plan.why})` };
}
