// Mutations of one field of a vendor payload, generated from its entry in the
// vendor's field-role table (test/fields/*-fields.ts; Eigenpal's still in src/providers/).
import fc from 'fast-check';
import type { FieldKind, FieldSpec } from '../fields/field-roles.ts';

/** Deleting the field, rather than setting it. */
export const DELETE = Symbol('delete');

export interface Mutation {
  label: string;
  value: unknown;
  /** True when the new value is documented for the field (null where nullable, a flipped boolean, absence where optional). */
  documented: boolean;
}

type Key = string | number;

/** `evaluations[0].record.prompt` → ['evaluations', 0, 'record', 'prompt']. */
export function keysOf(path: string): Key[] {
  return path.split('.').flatMap((part) => {
    const [name, ...indexes] = part.split('[');
    return [...(name ? [name] : []), ...indexes.map((i) => Number(i.replace(']', '')))];
  });
}

export function getAt(root: unknown, path: string): unknown {
  return keysOf(path).reduce<unknown>((value, key) => (value as Record<Key, unknown> | undefined)?.[key], root);
}

/** A deep copy of `root` with the field at `path` set to `value` (or deleted). */
export function setAt<T>(root: T, path: string, value: unknown): T {
  const copy = structuredClone(root);
  const keys = keysOf(path);
  const parent = keys.slice(0, -1).reduce<unknown>((v, key) => (v as Record<Key, unknown>)[key], copy) as Record<Key, unknown>;
  const last = keys.at(-1) as Key;
  if (value === DELETE) delete parent[last];
  else parent[last] = value;
  return copy;
}

const invalid = (label: string, value: unknown): Mutation => ({ label, value, documented: false });

const WRONG_TYPES: Record<FieldKind['kind'], Mutation[]> = {
  boolean: [invalid('0', 0), invalid('1', 1), invalid('"true"', 'true'), invalid('"false"', 'false'), invalid('""', '')],
  number: [invalid('""', ''), invalid('true', true)],
  date: [
    invalid('""', ''),
    invalid('"0"', '0'),
    invalid('"not a date"', 'not a date'),
    // Date.parse reads it as 2 March: a day that does not exist.
    invalid('"2026-02-30T10:00:00Z"', '2026-02-30T10:00:00Z'),
    invalid('0', 0),
    invalid('true', true),
  ],
  state: [invalid('""', ''), invalid('1', 1), invalid('true', true)],
  text: [invalid('42', 42), invalid('true', true), invalid('""', '')],
  list: [invalid('"x"', 'x'), invalid('1', 1), invalid('{}', {})],
  object: [invalid('"x"', 'x'), invalid('1', 1), invalid('true', true), invalid('""', '')],
};

const CONTAINERS = [invalid('[]', []), invalid('{}', {})];

function caseVariants(current: unknown): Mutation[] {
  if (typeof current !== 'string') return [];
  const variants = new Set([
    current.toUpperCase(),
    current.toLowerCase(),
    current.charAt(0).toUpperCase() + current.slice(1).toLowerCase(),
  ]);
  variants.delete(current);
  return [...variants].map((v) => invalid(JSON.stringify(v), v));
}

function numberMutations(kind: Extract<FieldKind, { kind: 'number' }>, current: unknown): Mutation[] {
  const out = [
    invalid('a numeric string', String(current)),
    invalid('below its range', kind.min - 1),
    invalid('above its range', kind.max + 1),
  ];
  if (kind.integer) out.push(invalid('a fraction', Number(current) + 0.5), invalid('-1', -1));
  return out;
}

function listMutations(current: unknown): Mutation[] {
  const items = Array.isArray(current) ? current : [];
  return [invalid('an empty list', []), invalid('an empty item', [...items, {}]), invalid('a duplicated item', [...items, items[0]])];
}

/** The fixed mutations of a field: absence, null, every wrong type, out-of-range values, case variants, empty and duplicated items. */
export function fixedMutations(spec: FieldSpec, current: unknown): Mutation[] {
  const out: Mutation[] = [
    { label: 'deleted', value: DELETE, documented: spec.optional === true },
    { label: 'null', value: null, documented: spec.nullable === true },
    ...WRONG_TYPES[spec.kind.kind],
  ];
  if (spec.kind.kind !== 'list') out.push(...CONTAINERS);
  if (spec.kind.kind === 'number') out.push(...numberMutations(spec.kind, current));
  if (spec.kind.kind === 'state') out.push(...caseVariants(current), invalid('"unknown"', 'unknown'));
  if (spec.kind.kind === 'list') out.push(...listMutations(current));
  if (spec.kind.kind === 'boolean' && typeof current === 'boolean')
    out.push({ label: `flipped to ${!current}`, value: !current, documented: true });
  return out;
}

/** Random wrong values of the field's kind, for fast-check to add to the fixed ones. */
export function randomMutation(spec: FieldSpec): fc.Arbitrary<Mutation> {
  const k = spec.kind;
  const anyJson = fc
    .jsonValue()
    .filter(
      (v) =>
        typeof v !==
          typeof (k.kind === 'date' || k.kind === 'state' || k.kind === 'text'
            ? ''
            : k.kind === 'list'
              ? []
              : k.kind === 'boolean'
                ? true
                : 0) && v !== null,
    );
  const arbitraries: fc.Arbitrary<Mutation>[] = [anyJson.map((v) => invalid(`the wrong type ${JSON.stringify(v)}`, v))];
  if (k.kind === 'number' && Number.isFinite(k.min) && Number.isFinite(k.max)) {
    arbitraries.push(
      fc
        .double({ min: k.max, max: 1e300, noNaN: true, minExcluded: true })
        .filter((v) => v > k.max)
        .map((v) => invalid(`${v}, above ${k.max}`, v)),
      fc
        .double({ min: -1e300, max: k.min, noNaN: true, maxExcluded: true })
        // fast-check counts -0 as below 0; JSON and the vendors do not.
        .filter((v) => v < k.min)
        .map((v) => invalid(`${v}, below ${k.min}`, v)),
    );
  }
  if (k.kind === 'state') {
    arbitraries.push(
      fc
        .string({ minLength: 1, maxLength: 12 })
        .filter((s) => !k.values.includes(s))
        .map((s) => invalid(`the unknown state ${JSON.stringify(s)}`, s)),
    );
  }
  return fc.oneof(...arbitraries);
}
