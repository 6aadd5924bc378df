import type { PullLookupApi, PullSummary } from './client.ts';
import type { RunnerContext } from './context.ts';

/** How to find the PR to comment on: known from the inputs or the event, looked up by commit, or none. */
export type PullRequestPlan =
  | { kind: 'known'; number: number; how: string }
  /** `optional`: a run that need not belong to a PR (a push), so a failed lookup is no cause for a warning. */
  | { kind: 'lookup'; sha: string; head: string | null; base: string | null; why: string; optional: boolean }
  | { kind: 'none'; why: string };

export type PullRequestFinding = { number: number; how: string } | { number: null; why: string };

const numberOf = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null);
const short = (sha: string) => sha.slice(0, 12);

interface ListedPull {
  number?: unknown;
  head?: { sha?: unknown } | null;
  base?: { repo?: { id?: unknown; url?: unknown } | null } | null;
}

interface WorkflowRunEvent {
  head_sha?: unknown;
  head_branch?: unknown;
  head_repository?: { owner?: { login?: unknown } | null } | null;
  pull_requests?: unknown;
}

/** Where the gate runs: the base repository a PR must target. */
interface BaseRepository {
  fullName: string | null;
  id: unknown;
}

/** A listed PR counts only when it targets this repository: by id when both sides have one, else by API URL. */
function targetsBase(pr: ListedPull, base: BaseRepository): boolean {
  const repo = pr.base?.repo;
  if (typeof repo?.id === 'number' && typeof base.id === 'number') return repo.id === base.id;
  const url = typeof repo?.url === 'string' ? repo.url.toLowerCase() : '';
  return base.fullName !== null && url.endsWith(`/repos/${base.fullName.toLowerCase()}`);
}

/**
 * workflow_run.pull_requests may hold null items, PRs of other repositories
 * (a fork's own PRs), or PRs whose head moved on: only one whose head is this
 * run's commit and whose base is this repository is taken.
 */
function planForWorkflowRun(run: WorkflowRunEvent | undefined, base: BaseRepository): PullRequestPlan {
  const sha = typeof run?.head_sha === 'string' ? run.head_sha : '';
  const listed = Array.isArray(run?.pull_requests) ? (run.pull_requests as unknown[]) : [];
  const items = listed.filter((pr): pr is ListedPull => typeof pr === 'object' && pr !== null);
  const number = numberOf(items.find((pr) => sha !== '' && pr.head?.sha === sha && targetsBase(pr, base))?.number);
  if (number !== null) return { kind: 'known', number, how: 'from the workflow_run event' };
  if (!sha) return { kind: 'none', why: 'the workflow_run event names no head commit' };
  const owner = run?.head_repository?.owner?.login;
  const branch = run?.head_branch;
  const head = typeof owner === 'string' && typeof branch === 'string' && owner && branch ? `${owner}:${branch}` : null;
  // GitHub leaves pull_requests empty for PRs from forks, and commits/{sha}/pulls does not know a fork's commits.
  const why = items.length
    ? 'no pull request the workflow_run event lists has its head commit'
    : 'the workflow_run event lists no pull request';
  return { kind: 'lookup', sha, head, base: base.fullName, why, optional: false };
}

/** Decides from the inputs and the event alone; `lookup` asks GitHub which open PR has the commit. */
export function planPullRequest(context: RunnerContext, prNumber: number | null): PullRequestPlan {
  if (prNumber !== null) return { kind: 'known', number: prNumber, how: 'from the pr-number input' };
  const event = context.event as {
    pull_request?: { number?: unknown };
    issue?: { number?: unknown; pull_request?: unknown };
    workflow_run?: WorkflowRunEvent;
    repository?: { id?: unknown } | null;
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
      return planForWorkflowRun(event.workflow_run, { fullName: context.repository, id: event.repository?.id });
    case 'push':
    case 'workflow_dispatch':
      return context.commitSha
        ? {
            kind: 'lookup',
            sha: context.commitSha,
            head: null,
            base: context.repository,
            why: `a ${context.eventName} event has no pull request of its own`,
            optional: true,
          }
        : { kind: 'none', why: `the ${context.eventName} event names no commit` };
    default:
      return { kind: 'none', why: `a ${context.eventName ?? 'local'} run has no pull request; set pr-number to comment on one` };
  }
}

/** The open PR whose head is the commit and whose base is this repository, lowest number first when several are. */
export function choosePullRequest(candidates: PullSummary[], sha: string, base: string | null): PullSummary | null {
  const ours = (pr: PullSummary) => base === null || pr.baseRepo?.toLowerCase() === base.toLowerCase();
  const open = candidates.filter((pr) => pr.state === 'open' && pr.headSha === sha && ours(pr));
  return open.sort((a, b) => a.number - b.number)[0] ?? null;
}

/**
 * Carries out a lookup plan: by head branch first (the one way that finds a
 * fork's PR on github.com), then by commit (a branch of this repository).
 */
export async function findPullRequest(plan: PullRequestPlan, api: PullLookupApi): Promise<PullRequestFinding> {
  if (plan.kind === 'known') return { number: plan.number, how: plan.how };
  if (plan.kind === 'none') return { number: null, why: plan.why };
  if (plan.head) {
    const byHead = choosePullRequest(await api.openPullsByHead(plan.head), plan.sha, plan.base);
    if (byHead) return { number: byHead.number, how: `by its head ${plan.head} at ${short(plan.sha)} (${plan.why})` };
  }
  const byCommit = choosePullRequest(await api.pullsOfCommit(plan.sha), plan.sha, plan.base);
  if (byCommit) return { number: byCommit.number, how: `by its head commit ${short(plan.sha)} (${plan.why})` };
  return { number: null, why: `no open pull request has head commit ${short(plan.sha)} (${plan.why})` };
}
