import { PROVIDER_NAMES, type ProviderName } from '../model.ts';
import type { BudgetName } from '../inputs/budgets.ts';
import type { Adapter, Provider } from './types.ts';

/**
 * Every vendor eval-gate speaks to, once: for each `provider` name (model.ts's
 * PROVIDER_NAMES), the label reports show and its adapter. Adding a vendor is
 * its name there, a row here, one adapter file and one fixture (CONTRIBUTING.md). Each adapter is loaded on
 * demand: a gate talks to one vendor, and building the other four's schemas
 * would only delay its first request.
 */
const VENDORS = {
  aegis: {
    label: 'Aegis Evals',
    budgets: {
      'max-cost': 'total_cost',
      'max-duration': 'started_at to finished_at',
      'max-p95-latency': "each evaluation's started_at to finished_at",
    },
    load: async (): Promise<Adapter> => (await import('./aegis.ts')).aegis,
  },
  eigenpal: {
    label: 'Eigenpal Studio',
    budgets: { 'max-duration': 'timing.durationMs' },
    load: async (): Promise<Adapter> => (await import('./eigenpal.ts')).eigenpal,
  },
  avido: { label: 'Avido', budgets: {}, load: async (): Promise<Adapter> => (await import('./avido.ts')).avido },
  runtype: {
    label: 'Runtype',
    budgets: {
      'max-cost': "every step's totalCost",
      'max-duration': 'startedAt to completedAt',
      'max-p95-latency': "each record's steps' durationMs, summed",
      'max-tokens': "every step's promptTokens, completionTokens and reasoningTokens",
    },
    load: async (): Promise<Adapter> => (await import('./runtype.ts')).runtype,
  },
  humanloop: { label: 'Humanloop', budgets: {}, load: async (): Promise<Adapter> => (await import('./humanloop.ts')).humanloop },
} as const satisfies Record<ProviderName, { label: string; budgets: BudgetFields; load: () => Promise<Adapter> }>;

/** For each budget a vendor can measure, the fields of its answer it is measured from (README, Budgets and warnings). */
export type BudgetFields = Partial<Record<BudgetName, string>>;

/** The fields a vendor's budget is measured from; null when the vendor does not give that figure. */
export function budgetFields(name: ProviderName, budget: BudgetName): string | null {
  const fields: BudgetFields = VENDORS[name].budgets;
  return fields[budget] ?? null;
}

/** The vendors that can measure a budget, as `provider` names them. */
export function vendorsMeasuring(budget: BudgetName): ProviderName[] {
  return PROVIDER_NAMES.filter((name) => budgetFields(name, budget) !== null);
}

export { PROVIDER_NAMES, providerList, type ProviderName } from '../model.ts';

/** Display names, without loading an adapter. */
export function providerLabel(name: ProviderName): string {
  return VENDORS[name].label;
}

export async function providerFor(name: ProviderName): Promise<Provider> {
  return { name, label: providerLabel(name), ...(await VENDORS[name].load()) };
}

export type { Provider } from './types.ts';
