// Shared by the vendors' start plans: reading the id out of a create answer,
// and the bad-input message for a body that fits no create request.
import { InputError } from '../errors.ts';
import { toRunIds } from '../inputs/values.ts';
import { OBJECT, read, type Rule } from './strict.ts';

/** An id as run-id takes it: a non-empty string of letters, digits, . _ : ~ -, or a non-negative integer. */
export const RUN_ID: Rule<string | number> = {
  expectation: 'a run id (a non-negative integer, or letters, digits, . _ : ~ -)',
  test: (v): v is string | number =>
    (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) || (typeof v === 'string' && toRunIds(v)?.length === 1 && !/,/.test(v)),
};

/** The id at `field` of a create answer, as a string; a SchemaError names the field otherwise. */
export function runIdAt(value: unknown, field: string): string {
  return String(read(RUN_ID, value, field));
}

/** The answer's top level, which must be an object. */
export function answerObject(answer: unknown): Record<string, unknown> {
  return read(OBJECT, answer, '(the answer)');
}

/** A body that fits none of a vendor's create requests: bad input, before any request. */
export function startMismatch(vendor: string, expected: string, body: Record<string, unknown>): InputError {
  const keys = Object.keys(body);
  const given = keys.length ? `an object with ${keys.map((k) => JSON.stringify(k)).join(', ')}` : 'an empty object';
  return new InputError(`start: expected ${expected} for ${vendor}, got ${given}`);
}
