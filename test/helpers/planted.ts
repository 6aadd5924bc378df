// Vendor answers that repeat the secrets, as a vendor's error or echo would ("API key sk-… has no credits").
import assert from 'node:assert/strict';
import type { ProviderName } from '../../src/model.ts';
import { providerFor } from '../../src/providers/index.ts';
import { API_KEY, GITHUB_TOKEN } from './gate.ts';
import { setAt } from './mutate.ts';

/** The key whole and in part, and the token, among a vendor's words; `where` names the field. */
export function plantedText(where: string): string {
  return `API key ${API_KEY} has no credits (${where}); half of it: ${API_KEY.slice(0, 20)}; token ${GITHUB_TOKEN}`;
}

/** The path of every string in a body, as mutate.ts writes paths (`evaluations[0].record.prompt`). */
function stringPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, path ? `${path}.${key}` : key));
  return [];
}

/**
 * The body with the planted text in every one of its strings the vendor's
 * adapter still reads (its text fields, found by trying each one, so a field
 * added later is planted too), and the paths planted.
 */
export async function withPlantedText(vendor: ProviderName, body: unknown): Promise<{ body: unknown; fields: string[] }> {
  const provider = await providerFor(vendor);
  const reads = (candidate: unknown) => {
    try {
      provider.parse(candidate, '991');
      return true;
    } catch {
      return false;
    }
  };
  const fields = stringPaths(body).filter((path) => reads(setAt(body, path, plantedText(path))));
  const planted = fields.reduce((out, path) => setAt(out, path, plantedText(path)), body);
  assert.ok(reads(planted), `${vendor}: the body with every text field planted still reads`);
  return { body: planted, fields };
}

/** Every string of the body planted: the adapter refuses it, and its error quotes the field it read first. */
export function allPlanted(body: unknown): unknown {
  return stringPaths(body).reduce((out, path) => setAt(out, path, plantedText(path)), body);
}
