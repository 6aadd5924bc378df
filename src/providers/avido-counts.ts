// Avido's run `result` as counts (docs.avidoai.com, "Get a single run by ID"; SDK RunResult): `passed`,
// `failed`, `total` tests, `passRate` on 0–100, `averageScore` on 0–1, and its evals, either the
// current aggregate rows (avido-rows.ts) or the intermediate copy's per-eval items (avido-legacy.ts).
// The run has no status: these counts are the only evidence that it is over.
import { z } from 'zod';
import { SchemaError } from '../errors.ts';
import { type EvalRow, checkRate, PERCENT, rowFinished } from './avido-rows.ts';
import { type AvidoEval, evalPassed } from './avido-legacy.ts';
import { countedOutcomes, type RecordOutcomes, recordOutcomesBuilder } from './record-outcomes.ts';
import { COUNT, disagreement, numberIn, orNull, strict } from './strict.ts';

export const resultCounts = z.object({
  passed: strict(COUNT),
  failed: strict(COUNT),
  total: strict(COUNT),
  passRate: strict(PERCENT).optional(),
  averageScore: strict(orNull(numberIn(0, 1))).optional(),
  evals: z.array(z.unknown()).optional(),
});
export type Counts = z.infer<typeof resultCounts>;

/** Counts whose parts exceed their total, or a pass rate that is not theirs, are corrupt. */
export function checkCounts(c: Counts, at: string): void {
  if (c.passed + c.failed > c.total)
    throw disagreement([`${at}result.passed`, c.passed], [`${at}result.failed`, c.failed], `together above "${at}result.total" ${c.total}`);
  checkRate(c.passRate, c.passed, c.total, `${at}result.`);
}

/** What the gate takes as the end of a run that has no status, as the timeout tells it. */
export const NO_STATUS =
  "Avido's run has no status, so eval-gate reads it as finished only once its result counts every test (total above 0, passed + failed = total) and every eval's row adds up likewise";

/** Why a run with counts is not finished yet; null when it is. */
export function unfinishedReason(c: Counts, rows: readonly EvalRow[], field: string): string | null {
  if (c.total === 0) return `"${field}.total" is 0, so no test has been counted yet`;
  if (c.passed + c.failed < c.total) return `${c.passed + c.failed} of ${c.total} tests counted`;
  const open = rows.findIndex((r) => !rowFinished(r));
  if (open < 0) return null;
  const row = rows[open] as EvalRow;
  return `eval ${JSON.stringify(row.name)} has counted ${row.passed + row.failed} of ${row.total}`;
}

/** The verdict the counts give: all passed, or some failed. A finished run counts every test, and at least one. */
export function countsVerdict(c: Counts, at: string): boolean {
  if (c.passed + c.failed !== c.total)
    throw new SchemaError(`field "${at}result": counts ${c.passed} passed and ${c.failed} failed of ${c.total} on a finished run`);
  if (c.total === 0) throw new SchemaError(`field "${at}result.total": 0 on a finished run, so nothing was evaluated`);
  return c.failed === 0;
}

/** Every eval row of a finished run is counted, and none has failures under a run that counts no failed test. */
export function checkRowsOfFinished(counts: Counts | null, rows: readonly EvalRow[], at: string): void {
  const open = rows.findIndex((r) => !rowFinished(r));
  if (open >= 0) {
    const row = rows[open] as EvalRow;
    throw new SchemaError(`field "${at}result.evals[${open}]": ${row.passed + row.failed} of ${row.total} counted on a finished run`);
  }
  const failing = rows.findIndex((r) => r.failed > 0);
  if (counts && counts.failed === 0 && failing >= 0) {
    const why = 'no failed test, yet an eval with failures';
    throw disagreement([`${at}result.failed`, 0], [`${at}result.evals[${failing}].failed`, rows[failing]?.failed], why);
  }
}

/**
 * The older answers' evals, keyed by their `id`; else the current run's counts, unkeyed: it names no test (its
 * per-trace tests are a separate listing that cannot be filtered by run), so a regression test is unpaired.
 */
export function recordsOf(counts: Counts | null, items: AvidoEval[]): RecordOutcomes | null {
  if (items.length > 0) {
    const records = recordOutcomesBuilder(items.length);
    for (const e of items) records.add(e.id ?? null, null, evalPassed(e), null);
    return records.build();
  }
  return counts && counts.total > 0 ? countedOutcomes(counts.passed, counts.total) : null;
}
