// Our report's markdown as a terminal shows it: parsed as GitHub does
// (CommonMark + GFM), then drawn as text, with tables aligned, markup and
// escapes resolved, hidden markers left out. For the demo, which shows the
// comment and the job summary a pull request gets; only what reports hold.
import type { AlignType, Nodes, PhrasingContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

const SGR = { bold: [1, 22], italic: [3, 23], underline: [4, 24], strike: [9, 29], dim: [2, 22] } as const;
type Style = keyof typeof SGR;
type Paint = (style: Style, text: string) => string;

// eslint-disable-next-line no-control-regex -- the escape sequences we paint with.
const ANSI = /\u001B\[[0-9;]*m/g;
/** Our own link breaks (escape.ts LINK_BREAK): GitHub shows nothing there, and a copied word should not carry them. */
const LINK_BREAK = /\u200B/g;
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\uFE0F\u200B\u200D]$/u;
const WIDE = /^[\p{Emoji_Presentation}\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]$/u;

/** Columns a text takes on a terminal, as wcwidth counts them: emoji and CJK two, marks and selectors none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI, '')) width += ZERO_WIDTH.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
  return width;
}

const pad = (text: string, width: number, align: AlignType | undefined): string => {
  const gap = Math.max(0, width - displayWidth(text));
  if (align === 'right') return `${' '.repeat(gap)}${text}`;
  if (align === 'center') return `${' '.repeat(Math.floor(gap / 2))}${text}${' '.repeat(Math.ceil(gap / 2))}`;
  return `${text}${' '.repeat(gap)}`;
};

function inline(nodes: PhrasingContent[], paint: Paint): string {
  return nodes.map((node) => phrase(node, paint)).join('');
}

function phrase(node: PhrasingContent, paint: Paint): string {
  switch (node.type) {
    case 'text':
      return node.value.replace(LINK_BREAK, '');
    case 'inlineCode':
      return paint('dim', node.value);
    case 'strong':
      return paint('bold', inline(node.children, paint));
    case 'emphasis':
      return paint('italic', inline(node.children, paint));
    case 'delete':
      return paint('strike', inline(node.children, paint));
    case 'link':
      return paint('underline', inline(node.children, paint));
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    default:
      // Inline HTML and references: reports write none; a tag shows nothing.
      return '';
  }
}

function table(node: Table, paint: Paint): string {
  const rows = node.children.map((row) => row.children.map((cell) => inline(cell.children, paint)));
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((row) => displayWidth(row[i] ?? ''))));
  const line = (cells: string[]) => cells.map((cell, i) => pad(cell, widths[i] ?? 0, node.align?.[i])).join(' │ ');
  const [head = [], ...body] = rows;
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  return [line(head.map((cell) => paint('bold', cell))), rule, ...body.map(line)].join('\n').replace(/ +$/gm, '');
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Our HTML: the hidden marker and <details> show nothing, a <summary> its text (escape.ts escapeHtml, undone). */
function html(value: string): string {
  return value
    .split('\n')
    .flatMap((line) => {
      const summary = /^\s*<summary>(.*)<\/summary>\s*$/.exec(line)?.[1];
      return summary === undefined
        ? []
        : [`▸ ${summary.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e).replace(LINK_BREAK, '')}`];
    })
    .join('\n');
}

const indent = (text: string, first: string, rest: string): string =>
  text
    .split('\n')
    .map((line, i) => `${i === 0 ? first : rest}${line}`)
    .join('\n');

function block(node: Nodes, paint: Paint): string {
  switch (node.type) {
    case 'root':
    case 'listItem':
      return node.children
        .map((child) => block(child, paint))
        .filter(Boolean)
        .join('\n\n');
    case 'heading': {
      const text = inline(node.children, paint);
      return `${paint('bold', text)}\n${(node.depth <= 2 ? '═' : '─').repeat(displayWidth(text))}`;
    }
    case 'paragraph':
      return inline(node.children, paint);
    case 'table':
      return table(node, paint);
    case 'blockquote':
      return indent(block({ type: 'root', children: node.children }, paint), '│ ', '│ ');
    case 'list':
      return node.children.map((item) => indent(block(item, paint), '• ', '  ')).join('\n');
    case 'code':
      return indent(paint('dim', node.value), '    ', '    ');
    case 'html':
      return html(node.value);
    case 'thematicBreak':
      return '─'.repeat(40);
    default:
      return 'children' in node ? inline(node.children as PhrasingContent[], paint) : '';
  }
}

/** Markdown drawn for a terminal; `colour` adds bold, italic and underline (never on a pipe, never with NO_COLOR). */
export function terminalMarkdown(markdown: string, options: { colour: boolean }): string {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const paint: Paint = options.colour ? (style, text) => `\u001B[${SGR[style][0]}m${text}\u001B[${SGR[style][1]}m` : (_, text) => text;
  return block(tree, paint).replace(/\n{3,}/g, '\n\n');
}
