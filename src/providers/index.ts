import type { ProviderName } from '../model.ts';
import { aegis } from './aegis.ts';
import { avido } from './avido.ts';
import { eigenpal } from './eigenpal.ts';
import { humanloop } from './humanloop.ts';
import { runtype } from './runtype.ts';
import type { Provider } from './types.ts';

const REGISTRY: Record<ProviderName, Provider> = { aegis, eigenpal, avido, runtype, humanloop };

export function providerFor(name: ProviderName): Provider {
  return REGISTRY[name];
}

export type { Provider } from './types.ts';
