// baseline-run-id: auto. The baseline is the last passing record this gate
// left on the PR's base branch: from the base commit, back along first
// parents, at most BASELINE_WALK_MAX commits, with REST only (one history
// page, then one statuses page per commit). Only records the GitHub Actions
// identity wrote count.
import type { ProviderName } from '../../model.ts';
import type { RepoApi } from './client.ts';
import type { RunnerContext } from './context.ts';
import { ACTIONS_LOGIN, type BaselineRecord, parseRecord, recordContext } from './baseline-record.ts';

/** Commits looked at, the base commit included. */
export const BASELINE_WALK_MAX = 20;
/** One history page: enough first-parent commits even when merges interleave others. */
const HISTORY_PAGE = 100;

export interface FoundBaseline {
  record: BaselineRecord;
  commit: string;
  /** First-parent commits between the base commit and the record's (0: on the base commit). */
  behind: number;
  baseRef: string | null;
}

export type BaselineSearch = { found: FoundBaseline } | { found: null; why: string };

type Fields = Record<string, unknown>;
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** The PR's base commit: pull_request.base.sha, or for workflow_run the merge base of its PR's base and head. */
async function baseCommitOf(api: RepoApi, context: RunnerContext): Promise<{ sha: string; ref: string | null } | string> {
  const pull = context.event.pull_request as { base?: Fields } | undefined;
  if (pull?.base) {
    const sha = text(pull.base.sha);
    return sha ? { sha, ref: text(pull.base.ref) } : 'the pull_request event has no base.sha';
  }
  if (context.eventName === 'workflow_run') {
    const run = context.event.workflow_run as { head_sha?: unknown; pull_requests?: Array<{ base?: Fields } | null> } | undefined;
    const base = run?.pull_requests?.find((p) => p?.base)?.base;
    const head = text(run?.head_sha);
    const baseSha = text(base?.sha);
    if (!base || !head || !baseSha) return "the workflow_run event names no pull request with a base (a fork's PR is not listed there)";
    return { sha: await api.mergeBase(baseSha, head), ref: text(base.ref) };
  }
  return `the ${context.eventName ?? 'unknown'} event has no pull-request base to look on`;
}

/** The newest record of this gate on one commit, by the GitHub Actions identity only. */
async function recordOn(api: RepoApi, sha: string, context: string): Promise<BaselineRecord | null> {
  const statuses = await api.statusesOf(sha);
  const mine = statuses.find((s) => s.context === context && s.creator?.login === ACTIONS_LOGIN && s.creator.type === 'Bot');
  return mine?.description ? parseRecord(mine.description) : null;
}

export async function findBaseline(
  api: RepoApi,
  context: RunnerContext,
  gate: { name: string | null; provider: ProviderName },
): Promise<BaselineSearch> {
  const base = await baseCommitOf(api, context);
  if (typeof base === 'string') return { found: null, why: base };
  const history = await api.commitHistory(base.sha, HISTORY_PAGE);
  const firstParent = new Map(history.map((c) => [c.sha, c.parents[0] ?? null]));
  const wanted = recordContext(gate);
  let sha: string | null = base.sha;
  let looked = 0;
  for (; sha !== null && looked < BASELINE_WALK_MAX; looked += 1) {
    const record = await recordOn(api, sha, wanted);
    // Never a failed, errored or timed-out run, nor another vendor's.
    if (record && record.verdict === 'pass' && record.provider === gate.provider) {
      return { found: { record, commit: sha, behind: looked, baseRef: base.ref } };
    }
    sha = firstParent.get(sha) ?? null;
  }
  const where = base.ref ? `${base.ref}'s` : "the base branch's";
  return {
    found: null,
    why: `no passing record "${wanted}" by ${ACTIONS_LOGIN} on ${where} last ${looked} commit(s) from ${base.sha.slice(0, 12)}; a run on push records one`,
  };
}
