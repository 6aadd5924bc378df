import { SchemaError } from '../errors.ts';
import type { FailingRecord } from '../model.ts';
import { MAX_FAILURES_KEPT, numberOrNull, stringOrNull } from './schema.ts';
import { BOOLEAN, COUNT, DATE, disagreement, numberIn, OBJECT, orNull, read } from './strict.ts';
import { type RecordOutcomes, recordOutcomesBuilder } from './record-outcomes.ts';

/** Aegis scores and thresholds are percentages. */
export const AEGIS_SCALE = numberIn(0, 100);

export interface EvaluationScan {
  total: number;
  finished: number;
  failureCount: number;
  /** The first failing evaluations, as the report shows them. */
  failures: FailingRecord[];
  /** Each metric's threshold, from its first evaluation. */
  thresholds: Map<string, number>;
  /** Every evaluation's outcome, keyed by its record. */
  records: RecordOutcomes;
}

type Fields = Record<string, unknown>;
const fieldsOf = (value: unknown): Fields => (value !== null && typeof value === 'object' ? (value as Fields) : {});

/** The fields of one evaluation that decide whether it passed, read strictly. */
interface Verdict {
  id: number;
  finished: boolean;
  passed: boolean;
  isSuccess: boolean | null;
  result: number | null;
}

function verdictOf(item: unknown, index: number, runFinished: boolean): Verdict {
  const at = `evaluations[${index}]`;
  const e = read(OBJECT, item, at);
  const id = read(COUNT, e.id, `${at}.id`);
  const finished = read(orNull(DATE), e.finished_at, `${at}.finished_at`) !== null;
  if (runFinished && !finished) throw new SchemaError(`field "${at}.finished_at": null on a finished run, so the two disagree`);
  const isSuccess = read(orNull(BOOLEAN), e.is_success, `${at}.is_success`);
  const atOrAbove = read(orNull(BOOLEAN), e.is_gte_threshold, `${at}.is_gte_threshold`);
  const result = read(orNull(AEGIS_SCALE), e.result, `${at}.result`);
  const threshold = read(AEGIS_SCALE, e.threshold, `${at}.threshold`);
  if (atOrAbove !== null && result !== null && result >= threshold !== atOrAbove) {
    throw disagreement([`${at}.is_gte_threshold`, atOrAbove], [`${at}.result`, result], `its threshold is ${threshold}`);
  }
  // Passing means at or above its threshold and run successfully; unknown is not a pass.
  return { id, finished, passed: atOrAbove === true && isSuccess === true, isSuccess, result };
}

function toFailure(e: Fields, isSuccess: boolean | null): FailingRecord {
  const record = fieldsOf(e.record);
  const recordId = numberOrNull(record.id);
  const explanation = stringOrNull(e.explanation);
  const unsuccessful = isSuccess === true ? null : `evaluation ${isSuccess === false ? 'did not succeed' : 'success unknown'}`;
  return {
    name: `record ${numberOrNull(e.record_index) ?? '?'}${recordId === null ? '' : ` (id ${recordId})`}`,
    metric: stringOrNull(e.metric),
    score: numberOrNull(e.result),
    threshold: numberOrNull(e.threshold),
    message: unsuccessful ? `${unsuccessful}${explanation ? `: ${explanation}` : ''}` : explanation,
    prompt: stringOrNull(record.prompt),
  };
}

/** The dataset record an evaluation judged, stable across runs: `record.id`, else its `record_index`. */
function recordKey(e: Fields): string | null {
  const id = fieldsOf(e.record).id;
  if (COUNT.test(id)) return String(id);
  return COUNT.test(e.record_index) ? `#${e.record_index}` : null;
}

/**
 * One pass over a run's evaluations, reading strictly only the fields that
 * decide and building objects only for the failures it keeps: a run can hold
 * 100,000 of them, and a schema walk over each costs more than parsing the JSON.
 */
export function scanEvaluations(items: readonly unknown[], runFinished: boolean): EvaluationScan {
  const scan = {
    total: items.length,
    finished: 0,
    failureCount: 0,
    failures: [] as FailingRecord[],
    thresholds: new Map<string, number>(),
  };
  const records = recordOutcomesBuilder(items.length);
  const firstIndexOfId = new Map<number, number>();
  items.forEach((item, index) => {
    const verdict = verdictOf(item, index, runFinished);
    const first = firstIndexOfId.get(verdict.id);
    if (first !== undefined)
      throw new SchemaError(`field "evaluations[${index}].id": ${verdict.id} again, as in item ${first}; one evaluation listed twice`);
    firstIndexOfId.set(verdict.id, index);
    const e = item as Fields;
    if (verdict.finished) scan.finished += 1;
    if (typeof e.metric === 'string' && !scan.thresholds.has(e.metric)) scan.thresholds.set(e.metric, e.threshold as number);
    records.add(recordKey(e), typeof e.metric === 'string' ? e.metric : null, verdict.passed, verdict.result);
    if (verdict.passed) return;
    scan.failureCount += 1;
    if (scan.failures.length < MAX_FAILURES_KEPT) scan.failures.push(toFailure(e, verdict.isSuccess));
  });
  return { ...scan, records: records.build() };
}
