import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { wantsColour } from '../../src/report/terminal.ts';
import { renderText } from '../../src/report/text-report.ts';
import { decideGate } from '../../src/rules/rules.ts';
import { hostileString } from '../helpers/hostile.ts';
import { formattedLines, runnerCommands } from '../helpers/runner-commands.ts';
import { gateRun, noRules } from '../helpers/runs.ts';

const ESC = '\u001B';
const options = { name: null, sampleRate: 0, colour: false };

describe('the text report', () => {
  it('prints vendor text as it reads, without markdown escapes or entities', () => {
    const run = gateRun({ details: [{ label: 'Model', value: 'gpt-4o <b> & a|b *x* _y_' }], vendorPassed: false, score: 61.5 });
    const text = renderText(decideGate([run], noRules), options);
    assert.match(text, /^✖ Evals failed\nWhy: the vendor reports a fail \(score 61\.5, its threshold 70\)\n/);
    assert.match(text, /· Model: gpt-4o <b> & a\|b \*x\* _y_$/m);
    assert.doesNotMatch(text, /\\|&lt;|&amp;/);
    assert.ok(!text.includes(ESC));
  });

  it('property: whatever the vendor says, no line is a workflow command or formatted as one, and no terminal escape gets through', () => {
    fc.assert(
      fc.property(hostileString, hostileString, hostileString, (label, value, message) => {
        const run = gateRun({
          runId: label,
          status: 'failed',
          vendorError: message,
          details: [{ label, value }],
          metrics: [{ name: label, score: 1, threshold: 2, passed: false }],
          failures: [{ name: label, metric: value, score: 1, threshold: 2, message, prompt: null }],
          failureCount: 1,
        });
        const text = renderText(decideGate([run], noRules), { ...options, name: value });
        assert.deepEqual(runnerCommands(text), []);
        assert.deepEqual(formattedLines(text), []);
        assert.ok(!text.includes(ESC));
      }),
    );
  });

  it('colours only for a terminal, never with NO_COLOR', () => {
    assert.equal(wantsColour(true, {}), true);
    assert.equal(wantsColour(false, {}), false);
    assert.equal(wantsColour(true, { NO_COLOR: '1' }), false);
    const gate = decideGate([gateRun()], noRules);
    assert.ok(renderText(gate, { ...options, colour: true }).startsWith(`${ESC}[32m✔ Evals passed${ESC}[39m`));
    assert.ok(!renderText(gate, options).includes(ESC));
  });
});
