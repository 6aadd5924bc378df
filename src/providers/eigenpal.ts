import { z } from 'zod';
import { SchemaError } from '../errors.ts';
import { type Detail, emptySnapshot, type RunSnapshot, type RunStatus } from '../model.ts';
import { looseNumber, looseString, parseWith, presentDetails } from './schema.ts';
import type { Provider } from './types.ts';

const source = z
  .object({
    name: looseString,
    version: looseString,
    model: looseString,
    git: z.object({ requestedRef: looseString, resolvedRef: looseString, commitSha: looseString }).nullish().catch(null),
  })
  .nullish()
  .catch(null);

const run = z.object({
  finished: z.boolean(),
  // Not in the documented example; Eigenpal's SDK types give it. Used when present.
  execution: z.object({ status: z.string().nullish() }).nullish(),
  error: z.string().nullish(),
  eval: z.object({ score: z.number().nullish(), passed: z.boolean().nullish(), example: looseString, exampleId: looseString }).nullish(),
  sampleRank: looseNumber,
  type: looseString,
  timing: z.object({ durationMs: looseNumber }).nullish().catch(null),
  source,
});
type EigenpalRun = z.infer<typeof run>;

/** Eigenpal's execution states onto ours; `finished` decides when the status is absent. */
function statusOf(data: EigenpalRun): RunStatus {
  const status = data.execution?.status;
  switch (status) {
    case null:
    case undefined:
      if (!data.finished) return 'running';
      return data.error ? 'failed' : 'completed';
    case 'created':
    case 'pending':
      return 'pending';
    case 'running':
    case 'waiting':
    case 'finalizing':
      return 'running';
    case 'completed':
      // A terminal failure message outranks a "completed" label.
      return data.error ? 'failed' : 'completed';
    case 'failed':
    case 'rejected':
      return 'failed';
    case 'cancelled':
      return 'cancelled';
    default:
      throw new SchemaError(`field "execution.status": unknown state ${JSON.stringify(status)}`);
  }
}

function detailsOf(data: EigenpalRun): Detail[] {
  const s = data.source;
  const ref = s?.git?.resolvedRef ?? s?.git?.requestedRef;
  const sha = s?.git?.commitSha;
  return presentDetails([
    ['Workflow', s?.name],
    ['Version', s?.version],
    ['Model', s?.model],
    ['Git ref', ref ? `${ref}${sha ? ` (${sha.slice(0, 12)})` : ''}` : sha],
    ['Example', data.eval?.example ?? data.eval?.exampleId],
  ]);
}

function verdictOf(data: EigenpalRun, status: RunStatus): Pick<RunSnapshot, 'vendorPassed' | 'verdictGap'> {
  if (status !== 'completed') return { vendorPassed: status === 'failed' || status === 'cancelled' ? false : null, verdictGap: null };
  if (!data.eval) return { vendorPassed: true, verdictGap: null };
  const passed = data.eval.passed;
  return passed == null
    ? { vendorPassed: null, verdictGap: 'field "eval.passed" is missing on an eval-scoped run' }
    : { vendorPassed: passed, verdictGap: null };
}

function parse(body: unknown): RunSnapshot {
  const data = parseWith(run, body);
  const status = statusOf(data);
  const rank = data.sampleRank;
  const score = data.eval?.score ?? null;
  return {
    ...emptySnapshot(status),
    ...verdictOf(data, status),
    score,
    failures:
      data.eval?.passed === false
        ? [
            {
              name: data.eval.example ?? data.eval.exampleId ?? 'eval example',
              metric: null,
              score,
              threshold: null,
              message: data.error ?? null,
              prompt: null,
            },
          ]
        : [],
    failureCount: data.eval?.passed === false ? 1 : 0,
    sampleRank: rank != null && rank >= 0 && rank < 1 ? rank : null,
    durationMs: data.timing?.durationMs ?? null,
    vendorError: status === 'failed' || status === 'cancelled' ? (data.error ?? null) : null,
    details: detailsOf(data),
  };
}

export const eigenpal: Provider = {
  name: 'eigenpal',
  label: 'Eigenpal Studio',
  defaultBaseUrl: 'https://studio.eigenpal.com/api/v1',
  docsUrl: 'https://studio.eigenpal.com/docs/api-reference',
  authHeaders: ({ apiKey }) => ({ authorization: `Bearer ${apiKey}` }),
  // No expand: the sections it adds (input, usage, debug) are not in the report.
  runPath: (runId) => `/runs/${encodeURIComponent(runId)}`,
  parse,
};
