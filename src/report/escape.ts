/**
 * The one boundary for untrusted text: vendor payloads, inputs, event payloads,
 * artifact files. Each context has its own escape, and each holds not only for
 * the markdown grammar but for what GitHub does to the rendered text after it
 * (issue references, commit SHAs, mentions, emoji, URL autolinks) and for the
 * runner's command grammar in the log (log.ts). README "Untrusted text" says why.
 * Every escape starts from `visible`, which first redacts the secrets held
 * (redact.ts): no escape here can make a secret unrecognisable to it.
 */
import { redact } from '../redact.ts';

/**
 * GitHub links `GH-1`, `#1`, SHAs, `@someone` and `:shipit:` in the rendered
 * text, after backslash escapes are resolved, so a backslash cannot stop them.
 * A zero-width space we insert ourselves, only at these places, does. Vendor
 * zero-width characters never survive as such (`visible` spells them out), so
 * every one left in a report is one of ours and harmless.
 */
export const LINK_BREAK = '\u200B';
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const HTML_ENTITIES: Record<string, string> = { ...ENTITIES, "'": '&#39;' };
const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;' };
// Markdown punctuation that can start emphasis, code, links, images, tables,
// strikethrough, math, footnotes, headings or autolinks.
const MARKDOWN_PUNCTUATION = new Set(['\\', '`', '*', '_', '[', ']', '(', ')', '!', '|', '~', '{', '}', '$', ':', '#', '+', '-', '=', '^']);
// Controls (but tab, newline, carriage return), format characters (bidi
// overrides and isolates, zero-width spaces and joiners, soft hyphen, tags)
// and the fillers that render as blank: they hide or reorder text.
const INVISIBLE = /(?![\t\n\r])[\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const codePoint = (char: string): string => `[U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`;

/** Redacted, well-formed Unicode, with every invisible or reordering character spelled out as `[U+202E]`. */
export function visible(text: string): string {
  return redact(text).replace(LONE_SURROGATE, '\uFFFD').replace(INVISIBLE, codePoint);
}

/** Cuts to `maxChars` code points (never half a surrogate pair) and says so with an ellipsis. */
export function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  // Walks the code points only as far as the cut: a long text is never split whole.
  let cutAt = 0;
  let index = 0;
  for (let points = 0; index < text.length; points += 1) {
    if (points === maxChars - 1) cutAt = index;
    if (points === maxChars) return `${text.slice(0, cutAt)}…`;
    index += (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
  }
  return text;
}

/** One line of visible, well-formed text, cut visibly: the base of every one-line context. */
export function plainLine(text: string | null | undefined, maxChars: number): string {
  if (text === null || text === undefined) return '';
  return truncate(visible(text).replace(/\s+/g, ' ').trim(), maxChars);
}

/** Breaks every 7+ run of hex digits, so none can be taken for a commit SHA. */
export function breakShas(text: string): string {
  return text.replace(/[0-9a-f]{7,}/gi, (run) => run.match(/.{1,6}/g)?.join(LINK_BREAK) ?? run);
}

/**
 * Inserts LINK_BREAK where GitHub would link: mentions and team mentions,
 * `#1` and `owner/repo#1`, `owner/repo@sha`, `GH-1` (and `JIRA-1` style
 * autolink references), SHAs, emoji shortcodes, `https://`, `mailto:`, `www.`.
 */
export function breakLinking(text: string): string {
  return breakShas(text)
    .replace(/[@#]/g, `$&${LINK_BREAK}`)
    .replace(/:(?=[\w/+-])/g, `:${LINK_BREAK}`)
    .replace(/(w{3})\./gi, `$1${LINK_BREAK}.`)
    .replace(/([a-z])-(?=\d)/gi, `$1-${LINK_BREAK}`);
}

function escapeChar(char: string): string {
  const entity = ENTITIES[char];
  if (entity) return entity;
  return MARKDOWN_PUNCTUATION.has(char) ? `\\${char}` : char;
}

/** Markdown inline: one line of plain text for a paragraph, heading or link text. */
export function escapeInline(text: string | null | undefined, maxChars = 300): string {
  let out = '';
  for (const char of breakLinking(plainLine(text, maxChars))) out += escapeChar(char);
  return out;
}

/** A vendor number exactly as the outputs print it, but never read as a SHA (`0.1234567`) or reference (`1e-7`). */
export function numberText(value: number): string {
  return breakLinking(String(value));
}

/** A fenced code block that no backtick run inside can close early; a cut says where the rest is. */
export function codeBlock(text: string, maxChars = 2000): string {
  const whole = visible(text).replace(/\r\n?/g, '\n');
  const body = truncate(whole, maxChars);
  const longestRun = Math.max(0, ...Array.from(body.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  const cut = body === whole ? '' : `\n\n_Cut to ${maxChars} characters; the JSON report has the whole text._`;
  return `${fence}text\n${body}\n${fence}${cut}`;
}

/** Text inside our own HTML (`<summary>`, an attribute value): one line, entities, no links. */
export function escapeHtml(text: string | null | undefined, maxChars = 200): string {
  return breakLinking(plainLine(text, maxChars)).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/** A commit status context or description: plain text GitHub shows as is, one well-formed line. */
export function escapeStatus(text: string, maxChars: number): string {
  return plainLine(text, maxChars);
}

/** A log line's text: well-formed and visible; log.ts keeps workflow commands in it inert. */
export function escapeLog(text: string): string {
  return visible(text.replace(/\r\n?/g, '\n'));
}

/** A link we build to a vendor's web page: https only, and the URL percent-encoded so it cannot break out. */
export function safeLink(label: string, url: string | null): string {
  if (!url || !URL.canParse(redact(url))) return label;
  const parsed = new URL(redact(url));
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return label;
  const href = parsed.href.replace(/[()<>\s"'`|\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${label}](${href})`;
}

/**
 * Plain text for a terminal (the CLI's `--format text`): one visible line, no
 * markdown escapes, no terminal escape sequences (ESC is spelled out), and the
 * legacy `##[` command broken. `::` cannot start a line: the text renderer puts
 * its own label first on every line.
 */
export function escapeText(text: string | null | undefined, maxChars = 300): string {
  return plainLine(text, maxChars).replace(/##\[/g, `##${LINK_BREAK}[`);
}

/**
 * Text for XML (the JUnit file), in an attribute or an element: visible and
 * well-formed (no character XML 1.0 forbids), the five markup characters as
 * entities, line breaks as `&#10;` so that every line of the file starts with
 * our own tag, and the `[` of `##[` as `&#91;` (the runner reads that anywhere).
 */
export function escapeXml(text: string): string {
  return visible(text)
    .replace(/[\uFFFE\uFFFF]/g, codePoint)
    .replace(/[&<>"']|\r\n?|\n|\t/g, (c) => XML_ENTITIES[c] ?? '&#10;')
    .replace(/##\[/g, '##&#91;');
}
