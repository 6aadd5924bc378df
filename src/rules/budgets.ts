// The budget rules (max-cost, max-duration, max-p95-latency, max-tokens): each measured over all the
// gated runs, shown with its figure beside its limit. A figure the vendor did not give is an error.
import { BUDGET_LIMIT, type BudgetName, type Budgets, budgetsSet } from '../inputs/budgets.ts';
import { formatDurationMs } from '../inputs/duration.ts';
import type { BudgetGaps, GateRun } from '../model.ts';
import { formatPair, rounded } from '../numbers.ts';
import { providerLabel } from '../providers/index.ts';
import { nearestRank } from './percentile.ts';
import type { Check } from './verdict.ts';

/** The percentile max-p95-latency limits. */
export const LATENCY_PERCENT = 95;

/** A figure of one run, or null when its answer lacks it. */
interface Measure {
  what: string;
  gap: keyof BudgetGaps;
  of: (run: GateRun) => number | null;
  total: (runs: GateRun[]) => { value: number; said: string } | null;
  show: (value: number, decimals?: number) => string;
}

const usd = (value: number, decimals = 4) => `$${rounded(value, decimals)}`;
/** A duration as people read it (`1.2s`), in plain milliseconds when that would read the same as a different limit. */
const ms = (value: number, decimals?: number) => (decimals === undefined ? formatDurationMs(value) : `${rounded(value, decimals - 3)}ms`);
const count = (value: number) => value.toLocaleString('en-US');
const over = (runs: GateRun[]) => (runs.length > 1 ? ` over ${runs.length} runs` : '');
const sum = (runs: GateRun[], of: (run: GateRun) => number | null) => runs.reduce((total, run) => total + (of(run) ?? 0), 0);

function pooledP95(runs: GateRun[]) {
  const all = runs.flatMap((run) => Array.from(run.latencyMs ?? []));
  const value = nearestRank(Float64Array.from(all), LATENCY_PERCENT);
  return value === null ? null : { value, said: `p95 latency (nearest rank) of ${count(all.length)} records${over(runs)}` };
}

const MEASURES: Record<BudgetName, Measure> = {
  'max-cost': {
    what: 'cost',
    gap: 'cost',
    of: (run) => run.costUsd,
    total: (runs) => ({ value: sum(runs, (r) => r.costUsd), said: `cost${over(runs)}` }),
    show: usd,
  },
  'max-duration': {
    what: 'run duration',
    gap: 'duration',
    of: (run) => run.durationMs,
    total: (runs) => {
      const longest = runs.reduce((a, b) => ((b.durationMs ?? 0) > (a.durationMs ?? 0) ? b : a));
      return { value: longest.durationMs ?? 0, said: runs.length > 1 ? `longest run duration (run ${longest.runId})` : 'run duration' };
    },
    show: ms,
  },
  'max-p95-latency': {
    what: 'record latencies',
    gap: 'latency',
    of: (run) => (run.latencyMs ? run.latencyMs.length : null),
    total: pooledP95,
    show: ms,
  },
  'max-tokens': {
    what: 'token counts',
    gap: 'tokens',
    of: (run) => run.tokens ?? null,
    total: (runs) => ({ value: sum(runs, (r) => r.tokens ?? null), said: `tokens${over(runs)}` }),
    show: count,
  },
};

/** One budget over the runs: skipped while a run did not complete (its own verdict decides), an error for a missing figure. */
function budgetCheck(rule: BudgetName, limit: number, runs: GateRun[]): Check {
  const m = MEASURES[rule];
  const unfinished = runs.find((run) => run.status !== 'completed' || run.problem !== null);
  if (unfinished) return { rule, outcome: 'skipped', detail: `not measured: run ${unfinished.runId} did not complete` };
  const lacking = runs.find((run) => m.of(run) === null);
  if (lacking) {
    const why = lacking.budgetGaps?.[m.gap] ?? 'its answer has none';
    return {
      rule,
      outcome: 'error',
      detail: `${rule} is set, but ${providerLabel(lacking.provider)} gave no ${m.what} for run ${lacking.runId}: ${why}`,
    };
  }
  const measured = m.total(runs);
  if (measured === null) return { rule, outcome: 'error', detail: `${rule} is set, but the runs list no records to measure` };
  const holds = measured.value <= limit;
  const [shown, against] = formatPair(measured.value, limit, m.show);
  return { rule, outcome: holds ? 'pass' : 'fail', detail: `${measured.said} ${shown} ${holds ? '≤' : '>'} ${rule} ${against}` };
}

/** The budgets set, in the report's order, each measured over every gated run. */
export function budgetChecks(runs: GateRun[], budgets: Partial<Budgets>): Check[] {
  if (runs.length === 0) return [];
  return budgetsSet(budgets).map((rule) => budgetCheck(rule, budgets[BUDGET_LIMIT[rule]] ?? 0, runs));
}
