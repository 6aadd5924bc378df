// How a decision is said in one line (the log, the commit status, the headline), and its warnings.
import type { Check, Verdict } from './verdict.ts';

/** What warningLines reads of a gate decision. */
interface Warned {
  runs: Array<{ run: { runId: string }; decision: { checks: Check[] } }>;
  budgets?: Check[];
}

/** Each warning (a warn-on rule that did not hold) as one line: the rule, the run when there are several, and why. */
export function warningLines(gate: Warned): string[] {
  const several = gate.runs.length > 1;
  const ofRuns = gate.runs.flatMap((v) =>
    v.decision.checks.filter((c) => c.outcome === 'warning').map((c) => `${c.rule}${several ? ` (run ${v.run.runId})` : ''}: ${c.detail}`),
  );
  return [...ofRuns, ...(gate.budgets ?? []).filter((c) => c.outcome === 'warning').map((c) => `${c.rule}: ${c.detail}`)];
}

/** `passed with 2 warnings`, or the verdict's word: the headline's and the log's. */
export function verdictWords(gate: { verdict: Verdict; warnings?: number }): string {
  const warnings = gate.warnings ?? 0;
  if (gate.verdict === 'pass' && warnings > 0) return `passed with ${warnings} warning${warnings === 1 ? '' : 's'}`;
  return gate.verdict === 'error' ? 'could not decide' : gate.verdict;
}

/** The verdict and its reason in one line, as the log and the commit status say it. */
export function verdictLine(gate: { verdict: Verdict; reason: string; warnings?: number }): string {
  return `${verdictWords(gate)}: ${gate.reason}`;
}
