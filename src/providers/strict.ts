// Strict readers for the fields that decide a verdict: exactly the documented
// type, in the documented range. A failure names the field, the expectation
// and the value: `field "result": expected a number from 0 to 100, got 150`.
// Each rule serves both the zod schemas and the hand-written scans of long lists.
import { z } from 'zod';
import { SchemaError } from '../errors.ts';
import { redact } from '../redact.ts';

/** A value as a message quotes it: primitives as JSON, containers by kind, redacted (redact.ts) and then cut to 60 characters. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing (missing)';
  if (Array.isArray(value)) return 'an array';
  if (value !== null && typeof value === 'object') return 'an object';
  // JSON writes Infinity (from a literal like 1e309) as null: show what it is.
  const json = redact(typeof value === 'number' && !Number.isFinite(value) ? String(value) : (JSON.stringify(value) ?? String(value)));
  const cut = json.length > 60 ? `${json.slice(0, 57)}…` : json;
  return typeof value === 'string' ? `the string ${cut}` : cut;
}

export interface Rule<T> {
  expectation: string;
  test: (value: unknown) => value is T;
}

export const rule = <T>(expectation: string, test: (value: unknown) => boolean): Rule<T> => ({
  expectation,
  test: test as (value: unknown) => value is T,
});

/** A finite number in [min, max]. */
export const numberIn = (min: number, max: number) =>
  rule<number>(`a number from ${min} to ${max}`, (v) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max);

export const NUMBER = rule<number>('a finite number', (v) => typeof v === 'number' && Number.isFinite(v));

/** A count: a non-negative integer. */
export const COUNT = rule<number>('a non-negative integer below 2^53', (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0);

export const BOOLEAN = rule<boolean>('true or false', (v) => typeof v === 'boolean');

export const OBJECT = rule<Record<string, unknown>>('an object', (v) => v !== null && typeof v === 'object' && !Array.isArray(v));

/** A list, checked without a walk over its items (each list reads its items by hand). */
export const LIST = rule<unknown[]>('a list', (v) => Array.isArray(v));

export const TEXT = rule<string>('a string', (v) => typeof v === 'string');

/** A message that means something when present. */
export const NON_EMPTY_TEXT = rule<string>('a non-empty string', (v) => typeof v === 'string' && v.trim() !== '');

/** A vendor state: one of the documented values, case included; anything else is a state we do not know. */
export const stateOf = <const T extends readonly string[]>(values: T) =>
  rule<T[number]>(`a known state (${values.map((v) => JSON.stringify(v)).join(', ')})`, (v) => typeof v === 'string' && values.includes(v));

/** One of the documented values, case included. */
export const oneOf = <const T extends readonly string[]>(values: T) =>
  rule<T[number]>(`one of ${values.map((v) => JSON.stringify(v)).join(', ')}`, (v) => typeof v === 'string' && values.includes(v));

// An ISO 8601 date and time, as the vendors document their timestamps.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The number the `count` ASCII digits at `at` spell; -1 when one is not a digit. Read by char
 * code, as a scan of 100,000 dates must not allocate.
 */
export function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Whether `YYYY-MM-DD` at the start of `text` is a day that exists: Date.parse takes 2026-02-30 as 2 March. */
export function dayExists(text: string): boolean {
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || text[4] !== '-' || text[7] !== '-') return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

/** A real date: an ISO 8601 date-time that parses and whose day exists (so not `""`, `"not a date"` or 2026-02-30). */
export const DATE = rule<string>(
  'an ISO 8601 date-time',
  (v) => typeof v === 'string' && ISO_DATE_TIME.test(v) && Number.isFinite(Date.parse(v)) && dayExists(v),
);

/** The rule, or null (missing is still an error). */
export function orNull<T>(r: Rule<T>): Rule<T | null> {
  return rule(`${r.expectation} or null`, (v) => v === null || r.test(v));
}

/** The rule as a zod schema, for the object schemas of the adapters. */
export function strict<T>(r: Rule<T>): z.ZodType<T> {
  return z.custom<T>(r.test, { error: r.expectation });
}

/** For hand-written scans: the value, or a SchemaError naming the field, the expectation and the value. */
export function read<T>(r: Rule<T>, value: unknown, field: string): T {
  if (r.test(value)) return value;
  throw new SchemaError(`field "${field}": expected ${r.expectation}, got ${shown(value)}`);
}

/**
 * read() for one field of item `index` of a long list: the field's name is
 * built only when the value fails, as 100,000 items must not build 500,000 names.
 */
export function readItem<T>(r: Rule<T>, item: Record<string, unknown>, list: string, index: number, key: string): T {
  const value = item[key];
  if (r.test(value)) return value;
  throw new SchemaError(`field "${list}[${index}].${key}": expected ${r.expectation}, got ${shown(value)}`);
}

/** Two fields of one payload that disagree: quotes both, never picks one. */
export function disagreement(first: [string, unknown], second: [string, unknown], why: string): SchemaError {
  return new SchemaError(`fields "${first[0]}" (${shown(first[1])}) and "${second[0]}" (${shown(second[1])}) disagree: ${why}`);
}

/** Items of a list that decides must be distinct: one listed twice would count twice. */
export function checkUnique<T>(items: readonly T[], keyOf: (item: T) => unknown, field: string, key: string): void {
  const seen = new Map<unknown, number>();
  items.forEach((item, index) => {
    const k = keyOf(item);
    const first = seen.get(k);
    if (first !== undefined)
      throw new SchemaError(`field "${field}[${index}].${key}": ${shown(k)} again, as in item ${first}; one item listed twice`);
    seen.set(k, index);
  });
}
