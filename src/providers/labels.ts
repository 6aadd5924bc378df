import type { ProviderName } from '../model.ts';

const LABELS: Record<ProviderName, string> = {
  aegis: 'Aegis Evals',
  eigenpal: 'Eigenpal Studio',
  avido: 'Avido',
  runtype: 'Runtype',
  humanloop: 'Humanloop',
};

/** Display names, kept apart from the adapters so the report does not load them. */
export function providerLabel(name: ProviderName): string {
  return LABELS[name];
}
