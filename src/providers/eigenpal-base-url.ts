// Where Eigenpal's API answers an API key. Its SDK (0.11+, docs/configuration.md and src/client.ts)
// defaults to https://api.eigenpal.com with /v1 paths for cloud calls; its doc pages show
// https://studio.eigenpal.com/api/v1, the same-origin prefix of Studio's browser clients. The same
// paths follow either prefix.
const STUDIO_HOST = 'studio.eigenpal.com';

export const DEFAULT_BASE_URL = 'https://api.eigenpal.com/v1';

/**
 * A base-url with a path is used as given. A bare host, as the SDK's EIGENPAL_BASE_URL takes one,
 * gets the prefix that host serves: /api/v1 on Studio's host, /v1 (the SDK's) elsewhere.
 */
export function apiPrefixOf(baseUrl: string): string {
  const url = new URL(baseUrl);
  if (url.pathname !== '/') return baseUrl;
  return `${url.origin}${url.hostname === STUDIO_HOST ? '/api/v1' : '/v1'}`;
}
