import { z } from 'zod';
import { SchemaError } from '../errors.ts';
import { emptySnapshot, type Progress, type RunSnapshot, type RunStatus } from '../model.ts';
import {
  type AvidoEval,
  checkEval,
  checkEvalsOfFinished,
  evalItem,
  evalMetrics,
  evalPassed,
  inFlight,
  state,
  STATES,
  toFailure,
} from './avido-legacy.ts';
import {
  checkCounts,
  checkRowsOfFinished,
  type Counts,
  countsVerdict,
  NO_STATUS,
  recordsOf,
  resultCounts,
  unfinishedReason,
} from './avido-counts.ts';
import { type EvalRow, readRows, rowFailures, rowMetrics } from './avido-rows.ts';
import { durationBetweenMs, firstMatches, looseString, MAX_FAILURES_KEPT, parseWith } from './schema.ts';
import { checkUnique, disagreement, oneOf, stateOf, strict } from './strict.ts';
import type { Adapter } from './types.ts';

// The fields that decide are strict (test/fields/avido-fields.ts gives each one's role); the rest are loose.
const runShape = z.object({
  status: state.optional(),
  result: z.union([strict(oneOf(['PASSED', 'FAILED'] as const)), resultCounts]).nullish(),
  evals: z.array(evalItem).optional(),
  createdAt: looseString,
  modifiedAt: looseString,
});
type AvidoRun = z.infer<typeof runShape>;

/** What one answer holds: the run, where its fields are named from (`run.` when wrapped), and its evals in either form. */
interface Read {
  data: AvidoRun;
  at: string;
  wrapped: boolean;
  counts: Counts | null;
  items: { items: AvidoEval[]; field: string };
  rows: EvalRow[];
}

const hasStatus = (item: unknown): boolean => item !== null && typeof item === 'object' && 'status' in item;

/** The current `{ "run": … }` or the older flat run (never both at once), with its evals read in the form they come. */
function read(body: unknown): Read {
  const wrapped = body !== null && typeof body === 'object' && !Array.isArray(body) && 'run' in body;
  if (wrapped && ('status' in body || 'result' in body)) {
    throw new SchemaError('field "run": a wrapped run beside a top-level "status" or "result", so two runs in one answer');
  }
  const at = wrapped ? 'run.' : '';
  const data = wrapped ? parseWith(z.object({ run: runShape }), body).run : parseWith(runShape, body);
  const counts = typeof data.result === 'object' && data.result !== null ? data.result : null;
  const listed = counts?.evals ?? [];
  // Rows with a status are the intermediate copy's per-eval items; the current rows carry counts and no status.
  if (data.evals || listed.some(hasStatus)) {
    const field = data.evals ? `${at}evals` : `${at}result.evals`;
    // Keyed by the field's own name, so that a bad item is named where it sits (`run.result.evals[1].status`).
    const items = data.evals ?? parseWith(z.object({ [field]: z.array(evalItem) }), { [field]: listed })[field] ?? [];
    return { data, at, wrapped, counts, items: { items, field }, rows: [] };
  }
  return { data, at, wrapped, counts, items: { items: [], field: `${at}evals` }, rows: readRows(listed, `${at}result.evals`) };
}

/** Avido's states onto ours. Without a status (the current API), the counts are the only evidence that a run is over. */
function statusOf({ data, at, wrapped, counts, rows }: Read): { status: RunStatus; note: string | null } {
  if (data.status === 'PENDING') return { status: 'pending', note: null };
  if (data.status !== undefined) return { status: data.status === 'IN_PROGRESS' ? 'running' : 'completed', note: null };
  if (!counts) {
    // A flat run always named its status; a wrapped run is in progress until Avido fills in its result.
    if (!wrapped || data.result != null)
      throw new SchemaError(`field "${at}status": expected ${stateOf(STATES).expectation}, got nothing (missing)`);
    return { status: 'running', note: `${NO_STATUS}; so far "${at}result" is ${data.result === null ? 'null' : 'missing'}` };
  }
  const why = unfinishedReason(counts, rows, `${at}result`);
  return why ? { status: 'running', note: `${NO_STATUS}; so far ${why}` } : { status: 'completed', note: null };
}

/** The result and the status each may give a verdict; when both do, they must agree. */
function verdictOf({ data, at, counts }: Read): Pick<RunSnapshot, 'vendorPassed' | 'verdictGap'> {
  const result = data.result;
  // A COMPLETED status says nothing of the verdict, so the result must be there (null when Avido gives none).
  if (data.status === 'COMPLETED' && result === undefined) {
    throw new SchemaError(`field "${at}result": expected "PASSED", "FAILED" or the counts on a COMPLETED run, got nothing (missing)`);
  }
  const fromResult = counts ? countsVerdict(counts, at) : result === 'PASSED' || result === 'FAILED' ? result === 'PASSED' : null;
  const fromStatus = data.status === 'PASSED' || data.status === 'FAILED' ? data.status === 'PASSED' : null;
  if (fromResult !== null && fromStatus !== null && fromResult !== fromStatus) {
    const said = counts ? `${counts.failed} failed` : result;
    throw disagreement([`${at}status`, data.status], [`${at}result`, said], 'one says passed, the other failed');
  }
  const vendorPassed = fromResult ?? fromStatus;
  return vendorPassed === null
    ? { vendorPassed, verdictGap: `field "${at}result" is missing on a COMPLETED run` }
    : { vendorPassed, verdictGap: null };
}

/** From the counts of tests when the vendor gives them (kept, since its failures listed are evals), else from the evals listed. */
function passRateOf(counts: Counts | null, items: AvidoEval[]): Pick<RunSnapshot, 'passRate' | 'passCounts'> {
  if (!counts) return { passRate: items.length > 0 ? items.filter(evalPassed).length / items.length : null };
  if (counts.total === 0) return { passRate: null, passCounts: null };
  return { passRate: counts.passed / counts.total, passCounts: { passed: counts.passed, total: counts.total } };
}

function progressOf(counts: Counts | null, items: AvidoEval[]): Progress | null {
  if (counts && counts.total > 0) return { done: counts.passed + counts.failed, total: counts.total };
  return items.length > 0 ? { done: items.filter((e) => !inFlight(e.status)).length, total: items.length } : null;
}

function parse(body: unknown): RunSnapshot {
  const r = read(body);
  const { data, counts, items, rows } = r;
  if (counts) checkCounts(counts, r.at);
  items.items.forEach((e, i) => checkEval(e, i, items.field));
  checkUnique(items.items, (e) => e.id ?? Symbol('no id'), items.field, 'id');
  checkUnique(rows, (e) => e.id ?? Symbol('no id'), `${r.at}result.evals`, 'id');
  const { status, note } = statusOf(r);
  const verdict: Partial<Pick<RunSnapshot, 'vendorPassed' | 'verdictGap'>> = status === 'completed' ? verdictOf(r) : {};
  if (status === 'completed') {
    checkEvalsOfFinished(
      [`${r.at}${data.result ? 'result' : 'status'}`, data.result ?? data.status],
      counts,
      items,
      verdict.vendorPassed ?? null,
    );
    checkRowsOfFinished(counts, rows, r.at);
  }
  const failing =
    rows.length > 0
      ? rowFailures(rows)
      : firstMatches(items.items, MAX_FAILURES_KEPT, (e) => !inFlight(e.status) && !evalPassed(e), toFailure);
  const figures = passRateOf(counts, items.items);
  return {
    ...emptySnapshot(status),
    ...verdict,
    ...figures,
    score: figures.passRate == null ? null : figures.passRate * 100,
    metrics: rows.length > 0 ? rowMetrics(rows, `${r.at}result.evals`, status === 'completed') : evalMetrics(items.items),
    failures: failing.first,
    failureCount: failing.count,
    durationMs: status === 'completed' ? durationBetweenMs(data.createdAt, data.modifiedAt) : null,
    progress: progressOf(counts, items.items),
    details: counts?.averageScore != null ? [{ label: 'Average score', value: String(counts.averageScore) }] : [],
    inFlightNote: note,
    records: status === 'completed' ? recordsOf(counts, items.items) : null,
  };
}

export const avido: Adapter = {
  defaultBaseUrl: 'https://api.avidoai.com/v0',
  authHeaders: ({ apiKey, applicationId }) => ({ 'x-api-key': apiKey, ...(applicationId ? { 'x-application-id': applicationId } : {}) }),
  runPath: (runId) => `/runs/${encodeURIComponent(runId)}`,
  parse,
  applicationIdRequired: 'Avido requires it as x-application-id on every request',
  authRefusedHint:
    'check application-id too: Avido refuses a request whose x-application-id is missing or is not the application this key and run belong to',
  noStart: "Avido's trigger, POST /v0/tasks/trigger, answers 204 with no run id, so there is no run to gate",
};
