import { z } from 'zod';
import { SchemaError } from '../errors.ts';
import { emptySnapshot, type FailingRecord, type RunSnapshot, type RunStatus } from '../model.ts';
import { durationBetweenMs, looseNumber, looseString, MAX_FAILURES_KEPT, parseWith, presentDetails } from './schema.ts';
import { COUNT, disagreement, stateOf, strict } from './strict.ts';
import { withGroupMetrics } from './runtype-group.ts';
import { runtypeStart } from './runtype-start.ts';
import { runtypeUsage } from './runtype-usage.ts';
import { countedOutcomes, type RecordOutcomes, recordOutcomesBuilder } from './record-outcomes.ts';
import type { Adapter } from './types.ts';

const stepResult = z.object({
  recordName: looseString,
  stepName: looseString,
  errorMessage: looseString,
  resolvedPrompt: looseString,
  totalCost: looseNumber,
  durationMs: looseNumber,
  promptTokens: looseNumber,
  completionTokens: looseNumber,
  reasoningTokens: looseNumber,
});
type StepResult = z.infer<typeof stepResult>;

/**
 * Runtype's states, exactly as it spells them: `queued`, `processing`,
 * `completed` and `failed` are documented (the batch list's filter). The rest
 * are tolerated extras, never a pass: `pending` and `running` read as in
 * flight, both spellings of cancelled as cancelled.
 */
const STATES = ['queued', 'pending', 'processing', 'running', 'completed', 'failed', 'cancelled', 'canceled'] as const;
type RuntypeState = (typeof STATES)[number];

// The fields that decide are strict (test/fields/runtype-fields.ts gives each one's role); the rest are loose.
const run = z.object({
  status: strict(stateOf(STATES)),
  totalRecords: strict(COUNT),
  processedRecords: strict(COUNT),
  failedRecords: strict(COUNT),
  resultsByRecord: z.record(z.string(), z.array(stepResult).catch([])).nullish().catch(null),
  startedAt: looseString,
  completedAt: looseString,
  evalName: looseString,
  flowId: looseString,
});
type RuntypeRun = z.infer<typeof run>;

/** Runtype's states onto ours. */
function statusOf(status: RuntypeState): RunStatus {
  switch (status) {
    case 'queued':
    case 'pending':
      return 'pending';
    case 'processing':
    case 'running':
      return 'running';
    case 'completed':
      return 'completed';
    case 'failed':
      return 'failed';
    case 'cancelled':
    case 'canceled':
      return 'cancelled';
  }
}

/** Parts never exceed their total: failed within processed, processed within total. */
function checkCounts(data: RuntypeRun): void {
  if (data.processedRecords > data.totalRecords) {
    throw disagreement(['processedRecords', data.processedRecords], ['totalRecords', data.totalRecords], 'more processed than there are');
  }
  if (data.failedRecords > data.processedRecords) {
    throw disagreement(['failedRecords', data.failedRecords], ['processedRecords', data.processedRecords], 'more failed than processed');
  }
}

/** A completed run has processed every record, and has at least as many failed records as it lists with an error. */
function checkCompleted(data: RuntypeRun, recordsWithErrors: number): void {
  if (data.processedRecords < data.totalRecords) {
    throw disagreement(
      ['status', data.status],
      ['processedRecords', data.processedRecords],
      `a completed run with ${data.totalRecords - data.processedRecords} of "totalRecords" ${data.totalRecords} not processed`,
    );
  }
  if (recordsWithErrors > data.failedRecords) {
    throw disagreement(
      ['failedRecords', data.failedRecords],
      ['resultsByRecord', `${recordsWithErrors} records with an error`],
      'more records list an error than are counted as failed',
    );
  }
}

/** Failing step results (with an error message), the first few kept, all counted. */
function scanResults(data: RuntypeRun) {
  const failures: FailingRecord[] = [];
  let failureCount = 0;
  let recordsWithErrors = 0;
  for (const [recordId, steps] of Object.entries(data.resultsByRecord ?? {})) {
    if ((steps as StepResult[]).some((step) => step.errorMessage)) recordsWithErrors += 1;
    for (const step of steps as StepResult[]) {
      if (!step.errorMessage) continue;
      failureCount += 1;
      if (failures.length < MAX_FAILURES_KEPT) {
        failures.push({
          name: step.recordName ?? recordId,
          metric: step.stepName ?? null,
          score: null,
          threshold: null,
          message: step.errorMessage,
          prompt: step.resolvedPrompt ?? null,
        });
      }
    }
  }
  return { failures, failureCount, recordsWithErrors };
}

/**
 * Each record's outcome by its Runtype record id: passed when none of its steps errored, the only
 * per-record verdict Runtype gives (no score). A listing that is not every record, or that disagrees with
 * the counts, is kept as counts only, so that it is compared unpaired, never on the records it happens to list.
 */
function recordsOf(data: RuntypeRun, withoutErrors: number): RecordOutcomes {
  const listed = Object.entries(data.resultsByRecord ?? {});
  const failing = listed.filter(([, steps]) => steps.some((step) => step.errorMessage)).length;
  if (listed.length !== data.totalRecords || listed.length - failing !== withoutErrors)
    return countedOutcomes(withoutErrors, data.totalRecords);
  const records = recordOutcomesBuilder(listed.length);
  for (const [recordId, steps] of listed) records.add(recordId, null, !steps.some((step) => step.errorMessage), null);
  return records.build();
}

function parse(body: unknown): RunSnapshot {
  const data = parseWith(run, body);
  checkCounts(data);
  const status = statusOf(data.status);
  if (status === 'completed' && data.totalRecords === 0) {
    throw new SchemaError('field "totalRecords": 0 on a completed run, so nothing was evaluated');
  }
  const scanned = scanResults(data);
  if (status === 'completed') checkCompleted(data, scanned.recordsWithErrors);
  // Runtype counts records whose flow errored, not answers of poor quality: the figures say so (measure).
  const withoutErrors = data.processedRecords - data.failedRecords;
  const passRate = data.totalRecords > 0 ? withoutErrors / data.totalRecords : null;
  return {
    ...emptySnapshot(status),
    measure: 'records without errors',
    passCounts: data.totalRecords > 0 ? { passed: withoutErrors, total: data.totalRecords } : null,
    vendorPassed: status === 'completed' ? data.failedRecords === 0 && data.processedRecords === data.totalRecords : null,
    score: passRate === null ? null : passRate * 100,
    passRate,
    failures: scanned.failures,
    failureCount: Math.max(scanned.failureCount, data.failedRecords),
    ...runtypeUsage(data.resultsByRecord ?? {}, data.processedRecords),
    records: status === 'completed' && data.totalRecords > 0 ? recordsOf(data, withoutErrors) : null,
    durationMs: durationBetweenMs(data.startedAt, data.completedAt),
    progress: data.totalRecords > 0 ? { done: data.processedRecords, total: data.totalRecords } : null,
    details: presentDetails([
      ['Eval', data.evalName],
      ['Flow', data.flowId],
    ]),
  };
}

export const runtype: Adapter = {
  defaultBaseUrl: 'https://api.runtype.com/v1',
  authHeaders: ({ apiKey }) => ({ authorization: `Bearer ${apiKey}` }),
  runPath: (runId) => `/eval/${encodeURIComponent(runId)}/results`,
  parse,
  start: runtypeStart,
  enrich: withGroupMetrics,
};
