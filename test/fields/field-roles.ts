// What each vendor field means to the gate, as a table per vendor (the
// `test/fields/*-fields.ts` files). The tables document the adapters'
// contract and are the oracle of the fail-closed property suite
// (test/unit/fail-closed.test.ts): a corrupted field that decides is never a
// pass; a corrupted display field never changes one. Nothing at run time
// imports them.

/**
 * What a field decides: whether the run is over, its verdict, its figures, what code the run
 * evaluated (provenance, read when the ref input is set), or nothing (display).
 */
export type FieldRole = 'terminal' | 'verdict' | 'score' | 'threshold' | 'count' | 'provenance' | 'display';

/** Which rules the user set: none (the vendor's verdict), a score threshold, a minimum pass rate, or a metric's minimum. */
export type RuleMode = 'vendor' | 'threshold' | 'pass-rate' | 'metric';
export const RULE_MODES: readonly RuleMode[] = ['vendor', 'threshold', 'pass-rate', 'metric'];

export type FieldKind =
  | { kind: 'boolean' }
  /** `min`/`max` may be infinite where the vendor documents no range. */
  | { kind: 'number'; min: number; max: number; integer?: boolean }
  | { kind: 'date' }
  | { kind: 'state'; values: readonly string[] }
  | { kind: 'text' }
  | { kind: 'list' }
  /** An object or null, read by what it holds (Eigenpal's `execution.retry.nextRun`). */
  | { kind: 'object' };

export interface FieldSpec {
  /** Where the field sits, e.g. `evaluations[0].is_success`; `stats:` marks Humanloop's second body. */
  path: string;
  role: FieldRole;
  kind: FieldKind;
  /** Null is a documented value. */
  nullable?: boolean;
  /** Absence is documented (the field may be left out). */
  optional?: boolean;
  /**
   * The rule modes in which even a documented value of this field decides the
   * verdict (so null or a flipped boolean must not pass there). In every mode,
   * a value outside the documented type or range is an error.
   */
  decidesIn: readonly RuleMode[];
  /** The modes in which the gate reads the field at all (by default every mode): elsewhere it cannot matter. */
  readIn?: readonly RuleMode[];
  /** The line of the vendor's doc (shared/vendor-docs) or SDK type this rests on. */
  source: string;
}

/** Two or more fields set against each other; never a pass, in any mode. */
export interface Contradiction {
  why: string;
  set: Record<string, unknown>;
  /** The modes in which the gate reads these fields at all (by default every mode). */
  readIn?: readonly RuleMode[];
}

export interface FieldTable {
  fields: readonly FieldSpec[];
  contradictions: readonly Contradiction[];
}

/** A count as the vendors document one: a non-negative integer (the tables' mutations go past 1e6). */
export const COUNT_KIND = { kind: 'number', min: 0, max: 1e6, integer: true } as const;
