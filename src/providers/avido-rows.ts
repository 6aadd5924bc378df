// Avido's current run result (docs.avidoai.com, "Get a single run by ID"; SDK run_retrieve_response):
// `result.evals[]` holds one aggregate row per eval definition, `{ id, name, type, passed, failed,
// total, passRate, averageScore }`, with integer counts and no status. Read by hand, field by field.
import type { FailingRecord, MetricResult } from '../model.ts';
import { MAX_FAILURES_KEPT, stringOrNull } from './schema.ts';
import { COUNT, disagreement, numberIn, OBJECT, orNull, read, shown } from './strict.ts';

export interface EvalRow {
  id: string | null;
  name: string;
  type: string | null;
  passed: number;
  failed: number;
  total: number;
  passRate: number | null;
  averageScore: unknown;
}

/** A pass rate on Avido's 0–100 scale (the docs' example is 50 for one of two). */
export const PERCENT = orNull(numberIn(0, 100));
const SCORE = orNull(numberIn(0, 1));

/** A pass rate that is not its counts' (off by more than rounding) is corrupt. */
export function checkRate(rate: number | null | undefined, passed: number, total: number, at: string): void {
  if (rate == null || total === 0 || Math.abs(rate - (passed / total) * 100) <= 0.1) return;
  throw disagreement([`${at}passRate`, rate], [`${at}passed`, passed], `${passed} of ${total} is not that rate`);
}

/** One row, its counts strict; a name that is not text falls back on the id, so a rule on the name finds nothing. */
function readRow(item: unknown, at: string): EvalRow {
  const e = read(OBJECT, item, at.slice(0, -1));
  const row = {
    id: stringOrNull(e.id),
    name: stringOrNull(e.name)?.trim() || `eval ${stringOrNull(e.id) ?? '?'}`,
    type: stringOrNull(e.type),
    passed: read(COUNT, e.passed, `${at}passed`),
    failed: read(COUNT, e.failed, `${at}failed`),
    total: read(COUNT, e.total, `${at}total`),
    passRate: read(orNull(PERCENT), e.passRate ?? null, `${at}passRate`),
    averageScore: e.averageScore,
  };
  if (row.passed + row.failed > row.total)
    throw disagreement([`${at}passed`, row.passed], [`${at}failed`, row.failed], `together above "${at}total" ${row.total}`);
  checkRate(row.passRate, row.passed, row.total, at);
  return row;
}

/** The rows at `field` (e.g. `run.result.evals`), each checked against its own counts. */
export function readRows(items: readonly unknown[], field: string): EvalRow[] {
  return items.map((item, i) => readRow(item, `${field}[${i}].`));
}

export const rowFinished = (row: EvalRow): boolean => row.passed + row.failed === row.total;

/** The row's average score when it is on its 0–1 scale, else null (the metric then carries the problem). */
const scoreOf = (row: EvalRow): number | null =>
  SCORE.test(row.averageScore ?? null) ? ((row.averageScore as number | null) ?? null) : null;

/**
 * Each row is a metric named by its `name`, scored by its `averageScore` (0–1),
 * its type and pass rate beside it. A score off that scale, or a name two rows
 * share, is the metric's problem: an error for a rule on it, nothing otherwise.
 */
export function rowMetrics(rows: readonly EvalRow[], field: string, finished: boolean): MetricResult[] {
  const names = rows.map((r) => r.name);
  return rows.map((row, i) => {
    const scoreOk = SCORE.test(row.averageScore ?? null);
    const twice = names.indexOf(row.name) !== i || names.lastIndexOf(row.name) !== i;
    const problem = twice
      ? `field "${field}[${i}].name": ${shown(row.name)} names more than one eval, so a rule on it is ambiguous`
      : scoreOk
        ? null
        : `field "${field}[${i}].averageScore": expected ${SCORE.expectation}, got ${shown(row.averageScore)}`;
    // From the counts, which the row's passRate must match: 66.7%, not 66.66666666666667%.
    const rate =
      row.total > 0 ? `pass rate ${+((row.passed / row.total) * 100).toFixed(1)}% (${row.passed} of ${row.total})` : 'nothing evaluated';
    return {
      name: row.name,
      score: scoreOf(row),
      threshold: null,
      passed: finished && rowFinished(row) ? row.failed === 0 : null,
      problem,
      detail: [row.type, rate].filter(Boolean).join(' · '),
    };
  });
}

/** The evals with failures, by name: the first few kept, all counted. */
export function rowFailures(rows: readonly EvalRow[]): { first: FailingRecord[]; count: number } {
  const failing = rows.filter((r) => r.failed > 0);
  const first = failing.slice(0, MAX_FAILURES_KEPT).map((r) => ({
    name: r.name,
    metric: r.type,
    score: scoreOf(r),
    threshold: null,
    message: `${r.failed} of ${r.total} failed`,
    prompt: null,
  }));
  return { first, count: failing.length };
}
