// Eigenpal Studio's create requests (docs.eigenpal.com, "Start a run" and "Create experiment"):
// POST /api/v1/runs with `target` answers { id, type, finished }; POST /api/v1/automations/{id}/experiments
// (examples?, batchConcurrency?, sourceRef?) answers { id, runs, total }. An experiment needs its
// automation to be read again, so its run id carries both: `experiment:<automation>:<experiment id>`.
import { InputError } from '../errors.ts';
import { toRunIds } from '../inputs/values.ts';
import { answerObject, runIdAt, startMismatch } from './start-rules.ts';
import type { StartCapability } from './types.ts';

const EXPECTED = 'a body with "target" (POST /runs) or "automation" (POST /automations/{automation}/experiments), not both';
const EXPERIMENT_PREFIX = 'experiment:';

/** `experiment:<automation>:<id>` into its parts; null for a plain run id. */
export function experimentOf(runId: string): { automation: string; experimentId: string } | null {
  if (!runId.startsWith(EXPERIMENT_PREFIX)) return null;
  const rest = runId.slice(EXPERIMENT_PREFIX.length);
  const colon = rest.indexOf(':');
  if (colon <= 0 || colon === rest.length - 1) return null;
  return { automation: rest.slice(0, colon), experimentId: rest.slice(colon + 1) };
}

export function experimentRunId(automation: string, experimentId: string): string {
  return `${EXPERIMENT_PREFIX}${automation}:${experimentId}`;
}

function automationOf(body: Record<string, unknown>): string {
  const automation = body.automation;
  if (typeof automation === 'string' && toRunIds(automation)?.length === 1 && !automation.includes(':')) return automation;
  throw new InputError(
    `start: expected "automation" to be an automation id or typed alias such as "workflows.invoice" (letters, digits, . _ ~ -), got ${JSON.stringify(automation)}`,
  );
}

export const eigenpalStart: StartCapability = {
  plan(body) {
    const run = 'target' in body;
    const experiment = 'automation' in body;
    if (run === experiment) throw startMismatch('eigenpal', EXPECTED, body);
    if (run) return { path: '/runs', body, idsOf: (answer) => [runIdAt(answerObject(answer).id, 'id')] };
    const { automation: _, ...rest } = body;
    const automation = automationOf(body);
    return {
      path: `/automations/${encodeURIComponent(automation)}/experiments`,
      body: rest,
      idsOf: (answer) => [experimentRunId(automation, runIdAt(answerObject(answer).id, 'id'))],
    };
  },
  findHint:
    "look for it among the automation's runs and experiments in Eigenpal Studio (GET /api/v1/runs), by its metadata if the body gave any",
};
