import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { INPUT_DEFAULTS } from '../../src/inputs/inputs.ts';

const actionYml = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** Each input of action.yml with its default, read from the block under `inputs:`. */
function actionInputs(): Map<string, string> {
  const block = actionYml.slice(actionYml.indexOf('\ninputs:'), actionYml.indexOf('\noutputs:'));
  const inputs = new Map<string, string>();
  for (const match of block.matchAll(/^ {2}([a-z0-9-]+):\n((?: {4}.*\n)+)/gm)) {
    const fallback = /^ {4}default: (.*)$/m.exec(match[2] ?? '')?.[1] ?? '';
    inputs.set(match[1] ?? '', fallback.replace(/^'(.*)'$/, '$1'));
  }
  return inputs;
}

describe('action.yml', () => {
  it('declares every input the code reads, with the same defaults', () => {
    const declared = actionInputs();
    assert.deepEqual([...declared.keys()].sort(), Object.keys(INPUT_DEFAULTS).sort());
    for (const [name, fallback] of Object.entries(INPUT_DEFAULTS)) {
      // eslint-disable-next-line no-template-curly-in-string -- this is the workflow expression action.yml must hold.
      if (name === 'github-token') assert.equal(declared.get(name), '${{ github.token }}');
      else assert.equal(declared.get(name), fallback, `default of ${name}`);
    }
  });

  it('runs on node24 from dist/index.js', () => {
    assert.match(actionYml, /^runs:\n {2}using: node24\n {2}main: dist\/index\.js$/m);
  });

  it('gives each input the same default in the README as in action.yml', () => {
    for (const [name, fallback] of actionInputs()) {
      const row = new RegExp(`^\\| \`${name}\` \\| (yes|no) \\|([^|]*)\\|`, 'm').exec(readme);
      assert.ok(row, `${name} has no row`);
      const shown = (row[2] ?? '').trim();
      if (fallback === '') assert.ok(shown === '' || /^the /.test(shown), `${name}: README shows ${shown}`);
      else assert.equal(shown, `\`${fallback}\``, name);
    }
  });

  it('has a description for the Marketplace under 125 characters, and branding', () => {
    const description = /^description: '(.*)'$/m.exec(actionYml)?.[1] ?? '';
    assert.ok(description.length > 20 && description.length < 125, `${description.length} characters`);
    assert.match(actionYml, /^branding:\n {2}icon: '[a-z-]+'\n {2}color: '[a-z]+'$/m);
  });

  it('has every input and output in the README tables', () => {
    const outputs = actionYml.slice(actionYml.indexOf('\noutputs:'), actionYml.indexOf('\nruns:'));
    for (const name of [...actionInputs().keys(), ...Array.from(outputs.matchAll(/^ {2}([a-z0-9-]+):$/gm), (m) => m[1])]) {
      assert.match(readme, new RegExp(`^\\| \`${name}\` \\|`, 'm'), `${name} missing from the README`);
    }
  });
});
