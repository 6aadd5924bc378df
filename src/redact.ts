/**
 * The one redaction boundary for the secrets eval-gate holds: the API key, the
 * GitHub token, credentials found in base-url. The runner masks a secret only
 * where it appears byte for byte, and our own escapes (`sk\_live\_…`, a
 * zero-width space inside a hex run, `&amp;`, `\u…` in JSON) would make it
 * unrecognisable; so text is redacted before any escape, format, cut or
 * encoding touches it. Where (README, Security: secrets): as a vendor's error
 * answer is read (transport.ts), where an error is built or a value quoted
 * (errors.ts, quoted, shown), where the gate's result leaves the poller
 * (gate.ts), at the start of every escape (escape.ts) and of the JSON report's
 * encoding, and once more at every sink (the runner's commands, files, GitHub,
 * the CLI's streams).
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

/**
 * A secret's four-character pieces at every fourth place: every part of
 * MIN_PART_CHARS holds one whole, so text holding none of them (found by the
 * engine's own fast search) holds no part, and only the text around one is
 * read character by character: a 50 MB answer costs far less than parsing it.
 */
const ANCHOR_CHARS = MIN_PART_CHARS / 2;
const anchorsOf = (secret: string): string[] =>
  Array.from({ length: Math.floor((secret.length - ANCHOR_CHARS) / ANCHOR_CHARS) + 1 }, (_, k) =>
    secret.slice(k * ANCHOR_CHARS, (k + 1) * ANCHOR_CHARS),
  );

/** The stretches of `text` within `reach` of an anchor, merged: no part of a secret lies outside them. */
function stretchesNear(text: string, anchors: readonly string[], reach: number): Array<[number, number]> {
  const hits: number[] = [];
  for (const anchor of anchors) for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) hits.push(at);
  const stretches: Array<[number, number]> = [];
  for (const at of hits.sort((a, b) => a - b)) {
    const [start, end] = [Math.max(0, at - reach), Math.min(text.length, at + reach)];
    const last = stretches.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else stretches.push([start, end]);
  }
  return stretches;
}

/** Where the parts of the secrets sit in text[from, to): each the longest from its start, none overlapping. */
function partsIn(text: string, [from, to]: [number, number], runs: ReadonlySet<string>, isPart: (part: string) => boolean) {
  const found: Array<[number, number]> = [];
  for (let at = from; at + MIN_PART_CHARS <= to;) {
    if (!runs.has(text.slice(at, at + MIN_PART_CHARS))) {
      at += 1;
      continue;
    }
    // What follows the longest part is scanned afresh, so a longer part is never left half shown.
    let end = at + MIN_PART_CHARS;
    while (end < to && isPart(text.slice(at, end + 1))) end += 1;
    found.push([at, end]);
    at = end;
  }
  return found;
}

/** Replaces every run of text that is a part (MIN_PART_CHARS or more) of a long secret, invisible characters inside it too. */
function partsRedactor(secrets: readonly string[]): Redact {
  // Every run of MIN_PART_CHARS of a secret: where one is found, a part starts.
  const runs = new Set(
    secrets.flatMap((s) => Array.from({ length: s.length - MIN_PART_CHARS + 1 }, (_, i) => s.slice(i, i + MIN_PART_CHARS))),
  );
  const anchors = [...new Set(secrets.flatMap(anchorsOf))];
  const reach = Math.max(...secrets.map((s) => s.length));
  const isPart = (part: string) => secrets.some((s) => s.includes(part));
  return (text) => {
    const { shown, at } = withoutInvisible(text);
    let out = '';
    let kept = 0;
    for (const stretch of stretchesNear(shown, anchors, reach)) {
      for (const [start, end] of partsIn(shown, stretch, runs, isPart)) {
        out += `${text.slice(kept, at(start))}${REDACTED}`;
        kept = at(end - 1) + 1;
      }
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
  // Typed arrays (a run's record outcomes) hold only numbers, and stay typed arrays.
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [redact(key), walk(item)]));
}
