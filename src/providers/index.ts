import type { ProviderName } from '../model.ts';
import type { Adapter, Provider } from './types.ts';

/**
 * Every vendor eval-gate speaks to, once: for each `provider` name (model.ts's
 * PROVIDER_NAMES), the label reports show and its adapter. Adding a vendor is
 * its name there, a row here, one adapter file and one fixture (CONTRIBUTING.md). Each adapter is loaded on
 * demand: a gate talks to one vendor, and building the other four's schemas
 * would only delay its first request.
 */
const VENDORS = {
  aegis: { label: 'Aegis Evals', load: async (): Promise<Adapter> => (await import('./aegis.ts')).aegis },
  eigenpal: { label: 'Eigenpal Studio', load: async (): Promise<Adapter> => (await import('./eigenpal.ts')).eigenpal },
  avido: { label: 'Avido', load: async (): Promise<Adapter> => (await import('./avido.ts')).avido },
  runtype: { label: 'Runtype', load: async (): Promise<Adapter> => (await import('./runtype.ts')).runtype },
  humanloop: { label: 'Humanloop', load: async (): Promise<Adapter> => (await import('./humanloop.ts')).humanloop },
} as const satisfies Record<ProviderName, { label: string; load: () => Promise<Adapter> }>;

export { PROVIDER_NAMES, providerList, type ProviderName } from '../model.ts';

/** Display names, without loading an adapter. */
export function providerLabel(name: ProviderName): string {
  return VENDORS[name].label;
}

export async function providerFor(name: ProviderName): Promise<Provider> {
  return { name, label: providerLabel(name), ...(await VENDORS[name].load()) };
}

export type { Provider } from './types.ts';
