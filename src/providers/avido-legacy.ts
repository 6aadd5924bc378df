// Avido's older run shape (avido.txt [its page: sim/fixtures/README.md]): a run `status` and an `evals[]` list with a
// status per eval (PENDING…FAILED). Still read: runs fetched from an API that answers so, and the
// intermediate `result` counts listed with such evals.
import { z } from 'zod';
import { SchemaError } from '../errors.ts';
import type { FailingRecord, MetricResult } from '../model.ts';
import { looseString } from './schema.ts';
import { BOOLEAN, disagreement, stateOf, strict } from './strict.ts';

/** The documented states of a run and of each of its evals, case included. */
export const STATES = ['PENDING', 'IN_PROGRESS', 'PASSED', 'COMPLETED', 'FAILED'] as const;
export type AvidoState = (typeof STATES)[number];
export const state = strict(stateOf(STATES));

export const evalItem = z.object({ id: looseString, status: state, type: looseString, passed: strict(BOOLEAN).optional() });
export type AvidoEval = z.infer<typeof evalItem>;

export const evalPassed = (e: AvidoEval): boolean => e.status === 'PASSED' || (e.status === 'COMPLETED' && e.passed === true);
export const inFlight = (s: AvidoState | undefined): boolean => s === 'PENDING' || s === 'IN_PROGRESS';

/** An eval whose `passed` flag says the opposite of its status is corrupt. */
export function checkEval(e: AvidoEval, index: number, field: string): void {
  if (e.passed === undefined || (e.status !== 'PASSED' && e.status !== 'FAILED') || (e.status === 'PASSED') === e.passed) return;
  const at = `${field}[${index}]`;
  throw disagreement([`${at}.status`, e.status], [`${at}.passed`, e.passed], 'one says passed, the other failed');
}

/**
 * The evals of a finished run must all be finished, agree with its counts when
 * it gives them, and not fail under a run that says it passed.
 */
export function checkEvalsOfFinished(
  verdictField: [string, unknown],
  counts: { passed: number; failed: number } | null,
  evals: { items: AvidoEval[]; field: string },
  vendorPassed: boolean | null,
): void {
  const { items, field } = evals;
  const unfinished = items.findIndex((e) => inFlight(e.status));
  if (unfinished >= 0)
    throw new SchemaError(`field "${field}[${unfinished}].status": ${items[unfinished]?.status} in a finished run, so the two disagree`);
  const passed = items.filter(evalPassed).length;
  if (counts && items.length > 0 && (passed !== counts.passed || items.length - passed !== counts.failed)) {
    throw disagreement(
      ['result.passed', counts.passed],
      [field, `${passed} of ${items.length} passed`],
      'the counts are not the evals listed',
    );
  }
  const failing = items.findIndex((e) => !evalPassed(e));
  if (vendorPassed === true && failing >= 0) {
    const why = 'a passed run with an eval that did not pass';
    throw disagreement(verdictField, [`${field}[${failing}].status`, items[failing]?.status], why);
  }
}

export function toFailure(e: AvidoEval): FailingRecord {
  return { name: `eval ${e.id ?? '?'}`, metric: e.type ?? null, score: null, threshold: null, message: `status ${e.status}`, prompt: null };
}

export function evalMetrics(evals: AvidoEval[]): MetricResult[] {
  return evals.map((e) => ({
    name: `${e.type ?? 'eval'} ${e.id ?? ''}`.trim(),
    score: null,
    threshold: null,
    passed: inFlight(e.status) ? null : evalPassed(e),
  }));
}
