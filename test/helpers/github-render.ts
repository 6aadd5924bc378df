/**
 * GitHub's view of a comment: its own renderer (cmark-gfm, the Node bindings to
 * GitHub's fork of cmark, with the extensions github.com turns on), then an
 * emulation of what GitHub does to the rendered text outside code and links:
 * issue and PR references, commit SHAs, @mentions and team mentions, emoji
 * shortcodes. A finding is anything there that would link, mention, embed or
 * render as HTML we did not write.
 */
import cmark from 'cmark-gfm';

export function renderGitHub(markdown: string): string {
  return cmark.renderHtmlSync(markdown, {
    unsafe: true,
    footnotes: true,
    githubPreLang: true,
    extensions: { table: true, strikethrough: true, tagfilter: true, autolink: true, tasklist: true },
  });
}

/** The elements our reports are made of; any other came from untrusted text. */
const OUR_ELEMENTS = new Set(['p', 'h2', 'h3', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'em', 'code', 'pre']);
const OUR_ELEMENTS_TOO = new Set(['blockquote', 'details', 'summary', 'a']);
/** Where GitHub does not look for references, mentions or emoji. */
const QUIET = new Set(['code', 'pre', 'a']);

// What GitHub links in text, a little wider than it: a false alarm costs a look, a miss a leak.
const LIVE: Array<[string, RegExp]> = [
  ['mention', /(?<![\w`])@[a-z0-9](?:[a-z0-9-]*)(?:\/[a-z0-9_-]+)?/i],
  ['reference', /(?<![\w&])#\d+/],
  ['GH reference', /\bGH-\d+/i],
  ['autolink reference', /\b[a-z][a-z0-9]*-\d+/i],
  ['cross-repo reference', /[\w.-]+\/[\w.-]+[#@]\w/],
  ['user@sha', /\w@[0-9a-f]{7}/i],
  ['commit SHA', /(?<![0-9a-z])[0-9a-f]{7,40}(?![0-9a-z])/i],
  ['emoji shortcode', /:[a-z0-9_+-]+:/i],
  ['bare URL', /(?:https?|ftp):\/\/|(?:mailto|xmpp):\w|www\./i],
  // Any invisible or reordering character but the zero-width space we insert ourselves.
  ['invisible character', /(?![\t\n\r\u200B])[\p{Cc}\p{Cf}]/u],
];

const decode = (text: string): string =>
  text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Everything GitHub would make live in this markdown, each as `kind: text`. */
export function liveFindings(markdown: string, allowedHrefs: (href: string) => boolean = () => false): string[] {
  const found: string[] = [];
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(markdown)) found.push('lone surrogate');
  const html = renderGitHub(markdown);
  const open: string[] = [];
  for (const token of html.split(/(<[^>]*>)/)) {
    const tag = /^<(\/?)([a-z][a-z0-9-]*)([^>]*)>$/i.exec(token);
    if (tag) {
      const [, closing, name = '', attrs = ''] = tag;
      const lower = name.toLowerCase();
      if (!OUR_ELEMENTS.has(lower) && !OUR_ELEMENTS_TOO.has(lower)) found.push(`element: ${token}`);
      if (lower === 'a' && !closing && !allowedHrefs(decode(/href="([^"]*)"/.exec(attrs)?.[1] ?? ''))) found.push(`link: ${token}`);
      if (/\son\w+=|style=|src=/i.test(attrs)) found.push(`attribute: ${token}`);
      if (closing) open.splice(open.lastIndexOf(lower), 1);
      else open.push(lower);
      continue;
    }
    if (token.startsWith('<')) found.push(`markup: ${token}`);
    if (open.some((name) => QUIET.has(name))) continue;
    const text = decode(token);
    for (const [kind, pattern] of LIVE) {
      const match = pattern.exec(text);
      if (match) found.push(`${kind}: ${JSON.stringify(match[0])} in ${JSON.stringify(text.slice(0, 200))}`);
    }
  }
  return found;
}

/** Table lines whose count of cell separators differs from their header's: a row broken by a cell. */
export function brokenTableRows(markdown: string): string[] {
  const broken: string[] = [];
  let columns: number | null = null;
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const marker = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || (marker.startsWith(fence) && line.trim() === marker))) fence = fence === null ? marker : null;
    if (fence !== null || !line.startsWith('|')) {
      columns = null;
      continue;
    }
    const pipes = line.replace(/\\./g, '').split('|').length;
    columns ??= pipes;
    if (pipes !== columns) broken.push(line);
  }
  return broken;
}
