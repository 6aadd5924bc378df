/**
 * The one redaction boundary for the secrets eval-gate holds: the API key, the
 * GitHub token, credentials found in base-url. The runner masks a secret only
 * where it appears byte for byte, and our own escapes (`sk\_live\_…`, a
 * zero-width space inside a hex run, `&amp;`, `\u…` in JSON) would make it
 * unrecognisable; so text is redacted before any escape, format, cut or
 * encoding touches it. Where it is applied (README, Security): at the escapes
 * (escape.ts, the base of every report and log line), where errors are built
 * (errors.ts), where the gate's result leaves the poller (gate.ts), and once
 * more at every sink (the runner's commands, files, GitHub, the CLI's streams).
 */

/** What a secret, or a part of one, is replaced by: the runner's own mask. */
export const REDACTED = '***';
/** A part of a secret this long or longer is redacted on its own: a vendor that quotes half a key leaks nothing. */
export const MIN_PART_CHARS = 8;
/** Shorter values are not held: redacting them would blank ordinary words, and no real key or token is that short. */
export const MIN_SECRET_CHARS = 4;

export type Redact = (text: string) => string;

/** Format characters (zero-width spaces and joiners, bidi marks, soft hyphens, tags): invisible, so a secret is matched through them. */
const INVISIBLE = /\p{Cf}/u;

/** The text without its invisible characters, and where each character left sits in the text. */
function withoutInvisible(text: string): { shown: string; at: (index: number) => number } {
  if (!INVISIBLE.test(text)) return { shown: text, at: (index) => index };
  const at: number[] = [];
  for (const match of text.matchAll(/\P{Cf}/gsu)) for (let i = 0; i < match[0].length; i += 1) at.push(match.index + i);
  return { shown: text.replace(/\p{Cf}/gu, ''), at: (index) => at[index] ?? text.length };
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** Where the parts of the secrets sit in `text`: each the longest from its start, none overlapping. */
function partsIn(text: string, windows: RegExp, isPart: (part: string) => boolean): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  windows.lastIndex = 0;
  for (let match = windows.exec(text); match; match = windows.exec(text)) {
    // What follows the longest part is scanned afresh, so a longer part is never left half shown.
    let end = match.index + MIN_PART_CHARS;
    while (end < text.length && isPart(text.slice(match.index, end + 1))) end += 1;
    found.push([match.index, end]);
    windows.lastIndex = end;
  }
  return found;
}

/** Replaces every run of text that is a part (MIN_PART_CHARS or more) of a long secret, invisible characters inside it too. */
function partsRedactor(secrets: readonly string[]): Redact {
  // Every run of MIN_PART_CHARS of a secret: where one is found, a part starts.
  const runs = new Set(
    secrets.flatMap((s) => Array.from({ length: s.length - MIN_PART_CHARS + 1 }, (_, i) => s.slice(i, i + MIN_PART_CHARS))),
  );
  const windows = new RegExp([...runs].map(escapeRegExp).join('|'), 'g');
  const isPart = (part: string) => secrets.some((s) => s.includes(part));
  return (text) => {
    const { shown, at } = withoutInvisible(text);
    let out = '';
    let kept = 0;
    for (const [start, end] of partsIn(shown, windows, isPart)) {
      out += `${text.slice(kept, at(start))}${REDACTED}`;
      kept = at(end - 1) + 1;
    }
    return kept === 0 ? text : out + text.slice(kept);
  };
}

/** A pure redactor for these secrets: each one whole, and each part of MIN_PART_CHARS or more of a longer one. */
export function redactorFor(values: readonly string[]): Redact {
  const secrets = [...new Set(values.filter((v) => v.length >= MIN_SECRET_CHARS))];
  if (secrets.length === 0) return (text) => text;
  const long = secrets.filter((s) => s.length >= MIN_PART_CHARS);
  // Short secrets whole, longest first, after the parts of long ones.
  const short = secrets.filter((s) => s.length < MIN_PART_CHARS).sort((a, b) => b.length - a.length);
  const parts = long.length > 0 ? partsRedactor(long) : (text: string) => text;
  return (text) => short.reduce((out, secret) => out.split(secret).join(REDACTED), parts(text));
}

// The secrets of this process's gate. Process-wide like the runner's own mask,
// because the escapes run deep inside rendering where no context is passed.
let held: readonly string[] = [];
let current: Redact = (text) => text;

/** Holds the gate's secrets (replacing any held before); returns those held, for the runner's mask. */
export function holdSecrets(values: readonly string[]): readonly string[] {
  held = [...new Set(values.map((v) => v.trim()).filter((v) => v.length >= MIN_SECRET_CHARS))];
  current = redactorFor(held);
  return held;
}

export function heldSecrets(): readonly string[] {
  return held;
}

/** Text with every held secret, and every long part of one, replaced by REDACTED. */
export function redact(text: string): string {
  return current(text);
}

/** A copy of plain data (a report, a request's parameters) with every string, keys included, redacted. */
export function redactDeep<T>(value: T): T {
  if (held.length === 0) return value;
  return walk(value) as T;
}

function walk(value: unknown): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map(walk);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [redact(key), walk(item)]));
}
