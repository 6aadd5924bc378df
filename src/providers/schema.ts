import { z } from 'zod';
import { SchemaError } from '../errors.ts';
import type { Detail } from '../model.ts';
import { shown } from './strict.ts';

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
}

function expectationOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'custom':
      return issue.message;
    case 'invalid_type':
      return issue.expected;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

/**
 * The issue to tell of a union: the branch that got furthest into the value,
 * else every branch's expectation ("one of … or object").
 */
function unionIssue(issue: z.core.$ZodIssueInvalidUnion): z.core.$ZodIssue {
  const inner = issue.errors.flat();
  const deepest = inner.reduce<z.core.$ZodIssue | null>((best, i) => (i.path.length > (best?.path.length ?? 0) ? i : best), null);
  if (deepest) return { ...deepest, path: [...issue.path, ...deepest.path] };
  const expectations = [...new Set(inner.map(expectationOf))];
  return { ...issue, code: 'custom', message: expectations.join(' or ') } as z.core.$ZodIssue;
}

/** `field "a.b[2]": expected true or false, got the string "false"`: which field drifted, what it should be, what it was. */
export function describeIssue(root: unknown, issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union') return describeIssue(root, unionIssue(issue));
  const where = issue.path.length === 0 ? 'the body' : `field "${fieldName(issue.path)}"`;
  return `${where}: expected ${expectationOf(issue)}, got ${shown(valueAt(root, issue.path))}`;
}

export function parseWith<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new SchemaError(issue ? describeIssue(body, issue) : 'body does not match the documented shape');
}

/** For display-only fields: any other type or absence becomes null rather than failing the gate. */
export const looseString = z.string().nullish().catch(null);
export const looseNumber = z.number().nullish().catch(null);
export const looseBoolean = z.boolean().nullish().catch(null);

/** The same leniency, by hand, for hot loops over many items. */
export const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);
export const numberOrNull = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** Cost as a number or a decimal string ("0.0012"). */
export const looseCost = z
  .union([
    z.number(),
    z
      .string()
      .regex(/^\s*\d+(\.\d+)?\s*$/)
      .transform(Number),
  ])
  .nullish()
  .catch(null);

export function durationBetweenMs(start: string | null | undefined, end: string | null | undefined): number | null {
  if (!start || !end) return null;
  const ms = Date.parse(end) - Date.parse(start);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

/** First N of the items that match, and how many matched in all, without building the whole list. */
export function firstMatches<T, R>(items: readonly T[], limit: number, match: (item: T) => boolean, map: (item: T) => R) {
  const first: R[] = [];
  let count = 0;
  for (const item of items) {
    if (!match(item)) continue;
    count += 1;
    if (first.length < limit) first.push(map(item));
  }
  return { first, count };
}

/** Records kept per run for the report; the rest are counted. */
export const MAX_FAILURES_KEPT = 200;

/** The vendor's facts the report shows, as [label, value] pairs; those the vendor left empty are dropped. */
export function presentDetails(pairs: Array<[string, string | null | undefined]>): Detail[] {
  return pairs.flatMap(([label, value]) => (value ? [{ label, value }] : []));
}
