import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayWidth, terminalMarkdown } from '../../scripts/terminal-markdown.ts';
import { renderReport } from '../../src/report/render.ts';
import { decideGate } from '../../src/rules/rules.ts';
import { renderGitHub } from '../helpers/github-render.ts';
import { gateRun, noRules } from '../helpers/runs.ts';

const ESC = '\u001B';

/** Vendor text that markdown would take for markup, escaped by the renderer, to be read plainly again. */
const VENDOR = 'gpt-4o <b> & a|b *x* _y_ \\ `c` #12 @team';

function reports(): string[] {
  const failing = gateRun({
    vendorPassed: false,
    score: 61.5,
    details: [{ label: 'Model', value: VENDOR }],
    metrics: [
      { name: 'faith', score: 71, threshold: 70, passed: true },
      { name: 'ans_corr', score: 52, threshold: 70, passed: false },
    ],
    failures: [{ name: 'record 0', metric: 'ans_corr', score: 40, threshold: 70, message: VENDOR, prompt: 'Cancel my order' }],
    failureCount: 1,
    sampleRank: 0.01,
  });
  return [
    renderReport(decideGate([gateRun()], noRules), { name: null, sampleRate: 0 }),
    `<!-- eval-gate:aegis/CI/evals -->\n${renderReport(decideGate([failing, gateRun({ runId: '992' })], { ...noRules, sampleRate: 0.1 }), { name: VENDOR, sampleRate: 0.1 })}`,
  ];
}

/** The words a reader sees on GitHub: cmark-gfm's HTML (GitHub's renderer), its tags and comments dropped (inline ones join their text), entities read. */
function githubWords(markdown: string): string[] {
  const text = renderGitHub(markdown)
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?(?:strong|em|code|a|del)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return text
    .replace(/\u200B/g, '')
    .split(/\s+/)
    .filter(Boolean);
}

/** The words on the terminal, without the rules and borders the terminal draws in place of HTML. */
const terminalWords = (text: string): string[] =>
  text
    .split(/\s+/)
    .filter((word) => word && !/^[═─│┼▸•]+$/.test(word))
    .map((word) => word.replace(/^▸/, ''));

describe('markdown drawn for a terminal (the demo)', () => {
  it('shows the words GitHub shows, in the same order: no markup, no escapes, no entities, no hidden marker', () => {
    for (const markdown of reports()) {
      const drawn = terminalMarkdown(markdown, { colour: false });
      assert.deepEqual(terminalWords(drawn), githubWords(markdown));
      assert.doesNotMatch(drawn, /\*\*|\\[-_*|()<>#]|&lt;|&amp;|eval-gate:aegis|<details>|\u200B/);
      assert.ok(!drawn.includes(ESC));
    }
    assert.ok(terminalMarkdown(reports()[1] ?? '', { colour: false }).includes(VENDOR), 'vendor text reads as the vendor wrote it');
  });

  it('aligns every table: each row puts its column borders at the same columns, emoji counted two wide', () => {
    const drawn = terminalMarkdown(reports()[1] ?? '', { colour: false });
    const tables = drawn.split('\n\n').filter((block) => block.includes(' │ '));
    assert.ok(tables.length >= 3, `${tables.length} tables`);
    for (const table of tables) {
      const borders = table
        .split('\n')
        .map((line) => [...line.matchAll(/[│┼]/g)].map((m) => displayWidth(line.slice(0, m.index))).join(','));
      assert.equal(new Set(borders).size, 1, table);
    }
  });

  it('counts columns as a terminal does', () => {
    assert.equal(displayWidth('✅ pass'), 7);
    assert.equal(displayWidth('⚠️ error'), 7);
    assert.equal(displayWidth('a\u200Bb'), 2);
    assert.equal(displayWidth(`${ESC}[1mbold${ESC}[22m`), 4);
  });

  it('paints only when asked: bold headings and emphasis in colour, plain text otherwise', () => {
    const markdown = reports()[0] ?? '';
    assert.match(terminalMarkdown(markdown, { colour: true }), new RegExp(`${ESC}\\[1m✅ Evals passed${ESC}\\[22m`));
    assert.ok(!terminalMarkdown(markdown, { colour: false }).includes(ESC));
  });
});
