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
