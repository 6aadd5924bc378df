// Eigenpal Studio's create requests (docs.eigenpal.com, "Start a run", "Run dataset example" and
// "Create experiment"; the SDK's RunsStartData, AutomationsExamplesRunData and ExperimentCreate):
// - POST /runs?version=<ref> with `target` answers { id, type, finished };
// - POST /automations/{id}/examples/{exampleId}/run, which takes no body and no version, answers
//   { id, type, batchId, finished: false };
// - POST /automations/{id}/experiments (examples?, batchConcurrency?, sourceRef?) answers { id, runs, total }.
// An experiment needs its automation to be read again, so its run id carries both:
// `experiment:<automation>:<experiment id>`.
import { InputError } from '../errors.ts';
import { sameCode, toRunIds } from '../inputs/values.ts';
import { answerObject, runIdAt, startMismatch } from './start-rules.ts';
import type { StartCapability, StartPlan } from './types.ts';

const EXPECTED =
  'a body with "target" (POST /runs), "automation" and "exampleId" (one dataset example, POST /automations/{automation}/examples/{exampleId}/run) or "automation" without "exampleId" (an experiment, POST /automations/{automation}/experiments), not "target" with "automation"';
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

/** An id the body gives for a path segment (an automation, a dataset example), as run-id takes ids, without ":". */
function idAt(body: Record<string, unknown>, key: string, what: string): string {
  const id = body[key];
  if (typeof id === 'string' && toRunIds(id)?.length === 1 && !id.includes(':')) return id;
  throw new InputError(`start: expected "${key}" to be ${what} (letters, digits, . _ ~ -), got ${JSON.stringify(id)}`);
}

const AUTOMATION = 'an automation id or typed alias such as "workflows.invoice"';
const runIdOf = (answer: unknown): string[] => [runIdAt(answerObject(answer).id, 'id')];

/** POST /runs, pinned to `ref` by the `version` query parameter. */
function runPlan(body: Record<string, unknown>, ref: string | null): StartPlan {
  return { path: ref ? `/runs?version=${encodeURIComponent(ref)}` : '/runs', body, idsOf: runIdOf };
}

/** One dataset example: its request takes no body and no version, so neither can be asked of it. */
function examplePlan(body: Record<string, unknown>, ref: string | null): StartPlan {
  const automation = idAt(body, 'automation', AUTOMATION);
  const example = idAt(body, 'exampleId', 'a dataset example id');
  const extra = Object.keys(body).filter((key) => key !== 'automation' && key !== 'exampleId');
  if (extra.length > 0) {
    throw new InputError(
      `start: expected only "automation" and "exampleId" for one dataset example, whose request takes no body, got also ${extra.map((k) => JSON.stringify(k)).join(', ')}; to run examples with options, start an experiment ("automation" with "examples")`,
    );
  }
  if (ref !== null) {
    throw new InputError(
      `ref: expected no ref with one dataset example (POST /automations/{automation}/examples/{exampleId}/run takes no version, so it runs the latest code), got ${JSON.stringify(ref)}; to pin it, start an experiment of that example: {"automation": ${JSON.stringify(automation)}, "examples": [${JSON.stringify(example)}]}`,
    );
  }
  return {
    path: `/automations/${encodeURIComponent(automation)}/examples/${encodeURIComponent(example)}/run`,
    body: undefined,
    idsOf: runIdOf,
  };
}

/** An experiment, pinned to `ref` by `sourceRef`; a body that names other code is bad input. */
function experimentPlan(body: Record<string, unknown>, ref: string | null): StartPlan {
  const automation = idAt(body, 'automation', AUTOMATION);
  const { automation: _, ...rest } = body;
  const given = rest.sourceRef;
  if (ref !== null && given !== undefined && !(typeof given === 'string' && sameCode(given, ref))) {
    throw new InputError(
      `ref, start: expected the start body's "sourceRef" to name the code of ref ${JSON.stringify(ref)} (or to be left out), got ${JSON.stringify(given)}`,
    );
  }
  return {
    path: `/automations/${encodeURIComponent(automation)}/experiments`,
    body: ref !== null && given === undefined ? { ...rest, sourceRef: ref } : rest,
    idsOf: (answer) => [experimentRunId(automation, runIdAt(answerObject(answer).id, 'id'))],
  };
}

export const eigenpalStart: StartCapability = {
  plan(body, ref) {
    const run = 'target' in body;
    const automation = 'automation' in body;
    if (run === automation) throw startMismatch('eigenpal', EXPECTED, body);
    if (run) return runPlan(body, ref);
    return 'exampleId' in body ? examplePlan(body, ref) : experimentPlan(body, ref);
  },
  findHint:
    "look for it among the automation's runs and experiments in Eigenpal Studio (GET /runs, filtered by sourceRef or batchId), by its metadata if the body gave any",
};
