// Converters from an input's text to its value: null when the text is not of that form.
import { parseDurationMs } from './duration.ts';
import { redact } from '../redact.ts';

export interface MetricThreshold {
  metric: string;
  min: number;
}

export function toNumber(text: string): number | null {
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** `0.95` or `95%` into a fraction in [0, 1]. */
export function toFraction(text: string): number | null {
  const percent = text.endsWith('%');
  const value = toNumber(percent ? text.slice(0, -1).trim() : text);
  if (value === null) return null;
  const fraction = percent ? value / 100 : value;
  return fraction >= 0 && fraction <= 1 ? fraction : null;
}

export function toPositiveMs(text: string): number | null {
  const ms = parseDurationMs(text);
  return ms !== null && ms > 0 ? ms : null;
}

/** Comma- or newline-separated items, trimmed, empty ones and repeats dropped. */
export const listOf = (text: string): string[] => [
  ...new Set(
    text
      .split(/[\n,]/)
      .map((part) => part.trim())
      .filter(Boolean),
  ),
];

export const RUN_IDS_EXPECTED = 'one or more run ids (letters, digits, . _ : ~ -) separated by newlines or commas';

/** Given text as an error quotes it: redacted (redact.ts) before it is cut, then in JSON quotes, its first 80 characters. */
export const quoted = (text: string): string => {
  const shown = redact(text);
  return JSON.stringify(shown.length > 80 ? `${shown.slice(0, 80)}…` : shown);
};

export function toRunIds(text: string): string[] | null {
  const ids = listOf(text);
  // An id of dots alone would walk up the vendor's URL path ("/runs/.." is "/").
  const valid = ids.length > 0 && ids.every((id) => id.length <= 200 && /^[\w.:~-]+$/.test(id) && !/^\.+$/.test(id));
  return valid ? ids : null;
}

/** A commit SHA as git prints one: 7 to 40 hex digits (a prefix of the full 40). */
export const COMMIT_SHA = /^[0-9a-f]{7,40}$/i;

/** The same code: equal names, or two commit SHAs of which one is a prefix (7+ digits) of the other. */
export function sameCode(a: string, b: string): boolean {
  if (a === b) return true;
  if (!COMMIT_SHA.test(a) || !COMMIT_SHA.test(b)) return false;
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x.startsWith(y) || y.startsWith(x);
}

export const GIT_REF_EXPECTED = 'a git ref or commit SHA such as a1b2c3d or refs/heads/main (no spaces, ~ ^ : ? * [ \\ or "..")';

/** A ref as git check-ref-format allows one (a commit SHA is one too), or null. */
export function toGitRef(text: string): string | null {
  const allowed = text.length <= 255 && !/[\p{Cc}\s~^:?*[\\]/u.test(text) && !/\.\.|@\{|\/\//.test(text);
  return allowed && !/^[-/.]|[/.]$|\.lock$/.test(text) ? text : null;
}

export function toMetricThresholds(text: string): MetricThreshold[] | null {
  const entries = listOf(text).map((entry) => {
    const match = /^(.+?)\s*(?:>=|:|=)\s*(\S+)$/.exec(entry);
    const min = match ? toNumber(match[2] ?? '') : null;
    return match && min !== null ? { metric: (match[1] ?? '').trim(), min } : null;
  });
  return entries.every((entry) => entry !== null) ? entries : null;
}

/** `42` or `#42`. */
export function toPullRequestNumber(text: string): number | null {
  const match = /^#?(\d{1,9})$/.exec(text);
  const value = match ? Number(match[1]) : 0;
  return value >= 1 ? value : null;
}

/** GitHub logins (and apps' `<slug>[bot]`), comma or newline separated, lower-cased: GitHub compares them without case. */
export function toLogins(text: string): string[] | null {
  const logins = listOf(text).map((login) => login.replace(/^@/, '').toLowerCase());
  return logins.every((login) => /^[a-z\d](?:[a-z\d-]{0,38})(?:\[bot\])?$/.test(login)) ? logins : null;
}

/** `paths` globs (glob.ts), comma or newline separated: each names something, and a `!` is followed by a pattern. */
export function toPaths(text: string): string[] | null {
  const patterns = listOf(text);
  const valid = patterns.length > 0 && patterns.every((p) => p.length <= 200 && /^!?[^!\p{Cc}]/u.test(p) && !/\p{Cc}/u.test(p));
  return valid ? patterns : null;
}
