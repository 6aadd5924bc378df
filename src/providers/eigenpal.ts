import { z } from 'zod';
import { SchemaError } from '../errors.ts';
import { type Detail, emptySnapshot, type FailingRecord, type Provenance, type RunSnapshot, type RunStatus } from '../model.ts';
import { looseNumber, looseString, parseWith, presentDetails } from './schema.ts';
import { BOOLEAN, NON_EMPTY_TEXT, numberIn, orNull, rule, stateOf, strict } from './strict.ts';
import { parseExperiment } from './eigenpal-experiment.ts';
import { evaluatedText, provenanceOf } from './eigenpal-provenance.ts';
import { enrichWithScores } from './eigenpal-scores.ts';
import { eigenpalStart, experimentOf } from './eigenpal-start.ts';
import { apiPrefixOf, DEFAULT_BASE_URL } from './eigenpal-base-url.ts';
import { type RecordOutcomes, recordOutcomesBuilder } from './record-outcomes.ts';
import type { Adapter } from './types.ts';

/** The rerun of this run; null or absent when there is none (the SDK's RunExecutionRetry). */
const NEXT_RUN = rule<{ id: string; status?: unknown } | null>(
  'null or an object with the retry run\'s "id" (a non-empty string)',
  (v) => v === null || (v !== null && typeof v === 'object' && !Array.isArray(v) && NON_EMPTY_TEXT.test((v as { id?: unknown }).id)),
);

// What the run evaluated is read by eigenpal-provenance.ts; these are its display fields.
const source = z.object({ name: looseString, model: looseString }).nullish().catch(null);

/** Eigenpal's execution states (its SDK's types), case included. */
const STATES = ['created', 'pending', 'running', 'waiting', 'finalizing', 'completed', 'failed', 'rejected', 'cancelled'] as const;
type EigenpalState = (typeof STATES)[number];
const TERMINAL: ReadonlySet<EigenpalState> = new Set(['completed', 'failed', 'rejected', 'cancelled']);

/** Eigenpal's eval scores run from 0 to 1. */
const EIGENPAL_SCALE = numberIn(0, 1);

// The fields that decide are strict (test/fields/eigenpal-fields.ts gives each one's role); the rest are loose.
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

function detailsOf(data: EigenpalRun, provenance: Provenance, status?: RunStatus): Detail[] {
  const next = data.execution.retry?.nextRun;
  return presentDetails([
    ['Automation', data.source?.name],
    ['Model', data.source?.model],
    ['Evaluated', evaluatedText(provenance)],
    ['Example', data.eval?.example ?? data.eval?.exampleId],
    // A rerun of a run that did not fail is someone's second look: this run keeps its own verdict.
    ['Rerun', next && status && status !== 'failed' ? `${next.id} exists; this run's own verdict is used` : null],
  ]);
}

function verdictOf(data: EigenpalRun, status: RunStatus): Pick<RunSnapshot, 'vendorPassed' | 'verdictGap'> {
  if (status !== 'completed') return { vendorPassed: status === 'failed' || status === 'cancelled' ? false : null, verdictGap: null };
  // Finished is not evaluated: the evaluators' scores (enrich) give the verdict of a run without `eval`.
  if (!data.eval) return { vendorPassed: null, verdictGap: 'the run has no "eval" block and its evaluator scores were not read' };
  const passed = data.eval.passed;
  return passed == null
    ? { vendorPassed: null, verdictGap: 'field "eval.passed" is missing on an eval-scoped run' }
    : { vendorPassed: passed, verdictGap: null };
}

/** The rerun of a failed run, which the gate follows; a run that did not fail is judged on its own (detailsOf notes the rerun). */
function nextRunOf(data: EigenpalRun, status: RunStatus): string | null {
  return status === 'failed' ? (data.execution.retry?.nextRun?.id ?? null) : null;
}

/** The failing example of an eval-scoped run, for the report. */
function failuresOf(data: EigenpalRun): FailingRecord[] {
  if (data.eval?.passed !== false) return [];
  const name = data.eval.example ?? data.eval.exampleId ?? 'eval example';
  return [{ name, metric: null, score: data.eval.score, threshold: null, message: data.error ?? null, prompt: null }];
}

/** An eval-scoped run is one record, keyed by its dataset example (`eval.exampleId`), for pairing with a baseline. */
function recordsOf(data: EigenpalRun, status: RunStatus): RecordOutcomes | null {
  if (status !== 'completed' || data.eval?.passed == null) return null;
  const records = recordOutcomesBuilder(1);
  records.add(data.eval.exampleId ?? null, null, data.eval.passed, data.eval.score);
  return records.build();
}

function parse(body: unknown, runId?: string): RunSnapshot {
  if (runId !== undefined && experimentOf(runId)) return parseExperiment(body);
  const data = parseWith(run, body);
  const provenance = provenanceOf(body);
  const disagreement = terminalDisagreement(data);
  if (disagreement) return { ...emptySnapshot('running'), inFlightNote: disagreement, details: detailsOf(data, provenance) };
  if (data.finished && data.error === undefined)
    throw new SchemaError('field "error": expected a non-empty string or null on a finished run, got nothing (missing)');
  const status = statusOf(data);
  const rank = data.sampleRank;
  const failures = failuresOf(data);
  return {
    ...emptySnapshot(status),
    ...verdictOf(data, status),
    score: data.eval?.score ?? null,
    failures,
    failureCount: failures.length,
    sampleRank: rank != null && rank >= 0 && rank < 1 ? rank : null,
    durationMs: data.timing?.durationMs ?? null,
    vendorError: status === 'failed' || status === 'cancelled' ? (data.error ?? null) : null,
    details: detailsOf(data, provenance, status),
    nextRunId: nextRunOf(data, status),
    records: recordsOf(data, status),
    provenance,
  };
}

export const eigenpal: Adapter = {
  defaultBaseUrl: DEFAULT_BASE_URL,
  apiPrefixOf,
  recordsCode: true,
  authHeaders: ({ apiKey }) => ({ authorization: `Bearer ${apiKey}` }),
  // No expand: the sections it adds (input, usage, debug) are not in the report.
  runPath: (runId) => {
    const experiment = experimentOf(runId);
    return experiment
      ? `/automations/${encodeURIComponent(experiment.automation)}/experiments/${encodeURIComponent(experiment.experimentId)}`
      : `/runs/${encodeURIComponent(runId)}`;
  },
  parse,
  enrich: enrichWithScores,
  start: eigenpalStart,
};
