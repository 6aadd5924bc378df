/**
 * Vendor text is untrusted. These turn it into markdown that renders as the
 * same plain text and nothing more: no HTML, no links or images, no mentions
 * or issue references that notify anyone, no broken tables or code fences.
 */

const ZERO_WIDTH_SPACE = '\u200B';
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// Markdown punctuation that can start emphasis, code, links, images, tables,
// strikethrough, math or autolinks (`:` breaks `https://`).
const MARKDOWN_PUNCTUATION = new Set(['\\', '`', '*', '_', '[', ']', '(', ')', '!', '|', '~', '{', '}', '$', ':', '#', '+', '-', '=', '^']);
// Control characters (but tab and newline), bidi overrides and the zero-width
// characters that could hide text, removed outright.
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Drops characters that render as nothing or reorder text around them. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Cuts to `maxChars` code points and says so with an ellipsis. */
export function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const points = Array.from(text);
  return points.length <= maxChars ? text : `${points.slice(0, Math.max(0, maxChars - 1)).join('')}…`;
}

function escapeChar(char: string): string {
  const entity = ENTITIES[char];
  if (entity) return entity;
  if (MARKDOWN_PUNCTUATION.has(char)) {
    // @ and # are not escaped by a backslash on GitHub (mentions and references
    // are found in the rendered text), so a zero-width space breaks them instead.
    return char === '#' ? `\\#${ZERO_WIDTH_SPACE}` : `\\${char}`;
  }
  if (char === '@') return `@${ZERO_WIDTH_SPACE}`;
  return char;
}

/** One line of plain text for a paragraph or a table cell. */
export function escapeInline(text: string | null | undefined, maxChars = 300): string {
  if (text === null || text === undefined) return '';
  const oneLine = truncate(stripInvisible(text).replace(/\s+/g, ' ').trim(), maxChars);
  let out = '';
  for (const char of oneLine) out += escapeChar(char);
  // GitHub finds autolinks in the text after escapes are resolved, so a
  // backslash does not stop `https://` or `www.`: a zero-width space does.
  return out.replace(/\\:\//g, `\\:${ZERO_WIDTH_SPACE}/`).replace(/(w{3})\./gi, `$1${ZERO_WIDTH_SPACE}.`);
}

/** A fenced code block that no backtick run inside can close early. */
export function codeBlock(text: string, maxChars = 2000): string {
  const body = truncate(stripInvisible(text).replace(/\r\n?/g, '\n'), maxChars);
  const longestRun = Math.max(0, ...Array.from(body.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}text\n${body}\n${fence}`;
}

/** A link we build to a vendor's web page: https only, and the URL percent-encoded so it cannot break out. */
export function safeLink(label: string, url: string | null): string {
  if (!url) return label;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return label;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return label;
  const href = parsed.href.replace(/[()<>\s"'`|\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${label}](${href})`;
}

/** For text inside our own HTML tags (`<summary>`), where markdown escapes would show. */
export function escapeHtml(text: string): string {
  return stripInvisible(text)
    .replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c)
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`);
}
