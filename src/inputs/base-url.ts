const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/**
 * Accepts an https URL, or http for loopback hosts only, with no credentials,
 * query or fragment; returns it without a trailing slash so paths append cleanly.
 * The key is only ever sent here, so anything that could leak it is refused.
 */
export function parseBaseUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
  if (!secure || url.username || url.password || url.search || url.hash) return null;
  return url.href.replace(/\/+$/, '');
}

/** The URL only if it is https on a host eval-gate knows (the vendor's web host, base-url's host). */
export function onKnownHost(url: string | null, allowedHosts: readonly string[]): string | null {
  if (!url || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  const known = allowedHosts.some((host) => host.toLowerCase() === parsed.hostname);
  return parsed.protocol === 'https:' && known && !parsed.username && !parsed.password ? parsed.href : null;
}
