// The budget inputs and the warn-on list: their names, parsed values and the syntax errors they can have.
import { parseDurationMs } from './duration.ts';
import { toNumber } from './values.ts';

/** The budget inputs, each a rule of its own name (rules/budgets.ts), in the order the report shows them. */
export const BUDGET_NAMES = ['max-cost', 'max-duration', 'max-p95-latency', 'max-tokens'] as const;
export type BudgetName = (typeof BUDGET_NAMES)[number];

/** The limits set; null for a budget not set. */
export interface Budgets {
  /** US dollars over all gated runs. */
  maxCostUsd: number | null;
  /** The vendor's own duration of the longest gated run. */
  maxDurationMs: number | null;
  /** The 95th percentile (nearest rank) of the records' latencies, over all gated runs. */
  maxP95LatencyMs: number | null;
  /** Tokens over all gated runs. */
  maxTokens: number | null;
}

/** Which budget each limit is, by input name: one table for the rules, the gate's checks and the report. */
export const BUDGET_LIMIT: Record<BudgetName, keyof Budgets> = {
  'max-cost': 'maxCostUsd',
  'max-duration': 'maxDurationMs',
  'max-p95-latency': 'maxP95LatencyMs',
  'max-tokens': 'maxTokens',
};

/** The budgets that are set, in the report's order. */
export const budgetsSet = (budgets: Partial<Budgets>): BudgetName[] =>
  BUDGET_NAMES.filter((name) => (budgets[BUDGET_LIMIT[name]] ?? null) !== null);

/** `1.50`, `$1.50` or `0`: US dollars, 0 or more. */
export function toUsd(text: string): number | null {
  const usd = toNumber(text.replace(/^\$\s*/, ''));
  return usd !== null && usd >= 0 ? usd : null;
}

/** A duration as `timeout` takes one (a bare number is seconds), above 0. */
export function toLimitMs(text: string): number | null {
  const ms = parseDurationMs(text);
  return ms !== null && ms > 0 ? ms : null;
}

/** A whole number of tokens, 1 or more; `_` or `,` may group the digits (`2_000_000`). */
export function toTokens(text: string): number | null {
  const digits = text.replace(/[_,]/g, '');
  if (!/^\d{1,15}$/.test(digits)) return null;
  const tokens = Number(digits);
  return tokens >= 1 ? tokens : null;
}
