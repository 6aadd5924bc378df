import type { ProviderName } from '../src/model.ts';
import { eigenpalExampleRun } from './fixtures/eigenpal.ts';
import { TIMELINES } from './timelines.ts';
import type { Step, VendorSim } from './vendor-sim.ts';

/**
 * How the demo starts a run (the `start` input) at each vendor whose API can:
 * the body a user would give, the create request's path after the base-url,
 * and the vendor's answer naming the run the scenario then plays. Avido and
 * Humanloop give no run id back on start, so they have none.
 */
export interface StartStory {
  path: string;
  body: Record<string, unknown>;
  answer: (runId: string) => Step;
}

const COMMIT = '0123456';

export const STARTS: Partial<Record<ProviderName, StartStory>> = {
  aegis: {
    // POST /runs/dataset answers 201 with the run object of GET /runs/{id}.
    path: '/runs/dataset',
    body: { dataset_id: 7, alias: `pr-42-${COMMIT}` },
    answer: (runId) => ({ status: 201, json: { ...(TIMELINES.aegis.inFlight()[0] as object), id: Number(runId) } }),
  },
  eigenpal: {
    // One dataset example, POST /api/v1/automations/{id}/examples/{exampleId}/run, answers 201 with the
    // eval-scoped run the scenario then plays (docs.eigenpal.com "Run dataset example").
    path: '/automations/agents.invoice-extractor/examples/ex_42/run',
    body: { automation: 'agents.invoice-extractor', exampleId: 'ex_42' },
    answer: (runId) => ({ status: 201, json: eigenpalExampleRun(runId) }),
  },
  runtype: {
    // POST /v1/eval/submit answers one submission per eval; its docs name no status code, so 200.
    path: '/eval/submit',
    body: { flowId: 'flow_support_bot', evalName: `pr-42-${COMMIT}` },
    answer: (runId) => ({
      json: {
        evalGroupId: 'group_1',
        submissions: [{ batchExecutionId: runId, evalName: `pr-42-${COMMIT}`, status: 'queued' }],
        totalEvals: 1,
      },
    }),
  },
};

/** The vendors the demo can start a run at. */
export const STARTABLE = Object.keys(STARTS) as ProviderName[];

/** Why `--start` cannot be played for a vendor (naming the flag and what it takes), or null. */
export function startProblem(vendor: ProviderName): string | null {
  if (STARTS[vendor]) return null;
  return `--start: expected one of ${STARTABLE.join(', ')} (the vendors whose API starts a run), got ${JSON.stringify(vendor)}`;
}

/** Scripts the create request's answer on the simulator; returns the inputs that start the run instead of naming it. */
export function playStart(sim: Pick<VendorSim, 'script'>, vendor: ProviderName, runId: string): Record<string, string> {
  const story = STARTS[vendor];
  if (!story) throw new Error(startProblem(vendor) ?? '');
  sim.script(`${TIMELINES[vendor].basePath}${story.path}`, [story.answer(runId)]);
  return { 'run-id': '', start: JSON.stringify(story.body) };
}
