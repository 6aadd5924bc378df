import { z } from 'zod';
import { type Detail, emptySnapshot, type RunSnapshot, type RunStatus } from '../model.ts';
import { type EvaluationRun, scoresFromStats } from './humanloop-stats.ts';
import { looseBoolean, looseString, parseWith } from './schema.ts';
import { onKnownHost } from '../inputs/base-url.ts';
import { BOOLEAN, checkUnique, NON_EMPTY_TEXT, read, stateOf, strict } from './strict.ts';
import type { EnrichContext, Adapter } from './types.ts';

const named = z.object({ name: looseString, path: looseString }).nullish().catch(null);
/** Humanloop's run states, case included. */
const STATES = ['pending', 'running', 'completed', 'cancelled', 'failed'] as const;
// The fields that decide are strict (test/fields/humanloop-fields.ts gives each one's role); the rest are loose.
const evaluationRun = z.object({
  id: strict(NON_EMPTY_TEXT),
  status: strict(stateOf(STATES)),
  orchestrated: looseBoolean,
  // Read strictly only when scores are (evaluationRuns): a control run matters to nothing else.
  control: z.unknown().optional(),
  dataset: named,
  version: named,
});
type HumanloopRun = z.infer<typeof evaluationRun>;
const runList = z.object({ runs: z.array(evaluationRun) });

/** Humanloop's run states are ours; the evaluation is as far along as its slowest run. */
const runStatus = (run: HumanloopRun): RunStatus => run.status;

function overallStatus(statuses: RunStatus[]): RunStatus {
  // No runs yet: the evaluation was just created and its runs are still being added.
  if (statuses.length === 0) return 'pending';
  for (const status of ['running', 'pending', 'failed', 'cancelled'] as const) {
    if (statuses.includes(status)) return status;
  }
  return 'completed';
}

function describeRun(run: HumanloopRun, index: number): Detail {
  const version = run.version?.name ?? run.version?.path ?? run.id ?? `run ${index + 1}`;
  const parts = [version, run.dataset?.name ?? run.dataset?.path, run.status, run.control === true ? 'control' : null];
  return { label: `Run ${index + 1}`, value: parts.filter(Boolean).join(' · ') };
}

function parse(body: unknown): RunSnapshot {
  const { runs } = parseWith(runList, body);
  checkUnique(runs, (run) => run.id, 'runs', 'id');
  const statuses = runs.map(runStatus);
  const status = overallStatus(statuses);
  const idle = runs.filter((run, i) => run.orchestrated === false && (statuses[i] === 'running' || statuses[i] === 'pending')).length;
  return {
    ...emptySnapshot(status),
    vendorPassed: status === 'completed' ? true : null,
    progress: runs.length > 0 ? { done: statuses.filter((s) => s !== 'running' && s !== 'pending').length, total: runs.length } : null,
    details: runs.map(describeRun),
    inFlightNote:
      idle > 0 ? `${idle} run(s) are not orchestrated by Humanloop and stay running until their owner marks them complete` : null,
  };
}

/** Which runs are control runs, which scoring leaves out. */
function evaluationRuns(body: unknown): EvaluationRun[] {
  return parseWith(runList, body).runs.map((r, i) => ({ id: r.id, control: read(BOOLEAN, r.control, `runs[${i}].control`) }));
}

/** Humanloop's web app, where its evaluation links point. */
const WEB_HOST = 'app.humanloop.com';

/**
 * Scores only when a rule needs them; the web link is one short try that may
 * fail without harm, and is kept only on a host we know (Humanloop's app, or
 * the host of base-url), so a vendor answer cannot point reviewers elsewhere.
 */
async function enrich(snapshot: RunSnapshot, ctx: EnrichContext): Promise<RunSnapshot> {
  const id = encodeURIComponent(ctx.runId);
  const link = ctx
    .getJsonOnce(`/evaluations/${id}`)
    .then((body) => z.object({ url: z.string() }).safeParse(body).data?.url ?? null)
    .then((url) => onKnownHost(url, [WEB_HOST, new URL(ctx.baseUrl).hostname]))
    .catch(() => null);
  const stats = ctx.needsScores ? scoresFromStats(await ctx.getJson(`/evaluations/${id}/stats`), evaluationRuns(ctx.lastBody)) : null;
  return { ...snapshot, ...stats, url: await link };
}

export const humanloop: Adapter = {
  defaultBaseUrl: 'https://api.humanloop.com/v5',
  authHeaders: ({ apiKey }) => ({ 'x-api-key': apiKey }),
  runPath: (runId) => `/evaluations/${encodeURIComponent(runId)}/runs`,
  parse,
  enrich,
  // CURRENT.md §5: the shutdown date comes from secondary sources (W&B's migration report, Humanloop's changelog as cited).
  warning:
    'Humanloop is discontinued: it shut its platform down on 2025-09-08, so its API may no longer answer. eval-gate keeps this adapter as it is, with no new Humanloop features; move these evals to another vendor.',
};
