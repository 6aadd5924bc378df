import type { ProviderName } from '../model.ts';
import { aegis } from './aegis.ts';
import type { Provider } from './types.ts';

const REGISTRY: Record<ProviderName, Provider | undefined> = {
  aegis,
  eigenpal: undefined,
  avido: undefined,
  runtype: undefined,
  humanloop: undefined,
};

export function providerFor(name: ProviderName): Provider {
  const provider = REGISTRY[name];
  if (!provider) throw new Error(`provider ${name} is not implemented yet`);
  return provider;
}

export type { Provider } from './types.ts';
