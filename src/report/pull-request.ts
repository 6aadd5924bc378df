import type { PullRequestTarget } from '../github.ts';
import type { RunnerContext } from '../github-context.ts';

const numberOf = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null);

/** The PR this run belongs to, from the event alone; null means no comment calls at all. */
export function pullRequestOf(context: RunnerContext): PullRequestTarget | null {
  const [owner, repo] = (context.repository ?? '').split('/');
  if (!owner || !repo) return null;
  const event = context.event as {
    pull_request?: { number?: unknown };
    issue?: { number?: unknown; pull_request?: unknown };
    workflow_run?: { pull_requests?: Array<{ number?: unknown }> };
  };
  let number: number | null = null;
  switch (context.eventName) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review':
    case 'pull_request_review_comment':
      number = numberOf(event.pull_request?.number);
      break;
    case 'issue_comment':
      number = event.issue?.pull_request ? numberOf(event.issue.number) : null;
      break;
    case 'workflow_run':
      number = numberOf(event.workflow_run?.pull_requests?.[0]?.number);
      break;
  }
  return number === null ? null : { owner, repo, number };
}
