// warn-on: the rules whose failures are shown as warnings and do not fail the gate. Only a `fail` is
// softened; an error (a run that could not be read, a figure the vendor did not give) never is.
import { BUDGET_NAMES, type Budgets, budgetsSet } from '../inputs/budgets.ts';
import { closestName } from './suggest.ts';
import type { Check } from './verdict.ts';

/** The names warn-on takes, each the rule's name in the report (metric-thresholds: every `metric … minimum`). */
export const WARNABLE = ['threshold', 'min-pass-rate', 'metric-thresholds', 'max-regression', 'vendor-verdict', ...BUDGET_NAMES] as const;

/** Rules that can never be softened, and why: what they catch is never a pass. */
const NEVER_WARNED: Record<string, string> = {
  'run-finished': 'a run that failed, was cancelled or did not finish is never a pass',
  ref: 'a run that evaluated other code than the PR is never a pass',
};

/** The warn-on name of a rule as the report names it. */
export function warnNameOf(rule: string): string {
  if (/^metric .+ minimum$/s.test(rule)) return 'metric-thresholds';
  if (rule === "vendor's verdict") return 'vendor-verdict';
  return rule.replace(/ /g, '-');
}

/** The rules a gate applies, by warn-on name: what the settings set. */
export interface RulesSet extends Partial<Budgets> {
  threshold: number | null;
  minPassRate: number | null;
  metricThresholds: readonly unknown[];
  maxRegression: number | null;
}

function isSet(name: string, rules: RulesSet): boolean {
  switch (name) {
    case 'threshold':
      return rules.threshold !== null;
    case 'min-pass-rate':
      return rules.minPassRate !== null;
    case 'metric-thresholds':
      return rules.metricThresholds.length > 0;
    case 'max-regression':
      return rules.maxRegression !== null;
    case 'vendor-verdict':
      return rules.threshold === null && rules.minPassRate === null;
    default:
      return (budgetsSet(rules) as string[]).includes(name);
  }
}

/** What is wrong with a warn-on list, as an input error says it (without the input's name); null when every name is a rule that is set. */
export function warnOnProblem(names: readonly string[], rules: RulesSet): string | null {
  for (const name of names) {
    if (NEVER_WARNED[name]) return `expected rules that may only warn (${WARNABLE.join(', ')}), got ${name}: ${NEVER_WARNED[name]}`;
    if (!(WARNABLE as readonly string[]).includes(name)) {
      const meant = closestName(name, WARNABLE);
      return `expected rule names among ${WARNABLE.join(', ')}, got ${JSON.stringify(name)}${meant ? `; did you mean ${meant}?` : ''}`;
    }
    if (!isSet(name, rules)) {
      const why = name === 'vendor-verdict' ? 'threshold or min-pass-rate is set and decides in its place' : `${name} is not set`;
      return `expected rules the gate applies, got ${name}, which it does not: ${why}`;
    }
  }
  return null;
}

/** Each failure of a rule warn-on names, shown as a warning instead; passes, skips and errors unchanged. */
export function applyWarnOn(checks: Check[], warnOn: readonly string[] = []): Check[] {
  if (warnOn.length === 0) return checks;
  return checks.map((c) => (c.outcome === 'fail' && warnOn.includes(warnNameOf(c.rule)) ? { ...c, outcome: 'warning' } : c));
}

/** How many checks are warnings. */
export const warningCount = (checks: Iterable<Check>): number => {
  let n = 0;
  for (const c of checks) if (c.outcome === 'warning') n += 1;
  return n;
};
