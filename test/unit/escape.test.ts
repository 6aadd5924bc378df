import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { onKnownHost } from '../../src/inputs/base-url.ts';
import { codeBlock, escapeHtml, escapeInline, escapeStatus, safeLink, truncate, visible } from '../../src/report/escape.ts';
import { liveFindings } from '../helpers/github-render.ts';
import { table } from '../../src/report/table.ts';
import { nodesOf, parseGfm } from '../helpers/markdown.ts';

const ZWSP = /\u200B/g;
const TRICKY = [
  '<',
  '>',
  '&',
  '"',
  "'",
  '@',
  '#',
  '`',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '!',
  '|',
  '~',
  '\\',
  ':',
  '/',
  '.',
  '-',
  '+',
  '=',
  '$',
  '^',
  '{',
  '}',
];
const WORDS = [
  'w',
  'www',
  'http',
  'https',
  'a',
  'x',
  '1',
  '12',
  'img',
  'script',
  'someone',
  'é',
  '😀',
  ' ',
  '\n',
  '\t',
  '<!--',
  '-->',
  'eval-gate',
  'src=x',
  'mailto',
  'https://',
  'http://',
  'www.',
  '.com',
  'evil.example',
  'ftp://',
  'xmpp:',
];
const nasty = fc.oneof(
  fc.string(),
  fc.array(fc.constantFrom(...TRICKY, ...WORDS), { maxLength: 40 }).map((parts) => parts.join('')),
);

/** Every node type that would mean vendor text became markup rather than text. */
const FORBIDDEN = [
  'html',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'code',
  'footnoteReference',
  'inlineMath',
  'math',
  'heading',
  'list',
  'blockquote',
  'table',
  'thematicBreak',
  'break',
  'definition',
];

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
}

const normalise = (text: string) => visible(text).replace(/\s+/g, ' ').trim();

describe('escapeInline', () => {
  it('property: renders as exactly the same text, and as nothing but text', () => {
    fc.assert(
      fc.property(nasty, (input) => {
        const tree = parseGfm(`Reason: ${escapeInline(input, 10_000)}`);
        for (const type of FORBIDDEN) assert.deepEqual(nodesOf(tree, type), [], `${type} from ${JSON.stringify(input)}`);
        assert.equal(textOf(tree).replace(ZWSP, ''), `Reason: ${normalise(input)}`.trim());
      }),
      { numRuns: 500 },
    );
  });

  it('property: mentions and references cannot notify or link anyone', () => {
    fc.assert(
      fc.property(nasty, (input) => {
        const text = textOf(parseGfm(`x ${escapeInline(input, 10_000)}`));
        assert.doesNotMatch(text, /@[\w-]/);
        assert.doesNotMatch(text, /#\d/);
      }),
      { numRuns: 500 },
    );
  });

  it('property: keeps a table row to its cells', () => {
    fc.assert(
      fc.property(fc.array(nasty, { minLength: 3, maxLength: 3 }), (cells) => {
        const tree = parseGfm(table(['a', 'b', 'c'], [cells.map((c) => escapeInline(c, 10_000))]));
        const rows = nodesOf(tree, 'tableRow');
        assert.equal(rows.length, 2);
        for (const row of rows) assert.equal((row as { children: unknown[] }).children.length, 3);
      }),
      { numRuns: 300 },
    );
  });

  it('defuses the known injections', () => {
    const cases = [
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '@someone',
      '#12',
      'acme/widgets#12',
      '```',
      '| a | b |',
      '![x](https://evil.example/p.png)',
      '[click](https://evil.example)',
      'https://evil.example',
      'www.evil.example',
      '<!-- eval-gate:aegis/CI/evals -->',
      'x@evil.example',
    ];
    for (const input of cases) {
      const tree = parseGfm(`x ${escapeInline(input)}`);
      for (const type of FORBIDDEN) assert.deepEqual(nodesOf(tree, type), [], `${type} from ${input}`);
    }
  });

  it('cuts long text visibly', () => {
    assert.equal(escapeInline('abcdefghij', 5), 'abcd…');
  });
});

describe('codeBlock', () => {
  it('property: one code block holding the text, whatever backticks it has', () => {
    fc.assert(
      fc.property(nasty, (input) => {
        const tree = parseGfm(`${codeBlock(input, 10_000)}\n\nafter`);
        const code = nodesOf(tree, 'code');
        assert.equal(code.length, 1);
        assert.equal((code[0] as { value: string }).value, visible(input).replace(/\r\n?/g, '\n'));
        assert.equal(nodesOf(tree, 'html').length, 0);
        assert.equal(textOf(tree), 'after');
      }),
      { numRuns: 300 },
    );
  });
});

describe('safeLink', () => {
  it('links only http(s) URLs, and cannot be broken out of', () => {
    assert.equal(safeLink('run', 'javascript:alert(1)'), 'run');
    assert.equal(safeLink('run', null), 'run');
    const link = nodesOf(parseGfm(`x ${safeLink('run', 'https://app.example.com/a)b"<c> d')}`), 'link');
    assert.equal(link.length, 1);
    assert.equal((link[0] as { url: string }).url, 'https://app.example.com/a%29b%22%3Cc%3E%20d');
  });
});

describe('the escapes, as GitHub renders and post-processes them', () => {
  const LEAKS = [
    'GH-1',
    'gh-12',
    '#1',
    'acme/widgets#1',
    'acme/widgets@deadbeef',
    'deadbeefcafe',
    '1234567',
    '@octocat',
    '@acme/team',
    ':shipit:',
    'JIRA-7',
  ];

  it('no reference, SHA, mention or emoji shortcode stays live, inline or in our <summary>', () => {
    for (const text of LEAKS) {
      assert.deepEqual(liveFindings(`x ${escapeInline(text)}`), [], text);
      assert.deepEqual(liveFindings(`<details>\n<summary>x ${escapeHtml(text)}</summary>\n\ny\n\n</details>`), [], text);
    }
  });

  it('spells out bidi and invisible characters, and replaces lone surrogates', () => {
    assert.equal(visible('a\u202Eb\u200Bc\uD800d\uDC00'), 'a[U+202E]b[U+200B]c\uFFFDd\uFFFD');
    assert.deepEqual(liveFindings(`x ${escapeInline('a\u202Eb\u200Bc\uD800')}`), []);
    assert.equal(escapeStatus('eval-gate / a\u2066b\n😀😀😀', 16), 'eval-gate / a[U…');
    assert.equal(truncate('😀😀😀', 2), '😀…');
  });

  it('property: cuts at code points as splitting the whole text would, and says so', () => {
    const byPoints = (text: string, max: number) => {
      const points = Array.from(text);
      return points.length <= max ? text : `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
    };
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '😀', '\uD800', '\uDC00', ' '), maxLength: 40 });
    fc.assert(fc.property(text, fc.integer({ min: 0, max: 45 }), (t, max) => truncate(t, max) === byPoints(t, max)));
  });

  it('keeps <summary> text on one line, so a blank line cannot end our HTML block', () => {
    const summary = escapeHtml('a\n\n# heading\n\n<b>x</b>');
    assert.equal(summary, 'a \\# heading &lt;b&gt;x&lt;/b&gt;'.replace('\\#', `#${'\u200B'}`));
  });

  it('says in place when a code block is cut', () => {
    assert.match(codeBlock('x'.repeat(50), 10), /_Cut to 10 characters; the JSON report has the whole text._$/);
  });

  it('takes a link only on a host eval-gate knows, over https', () => {
    const hosts = ['app.humanloop.com'];
    assert.equal(onKnownHost('https://app.humanloop.com/runs/1', hosts), 'https://app.humanloop.com/runs/1');
    assert.equal(onKnownHost('https://evil.example/runs/1', hosts), null);
    assert.equal(onKnownHost('http://app.humanloop.com/runs/1', hosts), null);
    assert.equal(onKnownHost('https://app.humanloop.com.evil.example/', hosts), null);
    assert.equal(onKnownHost('https://user@app.humanloop.com/', hosts), null);
    assert.equal(onKnownHost('not a url', hosts), null);
  });
});
