import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordsSection } from '../../src/report/records.ts';
import { gateRun } from '../helpers/runs.ts';
import { foreignHtml, nodesOf, parseGfm } from '../helpers/markdown.ts';

const failure = (i: number) => ({ name: `record ${i}`, metric: 'faith', score: 10, threshold: 70, message: 'x'.repeat(200), prompt: 'p' });

describe('the failing records section', () => {
  it('folds the first records into a table and counts the rest', () => {
    const run = gateRun({ failures: Array.from({ length: 60 }, (_, i) => failure(i)), failureCount: 900 });
    const section = recordsSection(run, 60_000) ?? '';
    assert.match(
      section,
      /^<details>\n<summary>Failing records of run 991: 900 \(first 50 shown, 850 more on the vendor's run page\)<\/summary>/,
    );
    assert.equal((nodesOf(parseGfm(section), 'tableRow') as unknown[]).length, 51);
    assert.deepEqual(foreignHtml(section), []);
  });

  it('adds rows only while they fit the budget', () => {
    const run = gateRun({ failures: Array.from({ length: 60 }, (_, i) => failure(i)), failureCount: 60 });
    const section = recordsSection(run, 3000) ?? '';
    assert.ok(section.length <= 3000, String(section.length));
    assert.match(section, /first \d+ shown, \d+ more/);
  });

  it('says so in one line when no row fits, or the vendor lists none', () => {
    const tight = recordsSection(gateRun({ failures: [failure(1)], failureCount: 1 }), 300);
    assert.match(tight ?? '', /Failing records of run 991: 1, left out to keep this report under GitHub's size limit/);
    const unlisted = recordsSection(gateRun({ failures: [], failureCount: 2 }), 60_000);
    assert.match(unlisted ?? '', /2, the vendor's answer does not list them/);
    assert.equal(recordsSection(gateRun({ failureCount: 0 }), 60_000), null);
    assert.equal(recordsSection(gateRun({ failures: [failure(1)], failureCount: 1 }), 20), null);
  });
});
