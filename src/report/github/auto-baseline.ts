// baseline-run-id: auto, at the edge: a bounded GitHub session looks for the
// record (find-baseline.ts); any GitHub problem becomes the reason there is none.
import { messageOf } from '../../errors.ts';
import { AUTO_BASELINE } from '../../inputs/schema.ts';
import { reportSettingsOf, type Settings } from '../../inputs/inputs.ts';
import type { Provider } from '../../providers/index.ts';
import type { BaselineSource } from '../../rules/verdict.ts';
import { createRepoApi } from './client.ts';
import { runnerContext } from './context.ts';
import { type BaselineSearch, findBaseline } from './find-baseline.ts';
import { phaseBounds } from './retry.ts';

/** The whole search: the history page and up to 20 statuses pages. */
const BASELINE_BUDGET_MS = 30_000;

export interface ResolvedBaseline {
  runId: string | null;
  source: BaselineSource | null;
  /** Why there is no baseline: said in the report, where the regression rule is skipped. */
  note: string | null;
}

async function searchBaseline(settings: Settings, signal: AbortSignal): Promise<BaselineSearch> {
  const context = runnerContext();
  const [owner, repo] = (context.repository ?? '').split('/');
  if (!settings.githubToken) return { found: null, why: 'github-token is empty, so GitHub could not be asked' };
  if (!owner || !repo) return { found: null, why: 'no GitHub repository (GITHUB_REPOSITORY) to look in' };
  try {
    const api = await createRepoApi(settings.githubToken, { owner, repo }, context.apiUrl, phaseBounds(BASELINE_BUDGET_MS, signal));
    return await findBaseline(api, context, reportSettingsOf(settings));
  } catch (error) {
    return { found: null, why: `reading GitHub failed (needs 'contents: read' and 'statuses: read'): ${messageOf(error)}` };
  }
}

/** The baseline run: the one given, or for auto the one the record names, or why there is none. */
export async function resolveBaseline(settings: Settings, provider: Provider, signal: AbortSignal): Promise<ResolvedBaseline> {
  if (settings.baselineRunId !== AUTO_BASELINE) return { runId: settings.baselineRunId, source: null, note: null };
  const search = await searchBaseline(settings, signal);
  if (!search.found) return { runId: null, source: null, note: `no baseline found: ${search.why}` };
  const { record, commit, behind, baseRef } = search.found;
  const [runId] = record.runIds;
  const bad = runId === undefined || record.runIds.length > 1 || (provider.runIdPattern && !provider.runIdPattern.pattern.test(runId));
  if (bad) {
    const note = `the record on ${commit.slice(0, 12)} names ${record.runIds.length} run(s) (${record.runIds.join(', ')}); an automatic baseline takes one run of ${provider.name}`;
    return { runId: null, source: null, note };
  }
  return { runId, source: { commit, behind, baseRef }, note: null };
}
