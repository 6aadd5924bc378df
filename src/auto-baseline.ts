// baseline-run-id: auto, between the inputs and the poll: which run is the
// baseline, where it was found, or why there is none.
import { reportSettingsOf, type Settings } from './inputs/inputs.ts';
import type { Provider } from './providers/index.ts';
import type { BaselineSource } from './rules/verdict.ts';

export const AUTO_BASELINE = 'auto';

export interface ResolvedBaseline {
  runId: string | null;
  source: BaselineSource | null;
  /** Why there is no baseline: said in the report, where the regression rule is skipped. */
  note: string | null;
}

export async function resolveBaseline(settings: Settings, provider: Provider): Promise<ResolvedBaseline> {
  if (settings.baselineRunId !== AUTO_BASELINE) return { runId: settings.baselineRunId, source: null, note: null };
  // Loaded only for auto: the GitHub client is not needed before the first poll otherwise.
  const { searchBaseline } = await import('./report/github/auto-baseline.ts');
  const search = await searchBaseline(reportSettingsOf(settings));
  if (!search.found) return { runId: null, source: null, note: `no baseline found: ${search.why}` };
  const { record, commit, behind, baseRef } = search.found;
  const [runId] = record.runIds;
  const bad = runId === undefined || record.runIds.length > 1 || (provider.runIdPattern && !provider.runIdPattern.pattern.test(runId));
  if (bad) {
    const note = `the record on ${commit.slice(0, 12)} names ${record.runIds.length} runs (${record.runIds.join(', ')}); an automatic baseline takes one run of ${provider.name}`;
    return { runId: null, source: null, note };
  }
  return { runId, source: { commit, behind, baseRef }, note: null };
}
