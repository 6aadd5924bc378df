import { z } from 'zod';
import { SchemaError } from '../errors.ts';
import { type Detail, emptySnapshot, type RunSnapshot, type RunStatus } from '../model.ts';
import { looseNumber, looseString, parseWith, presentDetails } from './schema.ts';
import { BOOLEAN, disagreement, NON_EMPTY_TEXT, numberIn, orNull, rule, stateOf, strict } from './strict.ts';
import { parseExperiment } from './eigenpal-experiment.ts';
import { eigenpalStart, experimentOf } from './eigenpal-start.ts';
import type { Adapter } from './types.ts';

/** The retry Eigenpal made of a failed run; null or absent when there is none (the SDK's RunRetry). */
const NEXT_RUN = rule<{ id: string } | null>(
  'null or an object with the retry run\'s "id" (a non-empty string)',
  (v) => v === null || (v !== null && typeof v === 'object' && !Array.isArray(v) && NON_EMPTY_TEXT.test((v as { id?: unknown }).id)),
);

const source = z
  .object({
    name: looseString,
    version: looseString,
    model: looseString,
    git: z.object({ requestedRef: looseString, resolvedRef: looseString, commitSha: looseString }).nullish().catch(null),
  })
  .nullish()
  .catch(null);

/** Eigenpal's execution states (its SDK's types), case included. */
const STATES = ['created', 'pending', 'running', 'waiting', 'finalizing', 'completed', 'failed', 'rejected', 'cancelled'] as const;
type EigenpalState = (typeof STATES)[number];
const TERMINAL: ReadonlySet<EigenpalState> = new Set(['completed', 'failed', 'rejected', 'cancelled']);

/** Eigenpal's eval scores run from 0 to 1. */
const EIGENPAL_SCALE = numberIn(0, 1);

// The fields that decide are strict (eigenpal-fields.ts gives each one's role); the rest are loose.
const run = z.object({
  finished: strict(BOOLEAN),
  // Not in the documented example; Eigenpal's SDK types give it. Used when present.
  execution: z.object({
    status: strict(stateOf(STATES)).optional(),
    retry: z.object({ nextRun: strict(NEXT_RUN).optional() }).nullish(),
  }),
  // Terminal runs always carry it: null when the run succeeded, else the failure.
  error: strict(orNull(NON_EMPTY_TEXT)).optional(),
  eval: z
    .object({ score: strict(orNull(EIGENPAL_SCALE)), passed: strict(orNull(BOOLEAN)), example: looseString, exampleId: looseString })
    .optional(),
  sampleRank: looseNumber,
  type: looseString,
  timing: z.object({ durationMs: looseNumber }).nullish().catch(null),
  source,
});
type EigenpalRun = z.infer<typeof run>;

/** `finished` and `execution.status` must tell the same story; until they do, the run is not over. */
function terminalDisagreement(data: EigenpalRun): string | null {
  const status = data.execution.status;
  if (status === undefined || TERMINAL.has(status) === data.finished) return null;
  return `"finished" is ${data.finished} but "execution.status" is "${status}"; waiting for the two to agree`;
}

/** Eigenpal's execution states onto ours; `finished` decides when the status is absent. */
function statusOf(data: EigenpalRun): RunStatus {
  // A terminal failure message outranks a "completed" label.
  const ended: RunStatus = data.error ? 'failed' : 'completed';
  switch (data.execution.status) {
    case undefined:
      return data.finished ? ended : 'running';
    case 'created':
    case 'pending':
      return 'pending';
    case 'running':
    case 'waiting':
    case 'finalizing':
      return 'running';
    case 'completed':
      return ended;
    case 'failed':
    case 'rejected':
      return 'failed';
    case 'cancelled':
      return 'cancelled';
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

/** The run Eigenpal started to retry this one: followed only from a failed run, a contradiction on any other. */
function nextRunOf(data: EigenpalRun, status: RunStatus): string | null {
  const next = data.execution.retry?.nextRun;
  if (!next) return null;
  if (status !== 'failed')
    throw disagreement(
      ['execution.retry.nextRun.id', next.id],
      ['execution.status', data.execution.status ?? status],
      'a run that has not failed was retried',
    );
  return next.id;
}

function parse(body: unknown, runId?: string): RunSnapshot {
  if (runId !== undefined && experimentOf(runId)) return parseExperiment(body);
  const data = parseWith(run, body);
  const disagreement = terminalDisagreement(data);
  if (disagreement) return { ...emptySnapshot('running'), inFlightNote: disagreement, details: detailsOf(data) };
  if (data.finished && data.error === undefined)
    throw new SchemaError('field "error": expected a non-empty string or null on a finished run, got nothing (missing)');
  const status = statusOf(data);
  const rank = data.sampleRank;
  const score = data.eval?.score ?? null;
  const failed = data.eval?.passed === false;
  return {
    ...emptySnapshot(status),
    ...verdictOf(data, status),
    score,
    failures: failed
      ? [
          {
            name: data.eval?.example ?? data.eval?.exampleId ?? 'eval example',
            metric: null,
            score,
            threshold: null,
            message: data.error ?? null,
            prompt: null,
          },
        ]
      : [],
    failureCount: failed ? 1 : 0,
    sampleRank: rank != null && rank >= 0 && rank < 1 ? rank : null,
    durationMs: data.timing?.durationMs ?? null,
    vendorError: status === 'failed' || status === 'cancelled' ? (data.error ?? null) : null,
    details: detailsOf(data),
    nextRunId: nextRunOf(data, status),
  };
}

export const eigenpal: Adapter = {
  defaultBaseUrl: 'https://studio.eigenpal.com/api/v1',
  authHeaders: ({ apiKey }) => ({ authorization: `Bearer ${apiKey}` }),
  // No expand: the sections it adds (input, usage, debug) are not in the report.
  runPath: (runId) => {
    const experiment = experimentOf(runId);
    return experiment
      ? `/automations/${encodeURIComponent(experiment.automation)}/experiments/${encodeURIComponent(experiment.experimentId)}`
      : `/runs/${encodeURIComponent(runId)}`;
  },
  parse,
  start: eigenpalStart,
};
