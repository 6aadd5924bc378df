// The budget and warn-on inputs checked against the vendor and the rules set, before any request (gate.ts).
import { InputError } from '../errors.ts';
import { budgetsSet } from '../inputs/budgets.ts';
import type { Settings } from '../inputs/inputs.ts';
import { budgetFields, type Provider, vendorsMeasuring } from '../providers/index.ts';
import { warnOnProblem } from './warn-on.ts';

/** A budget the vendor's answers cannot measure would never hold or fail: bad input naming the vendor. */
export function checkBudgets(settings: Settings, provider: Pick<Provider, 'name' | 'label'>): void {
  for (const budget of budgetsSet(settings)) {
    if (budgetFields(provider.name, budget) !== null) continue;
    const vendors = vendorsMeasuring(budget);
    const able = vendors.length > 1 ? `${vendors.slice(0, -1).join(', ')} or ${vendors.at(-1)}` : vendors.join('');
    throw new InputError(
      `${budget}: expected a vendor whose runs report what it limits (${able}), got ${provider.name}; ${provider.label} gives no ${BUDGET_FIGURE[budget]}, so the gate could not measure it`,
    );
  }
  const problem = warnOnProblem(settings.warnOn, settings);
  if (problem) throw new InputError(`warn-on: ${problem}`);
}

const BUDGET_FIGURE = {
  'max-cost': 'cost for its runs',
  'max-duration': 'duration of its own for its runs',
  'max-p95-latency': 'per-record timings',
  'max-tokens': 'per-record token counts',
} as const;
