// Aegis Evals' create requests (docs.aegisevals.ai, "Create run from a dataset" and "Create custom run"):
// POST /runs/dataset with `dataset_id`, POST /runs/custom with `evaluations`; both answer 201 with the
// run object of GET /runs/{id}, whose `id` is an integer.
import { InputError } from '../errors.ts';
import { answerObject, runIdAt, startMismatch } from './start-rules.ts';
import type { StartCapability } from './types.ts';

const EXPECTED = 'a body with "dataset_id" (POST /runs/dataset) or "evaluations" (POST /runs/custom), not both';

export const aegisStart: StartCapability = {
  plan(body) {
    const dataset = 'dataset_id' in body;
    const custom = 'evaluations' in body;
    if (dataset === custom) throw startMismatch('aegis', EXPECTED, body);
    // A blocking create holds the request for the whole run, past eval-gate's create timeout; eval-gate polls anyway.
    if (body.is_blocking !== undefined && body.is_blocking !== false) {
      throw new InputError(
        `start: expected "is_blocking" false or left out for aegis (a blocking create holds the request for the whole run, past eval-gate's create timeout, and eval-gate polls the run anyway), got ${JSON.stringify(body.is_blocking)}`,
      );
    }
    return {
      path: dataset ? '/runs/dataset' : '/runs/custom',
      body,
      idsOf: (answer) => [runIdAt(answerObject(answer).id, 'id')],
    };
  },
  // Aegis refuses a second run with an alias it has seen (400, "duplicate alias"): each repeat would be refused.
  repeatProblem: (body) =>
    body.alias === undefined || body.alias === null
      ? null
      : 'Aegis takes each "alias" once per account, so a second create with it would be refused; leave "alias" out',
  findHint: 'look for it under Runs in Aegis Evals (GET /runs), by its alias if the body gave one',
};
