// The README, action.yml, package.json and the lockfile say the same things a newcomer relies on.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseInputs } from '../../src/inputs/inputs.ts';
import { BUDGET_NAMES } from '../../src/inputs/budgets.ts';
import { budgetFields } from '../../src/providers/index.ts';
import { WARNABLE } from '../../src/rules/warn-on.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const readme = read('README.md');
const actionYml = read('action.yml');
const pkg = JSON.parse(read('package.json')) as { name: string; bin: Record<string, string>; engines: { node: string } };
const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { engines?: { node?: string } }> };

/** Each input of action.yml and whether it says it is required. */
function required(): Map<string, boolean> {
  const block = actionYml.slice(actionYml.indexOf('\ninputs:'), actionYml.indexOf('\noutputs:'));
  return new Map(
    Array.from(block.matchAll(/^ {2}([a-z0-9-]+):\n((?: {4}.*\n)+)/gm), (m) => [m[1] ?? '', /^ {4}required: true$/m.test(m[2] ?? '')]),
  );
}

type Version = [number, number, number];
const versionOf = (text: string): Version => {
  const [major = 0, minor = 0, patch = 0] = text.split('.').map(Number);
  return [major, minor, patch];
};
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Whether a Node version meets an `engines.node` range, for the forms the lockfile holds (>=, <=, ^, bare majors, *, ||). */
function satisfies(version: Version, range: string): boolean {
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .replace(/([<>]=?)\s+/g, '$1')
      .split(/\s+/)
      .every((comparator) => {
        const [, op = '', text = ''] = /^(>=|<=|>|<|\^)?(.*)$/.exec(comparator) ?? [];
        if (text === '*' || text === '') return true;
        const bound = versionOf(text);
        const order = compare(version, bound);
        if (op === '>=') return order >= 0;
        if (op === '<=') return order <= 0;
        if (op === '>') return order > 0;
        if (op === '<') return order < 0;
        if (op === '^') return order >= 0 && version[0] === bound[0];
        // A bare "20" or "20.9": that major (and minor).
        return text.split('.').every((part, i) => Number(part) === version[i]);
      }),
  );
}

describe('the README agrees with action.yml, package.json and the lockfile', () => {
  it('marks as required exactly the inputs action.yml requires', () => {
    for (const [name, isRequired] of required()) {
      const row = new RegExp(`^\\| \`${name}\` \\| (yes|no) \\|`, 'm').exec(readme);
      assert.equal(row?.[1], isRequired ? 'yes' : 'no', name);
    }
    assert.equal(required().get('run-id'), false);
  });

  it('says metric-thresholds takes commas, as the parser does', () => {
    const given: Record<string, string> = {
      provider: 'aegis',
      'api-key': 'k',
      'run-id': '1',
      'metric-thresholds': 'faith: 80, ans_corr: 70',
    };
    assert.equal(parseInputs((name) => given[name] ?? '').metricThresholds.length, 2);
    assert.match(/^\| `metric-thresholds` \|.*$/m.exec(readme)?.[0] ?? '', /comma separated/);
    assert.match(/^ {2}metric-thresholds:\n {4}description: (.*)$/m.exec(actionYml)?.[1] ?? '', /comma separated/);
  });

  it('lists the names warn-on takes, and which vendor measures each budget from which fields, as the code does', () => {
    const row = /^\| `warn-on` \|.*$/m.exec(readme)?.[0] ?? '';
    const listed = row.slice(row.indexOf('do not fail the gate')).match(/`[a-z0-9-]+`/g) ?? [];
    assert.deepEqual(
      listed,
      WARNABLE.map((name) => `\`${name}\``),
    );
    assert.match(/^ {2}warn-on:\n {4}description: (.*)$/m.exec(actionYml)?.[1] ?? '', new RegExp(WARNABLE.join(', ')));
    const section = readme.slice(readme.indexOf('## Budgets and warnings'));
    for (const budget of BUDGET_NAMES) {
      const cells = (new RegExp(`^\\| \`${budget}\` \\| [^|]+ \\|(.*)\\|$`, 'm').exec(section)?.[1] ?? '').split('|').map((c) => c.trim());
      const columns = ['aegis', 'runtype', 'eigenpal'] as const;
      assert.equal(cells.length, columns.length, budget);
      columns.forEach((vendor, i) => assert.equal(cells[i] !== '—', budgetFields(vendor, budget) !== null, `${budget} at ${vendor}`));
      for (const vendor of ['avido', 'humanloop'] as const) assert.equal(budgetFields(vendor, budget), null);
    }
  });

  it('names every package whose engines make npm ci warn EBADENGINE on the oldest Node it supports', () => {
    const oldest = /need only Node\.js (\d+\.\d+) or later/.exec(readme)?.[1];
    assert.ok(oldest, 'the README states the oldest Node for npm ci');
    const paragraph = readme.slice(readme.indexOf(`Node.js ${oldest} or later`), readme.indexOf('harmless'));
    const warned = Object.entries(lock.packages)
      .filter(([, p]) => p.engines?.node && !satisfies(versionOf(oldest), p.engines.node))
      .map(([path]) => path.replace(/^.*node_modules\//, '') || pkg.name);
    assert.ok(warned.includes('eval-gate'));
    for (const name of warned) assert.ok(paragraph.includes(`\`${name}\``), `${name} warns EBADENGINE on Node ${oldest}`);
    assert.match(paragraph, new RegExp(`${['one', 'two', 'three', 'four', 'five'][warned.length - 1]} times|${warned.length} times`));
  });

  it('says the CLI needs the Node of its engines, and never runs it from a clone with the system Node', () => {
    assert.equal(pkg.engines.node, '>=24');
    assert.ok(readme.split('It needs Node 24 or later').length >= 3, 'in Install and in the CLI section');
    assert.doesNotMatch(readme, /(?<!npx )node dist\/cli/);
  });

  it('offers npx eval-gate only as available once the package is published', () => {
    assert.deepEqual(Object.keys(pkg.bin), [pkg.name]);
    const sections = readme.split(/\n(?=## )/).filter((s) => s.includes('npx eval-gate'));
    assert.ok(sections.length >= 2);
    for (const section of sections) assert.match(section, /once the package is published/, section.split('\n')[0]);
  });
});
