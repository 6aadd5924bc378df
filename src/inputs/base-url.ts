import { quoted } from './values.ts';

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

const BASE_URL_EXPECTED = 'an https URL (http only for loopback hosts) without credentials, query or fragment';

/**
 * The user-info part of a URL's text (`user:password` before the last `@`),
 * whether or not the URL parses; '' when none. Up to the last `@` anywhere, so
 * a password with an unencoded `/`, `?` or `#` in it is still all found.
 */
function userInfoOf(text: string): string {
  return /^(?:[a-z][a-z\d+.-]*:)?\/*([\s\S]*)@/i.exec(text.trim())?.[1] ?? '';
}

const decoded = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * The secrets a base-url's text carries, as given and percent-decoded, for the
 * redaction boundary (redact.ts): the password, or a user name standing alone
 * (a token given as `https://TOKEN@host`), and the whole user info.
 */
export function credentialsOf(text: string): string[] {
  const userInfo = userInfoOf(text);
  if (!userInfo) return [];
  const colon = userInfo.indexOf(':');
  const secret = colon < 0 ? userInfo : userInfo.slice(colon + 1);
  return [userInfo, secret, decoded(userInfo), decoded(secret)];
}

/**
 * What base-url expected and what it was given, for its error: never the
 * credentials, query or fragment, which may hold a token; only what is left.
 */
export function baseUrlExpected(text: string): string {
  const userInfo = userInfoOf(text);
  const withoutCredentials = userInfo ? text.trim().replace(`${userInfo}@`, '') : text.trim();
  const shown = withoutCredentials.replace(/[?#][\s\S]*$/, '');
  const left = [userInfo ? 'credentials' : '', shown === withoutCredentials ? '' : 'a query or fragment'].filter(Boolean);
  const said = left.length > 0 ? ` with ${left.join(' and ')} (left out here)` : '';
  return `expected ${BASE_URL_EXPECTED}, got ${quoted(shown)}${said}`;
}

/** The URL only if it is https on a host eval-gate knows (the vendor's web host, base-url's host). */
export function onKnownHost(url: string | null, allowedHosts: readonly string[]): string | null {
  if (!url || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  const known = allowedHosts.some((host) => host.toLowerCase() === parsed.hostname);
  return parsed.protocol === 'https:' && known && !parsed.username && !parsed.password ? parsed.href : null;
}
