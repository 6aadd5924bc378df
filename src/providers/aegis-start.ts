// Aegis Evals' create requests (docs.aegisevals.ai, "Create run from a dataset" and "Create custom run"):
// POST /runs/dataset with `dataset_id`, POST /runs/custom with `evaluations`; both answer 201 with the
// run object of GET /runs/{id}, whose `id` is an integer.
import { answerObject, runIdAt, startMismatch } from './start-rules.ts';
import type { StartCapability } from './types.ts';

const EXPECTED = 'a body with "dataset_id" (POST /runs/dataset) or "evaluations" (POST /runs/custom), not both';

export const aegisStart: StartCapability = {
  plan(body) {
    const dataset = 'dataset_id' in body;
    const custom = 'evaluations' in body;
    if (dataset === custom) throw startMismatch('aegis', EXPECTED, body);
    return {
      path: dataset ? '/runs/dataset' : '/runs/custom',
      body,
      idsOf: (answer) => [runIdAt(answerObject(answer).id, 'id')],
    };
  },
  findHint: 'look for it under Runs in Aegis Evals (GET /runs), by its alias if the body gave one',
};
