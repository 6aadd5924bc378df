import { z } from 'zod';
import { SchemaError } from '../errors.ts';
import { emptySnapshot, type FailingRecord, type MetricResult, type Progress, type RunSnapshot, type RunStatus } from '../model.ts';
import { durationBetweenMs, firstMatches, looseString, MAX_FAILURES_KEPT, parseWith } from './schema.ts';
import { BOOLEAN, checkUnique, COUNT, disagreement, numberIn, oneOf, orNull, stateOf, strict } from './strict.ts';
import type { Adapter } from './types.ts';

/** The documented states of a run and of each of its evals, case included. */
const STATES = ['PENDING', 'IN_PROGRESS', 'PASSED', 'COMPLETED', 'FAILED'] as const;
type AvidoState = (typeof STATES)[number];
const state = strict(stateOf(STATES));

const evalItem = z.object({ id: looseString, status: state, type: looseString, passed: strict(BOOLEAN).optional() });
type AvidoEval = z.infer<typeof evalItem>;

// Avido's SDK shows a newer `result` object with counts and no status.
const resultCounts = z.object({
  passed: strict(COUNT),
  failed: strict(COUNT),
  total: strict(COUNT),
  passRate: strict(orNull(numberIn(0, 100))).optional(),
  // Shown only: a value off its 0–1 scale is shown as unknown, never fails the gate.
  averageScore: z.number().min(0).max(1).nullish().catch(null),
  evals: z.array(evalItem).optional(),
});
type Counts = z.infer<typeof resultCounts>;

// The fields that decide are strict (avido-fields.ts gives each one's role); the rest are loose.
const run = z.object({
  status: state.optional(),
  result: z.union([strict(oneOf(['PASSED', 'FAILED'] as const)), resultCounts]).nullish(),
  evals: z.array(evalItem).optional(),
  createdAt: looseString,
  modifiedAt: looseString,
});
type AvidoRun = z.infer<typeof run>;

const evalPassed = (e: AvidoEval): boolean => e.status === 'PASSED' || (e.status === 'COMPLETED' && e.passed === true);
const inFlight = (s: AvidoState | undefined): boolean => s === 'PENDING' || s === 'IN_PROGRESS';

/** The documented run, or the same run wrapped as `{ "run": … }` by later API versions (never both at once). */
function unwrap(body: unknown): unknown {
  if (!body || typeof body !== 'object' || !('run' in body)) return body;
  if ('status' in body || 'result' in body) {
    throw new SchemaError('field "run": a wrapped run beside a top-level "status" or "result", so two runs in one answer');
  }
  return (body as { run: unknown }).run;
}

/** Counts whose parts exceed their total, or a pass rate that is not theirs, are corrupt. */
function checkCounts(c: Counts): void {
  if (c.passed + c.failed > c.total)
    throw disagreement(['result.passed', c.passed], ['result.failed', c.failed], `together above "result.total" ${c.total}`);
  if (c.passRate != null && c.total > 0 && Math.abs(c.passRate - (c.passed / c.total) * 100) > 0.1) {
    throw disagreement(['result.passRate', c.passRate], ['result.passed', c.passed], `${c.passed} of ${c.total} is not that rate`);
  }
}

/** An eval whose `passed` flag says the opposite of its status is corrupt. */
function checkEval(e: AvidoEval, index: number): void {
  if (e.passed === undefined || (e.status !== 'PASSED' && e.status !== 'FAILED') || (e.status === 'PASSED') === e.passed) return;
  throw disagreement([`evals[${index}].status`, e.status], [`evals[${index}].passed`, e.passed], 'one says passed, the other failed');
}

/**
 * The evals of a finished run must all be finished, agree with its counts when
 * it gives them, and not fail under a run that says it passed.
 */
function checkEvalsOfFinished(data: AvidoRun, counts: Counts | null, evals: AvidoEval[], vendorPassed: boolean | null): void {
  const unfinished = evals.findIndex((e) => inFlight(e.status));
  if (unfinished >= 0)
    throw new SchemaError(`field "evals[${unfinished}].status": ${evals[unfinished]?.status} in a finished run, so the two disagree`);
  const passed = evals.filter(evalPassed).length;
  if (counts && evals.length > 0 && (passed !== counts.passed || evals.length - passed !== counts.failed)) {
    throw disagreement(
      ['result.passed', counts.passed],
      ['evals', `${passed} of ${evals.length} passed`],
      'the counts are not the evals listed',
    );
  }
  const failing = evals.findIndex((e) => !evalPassed(e));
  if (vendorPassed === true && failing >= 0) {
    throw disagreement(
      [data.result ? 'result' : 'status', data.result ?? data.status],
      [`evals[${failing}].status`, evals[failing]?.status],
      'a passed run with an eval that did not pass',
    );
  }
}

/** Avido's states onto ours; PASSED, COMPLETED and FAILED are terminal, the verdict is decided apart. */
function statusOf(data: AvidoRun, counts: Counts | null): RunStatus {
  if (data.status === undefined) {
    if (!counts) throw new SchemaError(`field "status": expected ${stateOf(STATES).expectation}, got nothing (missing)`);
    return counts.total > 0 && counts.passed + counts.failed === counts.total ? 'completed' : 'running';
  }
  if (data.status === 'PENDING') return 'pending';
  return data.status === 'IN_PROGRESS' ? 'running' : 'completed';
}

/** The verdict the counts give: all passed, some failed, or not all counted yet. */
function countsVerdict(c: Counts): boolean {
  if (c.passed + c.failed !== c.total)
    throw new SchemaError(`field "result": counts ${c.passed} passed and ${c.failed} failed of ${c.total} on a finished run`);
  if (c.total === 0) throw new SchemaError('field "result.total": 0 on a finished run, so nothing was evaluated');
  return c.failed === 0;
}

/** The result and the status each may give a verdict; when both do, they must agree. */
function verdictOf(data: AvidoRun, counts: Counts | null): Pick<RunSnapshot, 'vendorPassed' | 'verdictGap'> {
  const result = data.result;
  // A COMPLETED status says nothing of the verdict, so the result must be there (null when Avido gives none).
  if (data.status === 'COMPLETED' && result === undefined) {
    throw new SchemaError('field "result": expected "PASSED", "FAILED" or the counts on a COMPLETED run, got nothing (missing)');
  }
  const fromResult = counts ? countsVerdict(counts) : result === 'PASSED' || result === 'FAILED' ? result === 'PASSED' : null;
  const fromStatus = data.status === 'PASSED' || data.status === 'FAILED' ? data.status === 'PASSED' : null;
  if (fromResult !== null && fromStatus !== null && fromResult !== fromStatus) {
    throw disagreement(
      ['status', data.status],
      ['result', counts ? `${counts.failed} failed` : result],
      'one says passed, the other failed',
    );
  }
  const vendorPassed = fromResult ?? fromStatus;
  return vendorPassed === null
    ? { vendorPassed, verdictGap: 'field "result" is missing on a COMPLETED run' }
    : { vendorPassed, verdictGap: null };
}

function toFailure(e: AvidoEval): FailingRecord {
  return { name: `eval ${e.id ?? '?'}`, metric: e.type ?? null, score: null, threshold: null, message: `status ${e.status}`, prompt: null };
}

/** From the counts when the vendor gives them, else from the evals listed. */
function passRateOf(counts: Counts | null, evals: AvidoEval[]): number | null {
  if (counts) return counts.total > 0 ? counts.passed / counts.total : null;
  return evals.length > 0 ? evals.filter(evalPassed).length / evals.length : null;
}

function progressOf(counts: Counts | null, evals: AvidoEval[]): Progress | null {
  if (counts && counts.total > 0) return { done: counts.passed + counts.failed, total: counts.total };
  return evals.length > 0 ? { done: evals.filter((e) => !inFlight(e.status)).length, total: evals.length } : null;
}

function parse(body: unknown): RunSnapshot {
  const data = parseWith(run, unwrap(body));
  const counts = typeof data.result === 'object' && data.result !== null ? data.result : null;
  if (counts) checkCounts(counts);
  const evals = data.evals ?? counts?.evals ?? [];
  evals.forEach(checkEval);
  checkUnique(evals, (e) => e.id ?? Symbol('no id'), 'evals', 'id');
  const status = statusOf(data, counts);
  const verdict: Partial<Pick<RunSnapshot, 'vendorPassed' | 'verdictGap'>> = status === 'completed' ? verdictOf(data, counts) : {};
  if (status === 'completed') checkEvalsOfFinished(data, counts, evals, verdict.vendorPassed ?? null);
  const failing = firstMatches(evals, MAX_FAILURES_KEPT, (e) => !inFlight(e.status) && !evalPassed(e), toFailure);
  const passRate = passRateOf(counts, evals);
  const metrics: MetricResult[] = evals.map((e) => ({
    name: `${e.type ?? 'eval'} ${e.id ?? ''}`.trim(),
    score: null,
    threshold: null,
    passed: inFlight(e.status) ? null : evalPassed(e),
  }));
  return {
    ...emptySnapshot(status),
    ...verdict,
    score: passRate === null ? null : passRate * 100,
    passRate,
    metrics,
    failures: failing.first,
    failureCount: failing.count,
    durationMs: status === 'completed' ? durationBetweenMs(data.createdAt, data.modifiedAt) : null,
    progress: progressOf(counts, evals),
    details: counts?.averageScore != null ? [{ label: 'Average score', value: String(counts.averageScore) }] : [],
  };
}

export const avido: Adapter = {
  defaultBaseUrl: 'https://api.avidoai.com/v0',
  authHeaders: ({ apiKey, applicationId }) => ({ 'x-api-key': apiKey, ...(applicationId ? { 'x-application-id': applicationId } : {}) }),
  runPath: (runId) => `/runs/${encodeURIComponent(runId)}`,
  parse,
};
