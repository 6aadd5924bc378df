// What a reader could recover from what eval-gate wrote, to judge whether a secret is in it in any form.
import { MIN_PART_CHARS } from '../../src/redact.ts';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };
const fromCode = (code: number): string => (code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD');

/**
 * The text with every escape eval-gate or a format could have put on it undone,
 * over and over until nothing changes: HTML and XML entities, JSON `\uXXXX`
 * escapes, percent-encoding, markdown backslash escapes, and zero-width
 * characters (ours and any other) removed.
 */
export function undoEscapes(text: string): string {
  let before = '';
  let out = text;
  while (out !== before) {
    before = out;
    out = out
      .replace(/&#x([0-9a-f]{1,6});/gi, (_, hex: string) => fromCode(Number.parseInt(hex, 16)))
      .replace(/&#(\d{1,7});/g, (_, decimal: string) => fromCode(Number(decimal)))
      .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => NAMED[name] ?? '')
      .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
      .replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
      .replace(/\\([!-/:-@[-`{-~])/g, '$1')
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '');
  }
  return out;
}

/**
 * The parts of `secret` (every run of MIN_PART_CHARS of it, or the whole of a
 * shorter one) that can be read in `text` once its escapes are undone.
 */
export function leakedParts(text: string, secret: string): string[] {
  const revealed = undoEscapes(text);
  const size = Math.min(MIN_PART_CHARS, secret.length);
  const parts = new Set(Array.from({ length: secret.length - size + 1 }, (_, i) => secret.slice(i, i + size)));
  return [...parts].filter((part) => revealed.includes(part));
}
