// A gate the aggregate step reports (comment: aggregate) that cannot even
// start (bad input) still says so on its commit status: else the aggregate
// would never learn of it, and could pass without it.
import { core } from '../guarded-core.ts';
import type { InputName } from '../../inputs/schema.ts';
import { createRepoApi } from './client.ts';
import { fitted, statusContextOf } from './commit-status.ts';
import type { RunnerContext } from './context.ts';
import { gitHubProblem } from './problem.ts';
import { PENDING_BUDGET_MS, phaseBounds } from './retry.ts';

/** From the raw inputs, since they did not parse: only what the status needs. */
export async function setFailedStartStatus(read: (name: InputName) => string, context: RunnerContext, reason: string): Promise<void> {
  if (read('comment') !== 'aggregate') return;
  const [owner, repo] = (context.repository ?? '').split('/');
  const name = read('name') || read('provider').toLowerCase();
  const token = read('github-token');
  const sha = context.commitSha;
  if (!owner || !repo || !name || !token || !sha) return;
  const status = {
    state: 'error' as const,
    context: statusContextOf(name),
    description: fitted(`could not start: ${reason}`),
    targetUrl: context.workflowRunUrl,
  };
  try {
    const api = await createRepoApi(token, { owner, repo }, context.apiUrl, phaseBounds(PENDING_BUDGET_MS));
    await api.setCommitStatus(sha, status);
    core.info(`eval-gate: commit status "${status.context}" set to error on ${sha.slice(0, 12)}, for the aggregate step`);
  } catch (error) {
    core.warning(gitHubProblem('the commit status (error, for the aggregate step)', error, "'statuses: write'"));
  }
}
