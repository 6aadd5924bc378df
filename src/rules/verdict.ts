// The words of a decision, shared by every rule: a leaf, so the rules import it and not each other.
import type { GateRun } from '../model.ts';

export type Verdict = 'pass' | 'fail' | 'error';

/**
 * What one rule came to: a verdict, `skipped` (shown with its reason, never counted), or `warning`:
 * a failure of a rule warn-on names, shown as such and not counted against the gate.
 */
export type Outcome = Verdict | 'skipped' | 'warning';

/** One rule as it applied to one run. */
export interface Check {
  rule: string;
  outcome: Outcome;
  detail: string;
}

/** The baseline run as the gate saw it: read, or why it could not be. */
export interface Baseline {
  runId: string;
  run: GateRun | null;
  problem: string | null;
  /** Where baseline-run-id: auto found it; absent when the run id was given. */
  source?: BaselineSource | null;
}

/** The commit whose record named the baseline, and how far it is behind the PR's base commit. */
export interface BaselineSource {
  commit: string;
  behind: number;
  baseRef: string | null;
}

const SEVERITY: Record<Verdict, number> = { pass: 0, fail: 1, error: 2 };

export function worstVerdict(outcomes: Iterable<Outcome>): Verdict {
  let worst: Verdict = 'pass';
  for (const outcome of outcomes)
    if (outcome !== 'skipped' && outcome !== 'warning' && SEVERITY[outcome] > SEVERITY[worst]) worst = outcome;
  return worst;
}
