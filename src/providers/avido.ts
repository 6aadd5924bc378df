import { z } from 'zod';
import { SchemaError } from '../errors.ts';
import { emptySnapshot, type FailingRecord, type MetricResult, type Progress, type RunSnapshot, type RunStatus } from '../model.ts';
import { durationBetweenMs, firstMatches, looseBoolean, looseNumber, looseString, MAX_FAILURES_KEPT, parseWith } from './schema.ts';
import type { Provider } from './types.ts';

const evalItem = z.object({ id: looseString, status: looseString, type: looseString, passed: looseBoolean });
type AvidoEval = z.infer<typeof evalItem>;

// Avido's SDK shows a newer `result` object with counts and no status.
const resultCounts = z.object({
  passed: z.number(),
  failed: z.number(),
  total: z.number(),
  passRate: looseNumber,
  averageScore: looseNumber,
  evals: z.array(evalItem).nullish().catch(null),
});

const run = z.object({
  status: z.string().nullish(),
  result: z.union([z.enum(['PASSED', 'FAILED']), resultCounts]).nullish(),
  evals: z.array(evalItem).nullish().catch(null),
  createdAt: looseString,
  modifiedAt: looseString,
});
type AvidoRun = z.infer<typeof run>;

const evalPassed = (e: AvidoEval): boolean => e.status === 'PASSED' || e.passed === true;
const evalTerminal = (e: AvidoEval): boolean => e.status !== 'PENDING' && e.status !== 'IN_PROGRESS';

/** The documented run, or the same run wrapped as `{ "run": … }` by later API versions. */
function unwrap(body: unknown): unknown {
  if (body && typeof body === 'object' && !('status' in body) && !('result' in body) && 'run' in body) {
    return (body as { run: unknown }).run;
  }
  return body;
}

/** Avido's states onto ours; PASSED, COMPLETED and FAILED are terminal, the verdict is decided apart. */
function statusOf(data: AvidoRun): RunStatus {
  const status = data.status;
  switch (status) {
    case 'PENDING':
      return 'pending';
    case 'IN_PROGRESS':
      return 'running';
    case 'PASSED':
    case 'COMPLETED':
    case 'FAILED':
      return 'completed';
    case null:
    case undefined: {
      const counts = data.result;
      if (!counts || typeof counts === 'string') throw new SchemaError('field "status": expected string, got nothing (missing)');
      return counts.total > 0 && counts.passed + counts.failed === counts.total ? 'completed' : 'running';
    }
    default:
      throw new SchemaError(`field "status": unknown state ${JSON.stringify(status)}`);
  }
}

function verdictOf(data: AvidoRun): Pick<RunSnapshot, 'vendorPassed' | 'verdictGap'> {
  const result = data.result;
  if (result === 'PASSED' || result === 'FAILED') return { vendorPassed: result === 'PASSED', verdictGap: null };
  if (result && typeof result === 'object') return { vendorPassed: result.failed === 0, verdictGap: null };
  if (data.status === 'PASSED' || data.status === 'FAILED') return { vendorPassed: data.status === 'PASSED', verdictGap: null };
  return { vendorPassed: null, verdictGap: 'field "result" is missing on a COMPLETED run' };
}

function toFailure(e: AvidoEval): FailingRecord {
  return {
    name: `eval ${e.id ?? '?'}`,
    metric: e.type ?? null,
    score: null,
    threshold: null,
    message: `status ${e.status ?? 'unknown'}`,
    prompt: null,
  };
}

type Counts = z.infer<typeof resultCounts>;

/** From the counts when the vendor gives them, else from the evals listed. */
function passRateOf(counts: Counts | null, evals: AvidoEval[]): number | null {
  if (counts) return counts.total > 0 ? counts.passed / counts.total : null;
  return evals.length > 0 ? evals.filter(evalPassed).length / evals.length : null;
}

function progressOf(counts: Counts | null, evals: AvidoEval[]): Progress | null {
  if (counts && counts.total > 0) return { done: counts.passed + counts.failed, total: counts.total };
  return evals.length > 0 ? { done: evals.filter(evalTerminal).length, total: evals.length } : null;
}

function parse(body: unknown): RunSnapshot {
  const data = parseWith(run, unwrap(body));
  const status = statusOf(data);
  const counts = typeof data.result === 'object' ? data.result : null;
  const evals = data.evals ?? counts?.evals ?? [];
  const failing = firstMatches(evals, MAX_FAILURES_KEPT, (e) => evalTerminal(e) && !evalPassed(e), toFailure);
  const passRate = passRateOf(counts, evals);
  const metrics: MetricResult[] = evals.map((e) => ({
    name: `${e.type ?? 'eval'} ${e.id ?? ''}`.trim(),
    score: null,
    threshold: null,
    passed: evalTerminal(e) ? evalPassed(e) : null,
  }));
  return {
    ...emptySnapshot(status),
    ...(status === 'completed' ? verdictOf(data) : {}),
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

export const avido: Provider = {
  name: 'avido',
  label: 'Avido',
  defaultBaseUrl: 'https://api.avidoai.com/v0',
  docsUrl: 'https://docs.avidoai.com',
  authHeaders: ({ apiKey, applicationId }) => ({ 'x-api-key': apiKey, ...(applicationId ? { 'x-application-id': applicationId } : {}) }),
  runPath: (runId) => `/runs/${encodeURIComponent(runId)}`,
  parse,
};
