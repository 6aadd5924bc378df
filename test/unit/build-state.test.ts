import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildNeeded, recordBuild } from '../../scripts/build-state.ts';

const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A small project laid out like this one: build inputs and a dist/ built from them. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'eval-gate-build-state-'));
  roots.push(root);
  const all: Record<string, string> = {
    'package.json': '{"name":"x"}',
    'package-lock.json': '{}',
    'tsconfig.json': '{}',
    'src/index.ts': 'export {};',
    'dist/index.js': 'built',
    'dist/cli/index.js': 'built',
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const git = (root: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root, stdio: 'ignore' });

/** A clone's checkout: every file written anew, sources after dist/ as often as not. */
function touchSources(root: string): void {
  const later = new Date(Date.now() + 60_000);
  for (const path of ['src/index.ts', 'package-lock.json']) utimesSync(join(root, path), later, later);
}

describe('whether the demo must build dist/', () => {
  it('uses dist/ as committed on a fresh clone, whatever the timestamps say', () => {
    const root = project({});
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'built');
    touchSources(root);
    assert.equal(buildNeeded(root), null);
  });

  it('builds when a build input differs from what dist/ was built from, naming it', () => {
    const root = project({});
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'built');
    writeFileSync(join(root, 'src/index.ts'), 'export const changed = 1;');
    assert.match(buildNeeded(root) ?? '', /src\/index\.ts/);
  });

  it('after a build it records, decides from content: a touched file needs none, a changed one or a changed dist/ does', () => {
    const root = project({});
    assert.match(buildNeeded(root) ?? '', /./, 'no record and no git: build');
    recordBuild(root);
    touchSources(root);
    assert.equal(buildNeeded(root), null);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
    assert.match(buildNeeded(root) ?? '', /package-lock\.json/);
    recordBuild(root);
    assert.equal(buildNeeded(root), null);
    writeFileSync(join(root, 'dist/cli/index.js'), 'edited by hand');
    assert.match(buildNeeded(root) ?? '', /dist\//);
  });

  it('after a pull that brings new sources with their dist/, uses dist/ as committed', () => {
    const root = project({});
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'built');
    recordBuild(root);
    writeFileSync(join(root, 'src/index.ts'), 'export const pulled = 1;');
    writeFileSync(join(root, 'dist/index.js'), 'built from the pulled sources');
    git(root, 'commit', '-qam', 'pulled');
    assert.equal(buildNeeded(root), null);
  });

  it('builds when dist/ is missing', () => {
    const root = project({});
    rmSync(join(root, 'dist'), { recursive: true });
    assert.match(buildNeeded(root) ?? '', /dist\/ is not built/);
  });
});
