import type { ProviderName } from '../model.ts';
import type { Provider } from './types.ts';

// Each adapter is loaded on demand: a gate talks to one vendor, and building
// the other four's schemas would only delay its first request.
const REGISTRY: Record<ProviderName, () => Promise<Provider>> = {
  aegis: async () => (await import('./aegis.ts')).aegis,
  eigenpal: async () => (await import('./eigenpal.ts')).eigenpal,
  avido: async () => (await import('./avido.ts')).avido,
  runtype: async () => (await import('./runtype.ts')).runtype,
  humanloop: async () => (await import('./humanloop.ts')).humanloop,
};

export function providerFor(name: ProviderName): Promise<Provider> {
  return REGISTRY[name]();
}

export type { Provider } from './types.ts';
