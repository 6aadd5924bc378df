// Runtype's create request (docs.runtype.com, "Submit eval"): POST /v1/eval/submit with `flowId` and
// `evalName` answers { evalGroupId, submissions: [{ batchExecutionId, evalName, status }], totalEvals };
// each batchExecutionId is a run for GET /v1/eval/{id}/results.
import { SchemaError } from '../errors.ts';
import { answerObject, runIdAt, startMismatch } from './start-rules.ts';
import type { StartCapability } from './types.ts';

export const runtypeStart: StartCapability = {
  plan(body) {
    if (!('flowId' in body)) throw startMismatch('runtype', 'a body with "flowId" (POST /eval/submit)', body);
    return {
      path: '/eval/submit',
      body,
      idsOf: (answer) => {
        const submissions = answerObject(answer).submissions;
        if (!Array.isArray(submissions) || submissions.length === 0) {
          throw new SchemaError('field "submissions": expected a non-empty list of submissions, got none');
        }
        return submissions.map((s, i) =>
          runIdAt((s as Record<string, unknown> | null)?.batchExecutionId, `submissions[${i}].batchExecutionId`),
        );
      },
    };
  },
  findHint: 'look for it among the eval batches of the flow in Runtype (GET /v1/eval/batches)',
};
