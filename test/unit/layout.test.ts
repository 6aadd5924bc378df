// The layout of src/: each stage a folder (CONTRIBUTING.md), a few files at the top, no import cycles.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const TOP_LEVEL = ['cli.ts', 'errors.ts', 'gate.ts', 'index.ts', 'main.ts', 'model.ts', 'numbers.ts'];
const STAGES = ['inputs', 'poll', 'providers', 'report', 'rules', 'start'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The files a module loads when it runs: `import type` and `export type` are erased, so they do not count. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'(\.[^']+)'/gm),
    ...text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g),
  ].map((m) => m[1] ?? '');
  return specifiers.map((s) => resolve(dirname(file), s));
}

/** Every cycle of an import graph, each as the files around it. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next) && graph.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('the layout of src/', () => {
  it('keeps only the entry points and the shared model at the top; every stage is a folder', () => {
    const entries = readdirSync(SRC);
    assert.deepEqual(entries.filter((e) => e.endsWith('.ts')).sort(), TOP_LEVEL);
    assert.deepEqual(entries.filter((e) => statSync(join(SRC, e)).isDirectory()).sort(), STAGES);
  });

  it('has no import cycles', () => {
    const graph = new Map(sourceFiles(SRC).map((f) => [f, runtimeImports(f)]));
    assert.deepEqual(
      cycles(graph).map((cycle) => cycle.map((f) => relative(SRC, f))),
      [],
    );
  });

  it('finds a cycle when there is one, so the check above can fail', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    assert.deepEqual(cycles(graph), [['a', 'b', 'c']]);
    assert.deepEqual(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
      [],
    );
  });
});
