import type { Adapter, Provider } from './types.ts';

/**
 * Every vendor eval-gate speaks to, once: the `provider` input's name, the
 * label reports show, and its adapter. Adding a vendor is a row here, one
 * adapter file and one fixture (CONTRIBUTING.md). Each adapter is loaded on
 * demand: a gate talks to one vendor, and building the other four's schemas
 * would only delay its first request.
 */
const VENDORS = {
  aegis: { label: 'Aegis Evals', load: async (): Promise<Adapter> => (await import('./aegis.ts')).aegis },
  eigenpal: { label: 'Eigenpal Studio', load: async (): Promise<Adapter> => (await import('./eigenpal.ts')).eigenpal },
  avido: { label: 'Avido', load: async (): Promise<Adapter> => (await import('./avido.ts')).avido },
  runtype: { label: 'Runtype', load: async (): Promise<Adapter> => (await import('./runtype.ts')).runtype },
  humanloop: { label: 'Humanloop', load: async (): Promise<Adapter> => (await import('./humanloop.ts')).humanloop },
} as const;

export type ProviderName = keyof typeof VENDORS;

/** The `provider` input's values, in the table's order. */
export const PROVIDER_NAMES = Object.keys(VENDORS) as ProviderName[];

/** "aegis, eigenpal, … or humanloop", as help and errors list them. */
export function providerList(): string {
  return `${PROVIDER_NAMES.slice(0, -1).join(', ')} or ${PROVIDER_NAMES.at(-1)}`;
}

/** Display names, without loading an adapter. */
export function providerLabel(name: ProviderName): string {
  return VENDORS[name].label;
}

export async function providerFor(name: ProviderName): Promise<Provider> {
  return { name, label: providerLabel(name), ...(await VENDORS[name].load()) };
}

export type { Provider } from './types.ts';
