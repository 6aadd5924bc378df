// baseline-run-id: auto, at the edge: opens a bounded GitHub session and looks
// for the record; any GitHub problem becomes the reason no baseline was found.
import { messageOf } from '../../errors.ts';
import type { ReportSettings } from '../../inputs/inputs.ts';
import { runnerContext } from './context.ts';
import { type BaselineSearch, findBaseline } from './find-baseline.ts';
import { openSession, problemReporter } from './to-github.ts';

/** The whole search: the history page and up to 20 statuses pages. */
const BASELINE_BUDGET_MS = 30_000;

export async function searchBaseline(settings: ReportSettings): Promise<BaselineSearch> {
  const context = runnerContext();
  if (!settings.githubToken) return { found: null, why: 'github-token is empty, so GitHub could not be asked' };
  if (!context.repository) return { found: null, why: 'no GitHub repository (GITHUB_REPOSITORY) to look in' };
  const session = await openSession(settings, context, BASELINE_BUDGET_MS, problemReporter());
  if (!session) return { found: null, why: 'GitHub could not be reached' };
  try {
    return await findBaseline(session.api, context, settings);
  } catch (error) {
    return { found: null, why: `reading GitHub failed (needs 'contents: read' and 'statuses: read'): ${messageOf(error)}` };
  } finally {
    session.close();
  }
}
