import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/** Parses as GitHub does (CommonMark + GFM), so tests judge the tree, not the text. */
export function parseGfm(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

export function nodesOf(tree: Nodes, type: string): Nodes[] {
  const found: Nodes[] = [];
  const walk = (node: Nodes) => {
    if (node.type === type) found.push(node);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return found;
}

/** The HTML we write ourselves; anything else in a report came from vendor text. */
export const OUR_HTML =
  /^(<!-- eval-gate(?:-run|-trend|-review|-decision)?:[^>]*-->|<!-- \/?eval-gate-decision-block -->|<details>|<\/details>|<summary>[^<]*<\/summary>)$/;

export function foreignHtml(markdown: string): string[] {
  return nodesOf(parseGfm(markdown), 'html')
    .map((n) => (n as { value: string }).value)
    .flatMap((v) => v.split('\n'))
    .filter((line) => line.trim() !== '' && !OUR_HTML.test(line.trim()));
}

/** Text as a reader sees it (code blocks included), for checking what a report says. */
export function visibleText(markdown: string): string {
  const parts: string[] = [];
  const walk = (node: Nodes) => {
    if ('value' in node && node.type !== 'html') parts.push(String(node.value));
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(parseGfm(markdown));
  return parts.join(' ');
}
