import { z } from 'zod';
import { SchemaError } from '../errors.ts';
import type { Detail } from '../model.ts';

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

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

/** `field "a.b[2]": expected boolean, got string` — what a person needs to see which field drifted. */
export function describeIssue(root: unknown, issue: z.core.$ZodIssue): string {
  const field = fieldName(issue.path);
  const got = valueAt(root, issue.path);
  if (issue.code === 'invalid_type') {
    return `field "${field}": expected ${issue.expected}, got ${got === undefined ? 'nothing (missing)' : typeName(got)}`;
  }
  return `field "${field}": ${issue.message}`;
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
export const booleanOrNull = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);

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
