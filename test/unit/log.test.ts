import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { logUntrusted } from '../../src/report/log.ts';
import { formattedLines, runnerCommands } from '../helpers/runner-commands.ts';

const COMMANDS = [
  '::error file=a.ts,line=1::boom',
  '::add-mask::secret',
  '::set-output name=passed::true',
  '::stop-commands::x',
  '##[error]x',
  '##[stop-commands]t',
  '##[set-output name=passed;]true',
  '##[group]g',
  'std::vector',
  '::',
  '##[',
  ']',
];
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...COMMANDS, '\n', '\r', '\r\n', ' ', '\t', 'x', '\u202E', '\u200B', '\uD800'), fc.string()), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

function logged(text: string): string {
  const lines: string[] = [];
  logUntrusted((line) => lines.push(line), text);
  return lines.join('\n');
}

describe('logUntrusted', () => {
  it('the emulated runner does run these commands when written raw', () => {
    assert.deepEqual(runnerCommands('::add-mask::x\nsee ##[error]y\r::warning::z'), ['add-mask', 'error', 'warning']);
  });

  it('property: no workflow command runs and no line is formatted as one, whatever the text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const output = logged(text);
        assert.deepEqual(runnerCommands(output), [], JSON.stringify(text));
        assert.deepEqual(formattedLines(output), [], JSON.stringify(text));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps honest `::` verbatim, and spells out bidi characters and lone surrogates', () => {
    assert.match(logged('Error::Timeout in std::vector'), /^::stop-commands::[\w-]+\nError::Timeout in std::vector\n::[\w-]+::$/);
    assert.equal(logged('a\u202Eb \uD800'), 'a[U+202E]b \uFFFD');
  });
});
