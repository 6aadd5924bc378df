import type { FailingRecord } from '../model.ts';
import { booleanOrNull, MAX_FAILURES_KEPT, numberOrNull, stringOrNull } from './schema.ts';

export interface EvaluationScan {
  total: number;
  finished: number;
  failureCount: number;
  /** The first failing evaluations, as the report shows them. */
  failures: FailingRecord[];
  /** Each metric's threshold, from its first evaluation. */
  thresholds: Map<string, number>;
}

type Fields = Record<string, unknown>;
const fieldsOf = (value: unknown): Fields => (value !== null && typeof value === 'object' ? (value as Fields) : {});

/** Passing means at or above its threshold and run successfully; anything unreadable does not pass. */
const passed = (e: Fields): boolean => e.is_gte_threshold === true && e.is_success !== false;

function toFailure(e: Fields): FailingRecord {
  const record = fieldsOf(e.record);
  const recordId = numberOrNull(record.id);
  const explanation = stringOrNull(e.explanation);
  return {
    name: `record ${numberOrNull(e.record_index) ?? '?'}${recordId === null ? '' : ` (id ${recordId})`}`,
    metric: stringOrNull(e.metric),
    score: numberOrNull(e.result),
    threshold: numberOrNull(e.threshold),
    message: booleanOrNull(e.is_success) === false ? `evaluation did not succeed${explanation ? `: ${explanation}` : ''}` : explanation,
    prompt: stringOrNull(record.prompt),
  };
}

/**
 * One pass over a run's evaluations, reading only the fields the gate uses
 * and building objects only for the failures it keeps: a run can hold 100,000
 * of them, and a schema walk over each costs more than parsing the JSON.
 */
export function scanEvaluations(items: readonly unknown[]): EvaluationScan {
  const scan: EvaluationScan = { total: items.length, finished: 0, failureCount: 0, failures: [], thresholds: new Map() };
  for (const item of items) {
    const e = fieldsOf(item);
    if (typeof e.finished_at === 'string') scan.finished += 1;
    if (typeof e.metric === 'string' && typeof e.threshold === 'number' && !scan.thresholds.has(e.metric)) {
      scan.thresholds.set(e.metric, e.threshold);
    }
    if (passed(e)) continue;
    scan.failureCount += 1;
    if (scan.failures.length < MAX_FAILURES_KEPT) scan.failures.push(toFailure(e));
  }
  return scan;
}
