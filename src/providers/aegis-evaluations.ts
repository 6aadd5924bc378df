import { SchemaError } from '../errors.ts';
import type { FailingRecord } from '../model.ts';
import { MAX_FAILURES_KEPT, numberOrNull, stringOrNull } from './schema.ts';
import { utcSpanMs } from './utc-span.ts';
import { BOOLEAN, checkUnique, COUNT, DATE, disagreement, numberIn, OBJECT, orNull, read, readItem } from './strict.ts';
import { type RecordOutcomes, type RecordOutcomesBuilder, recordOutcomesBuilder } from './record-outcomes.ts';

// The run's `result` is not checked against these evaluations: Aegis documents it
// only as "number | null" on 0-100, and its own example (aegis-evals.txt) gives
// 83.5, the mean of its two aggregates, beside its one evaluation of 100. A mean
// check would refuse the documented answer.

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
  /** Every evaluation's outcome by record key, for pairing with a baseline. */
  records: RecordOutcomes;
  /** Each evaluation's `finished_at` − `started_at` in ms (max-p95-latency); NaN where either is missing or they go backwards. */
  latencyMs: Float64Array;
  /** The first evaluation whose latency cannot be read, naming its fields; null when all can. */
  latencyGap: string | null;
}

type Fields = Record<string, unknown>;
const fieldsOf = (value: unknown): Fields => (value !== null && typeof value === 'object' ? (value as Fields) : {});

// The rules of the scan, built once: a rule built per item would be 400,000 closures on a large run.
const FINISHED_AT = orNull(DATE);
const FLAG = orNull(BOOLEAN);
const SCORE = orNull(AEGIS_SCALE);
const AT = 'evaluations';

/**
 * The fields of one evaluation that decide whether it passed, read strictly;
 * its finished and passed flags into `scan`, its id into `ids`. Allocates
 * nothing while the item is valid: no names, no rules, no result object.
 */
function readEvaluation(
  item: unknown,
  index: number,
  runFinished: boolean,
  scan: Omit<EvaluationScan, 'records'>,
  ids: Float64Array,
  records: RecordOutcomesBuilder,
): Fields {
  const e = OBJECT.test(item) ? item : read(OBJECT, item, `${AT}[${index}]`);
  ids[index] = readItem(COUNT, e, AT, index, 'id');
  const finishedAt = readItem(FINISHED_AT, e, AT, index, 'finished_at');
  const finished = finishedAt !== null;
  latencyOf(e.started_at, finishedAt, index, scan);
  if (runFinished && !finished) throw new SchemaError(`field "${AT}[${index}].finished_at": null on a finished run, so the two disagree`);
  const isSuccess = readItem(FLAG, e, AT, index, 'is_success');
  const atOrAbove = readItem(FLAG, e, AT, index, 'is_gte_threshold');
  const result = readItem(SCORE, e, AT, index, 'result');
  const threshold = readItem(AEGIS_SCALE, e, AT, index, 'threshold');
  if (atOrAbove !== null && result !== null && result >= threshold !== atOrAbove) {
    const at = `${AT}[${index}]`;
    throw disagreement([`${at}.is_gte_threshold`, atOrAbove], [`${at}.result`, result], `its threshold is ${threshold}`);
  }
  if (finished) scan.finished += 1;
  // Passing means at or above its threshold and run successfully; unknown is not a pass.
  const passed = atOrAbove === true && isSuccess === true;
  records.add(recordKey(e), typeof e.metric === 'string' ? e.metric : null, passed, result);
  if (!passed) {
    scan.failureCount += 1;
    if (scan.failures.length < MAX_FAILURES_KEPT) scan.failures.push(toFailure(e, isSuccess));
  }
  return e;
}

/** An evaluation's latency into `scan.latencyMs[index]`: NaN, and the first such gap named, when its times cannot be read. */
function latencyOf(startedAt: unknown, finishedAt: string | null, index: number, scan: Omit<EvaluationScan, 'records'>): void {
  const ms = typeof startedAt === 'string' && finishedAt !== null ? utcSpanMs(startedAt, finishedAt) : Number.NaN;
  const valid = ms >= 0;
  scan.latencyMs[index] = valid ? ms : Number.NaN;
  if (!valid && scan.latencyGap === null) {
    const at = `${AT}[${index}]`;
    scan.latencyGap = `fields "${at}.started_at" and "${at}.finished_at" do not give a duration`;
  }
}

/** Ids sorted in a typed array, off the garbage-collected heap; only when two are equal is the list walked again to name them. */
function checkIdsUnique(items: readonly unknown[], ids: Float64Array): void {
  ids.sort();
  for (let i = 1; i < ids.length; i += 1) {
    if (ids[i] === ids[i - 1]) checkUnique(items as Fields[], (e) => e.id, AT, 'id');
  }
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
  const scan: Omit<EvaluationScan, 'records'> = {
    total: items.length,
    finished: 0,
    failureCount: 0,
    failures: [],
    thresholds: new Map(),
    latencyMs: new Float64Array(items.length),
    latencyGap: null,
  };
  const ids = new Float64Array(items.length);
  const records = recordOutcomesBuilder(items.length);
  for (let index = 0; index < items.length; index += 1) {
    const e = readEvaluation(items[index], index, runFinished, scan, ids, records);
    if (typeof e.metric === 'string' && !scan.thresholds.has(e.metric)) scan.thresholds.set(e.metric, e.threshold as number);
  }
  checkIdsUnique(items, ids);
  return { ...scan, records: records.build() };
}
