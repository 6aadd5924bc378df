// The vendor table (src/providers/index.ts) is the one list of vendors: everything that names them derives from it or is held to it here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { TIMELINES } from '../../sim/timelines.ts';
import { helpText } from '../../src/inputs/cli-flags.ts';
import { InputError } from '../../src/errors.ts';
import { parseInputs } from '../../src/inputs/inputs.ts';
import { PROVIDER_NAMES, providerFor, providerLabel, providerList } from '../../src/providers/index.ts';

const actionYml = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the vendor table', () => {
  it('gives each adapter its name and label', async () => {
    for (const name of PROVIDER_NAMES) {
      const provider = await providerFor(name);
      assert.equal(provider.name, name);
      assert.equal(provider.label, providerLabel(name));
      assert.ok(provider.label.length > 0);
    }
  });

  it('lists every vendor in the CLI help and in the error for an unknown provider', () => {
    assert.match(helpText(), new RegExp(`--provider NAME +${providerList()} \\(required\\)`));
    assert.throws(
      () => parseInputs((name) => (name === 'provider' ? 'braintrust' : '')),
      (error: unknown) => error instanceof InputError && PROVIDER_NAMES.every((n) => error.message.includes(n)),
    );
  });

  it('is what action.yml and the README list, so a new row shows where it is missing', () => {
    assert.match(actionYml, new RegExp(`^ {4}description: 'The eval vendor: ${providerList()}\\.( [^']*)?'$`, 'm'));
    for (const name of PROVIDER_NAMES) {
      assert.match(readme, new RegExp(`^\\| \`${name}\` \\| \`https://`, 'm'), `${name} has a row in the README's vendor table`);
      assert.match(readme, new RegExp(`^\\*\\*\\[${providerLabel(name)}\\]\\(`, 'm'), `${name} has a paragraph in the README`);
      assert.ok(TIMELINES[name].passed(), `${name} has a simulator timeline`);
    }
  });
});
