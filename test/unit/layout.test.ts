// The layout of src/: each stage a folder (CONTRIBUTING.md), a few files at the top, no import cycles
// (type-only imports included), and dependencies pointing one way: a stage never imports a later stage.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const TOP_LEVEL = ['cli.ts', 'errors.ts', 'gate.ts', 'index.ts', 'main.ts', 'model.ts', 'numbers.ts', 'redact.ts'];
const STAGES = ['inputs', 'poll', 'providers', 'report', 'review', 'rules', 'start'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** One relative import of a module: the file it names, and whether it is erased at build (`import type`). */
interface Import {
  readonly to: string;
  readonly typeOnly: boolean;
}

/** Every relative import, `import type`, `export … from` and `import()` included: a type-only edge is still a dependency. */
function imports(file: string, text = readFileSync(file, 'utf8')): Import[] {
  const statements = [...text.matchAll(/^(?:import|export)\s+(type\s)?(?:[^'";]*?\sfrom\s+)?'(\.[^']+)'/gm)];
  const dynamic = [...text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)];
  return [
    ...statements.map((m) => ({ to: resolve(dirname(file), m[2] ?? ''), typeOnly: m[1] !== undefined })),
    ...dynamic.map((m) => ({ to: resolve(dirname(file), m[1] ?? ''), typeOnly: false })),
  ];
}

/**
 * The stages in the order a gate runs them (README, Development). A stage may import an earlier
 * stage or the shared leaves (errors.ts, model.ts, numbers.ts), never a later stage or an entry point.
 */
const STAGE_ORDER = ['inputs', 'poll', 'start', 'providers', 'rules', 'review', 'report'];
const SHARED = ['errors.ts', 'model.ts', 'numbers.ts', 'redact.ts'];

/**
 * The one allowed exception, and why: `poll/` and `start/` drive an adapter through the `Provider`
 * interface. The caller (gate.ts) hands them the adapter, so they import its type only, erased at build;
 * no adapter code is loaded by poll/ or start/.
 */
const ALLOWED_BACKWARD = [{ from: /^(poll|start)\//, to: 'providers/types.ts', typeOnly: true }];

/** Each import that points against the stages' order, as `from -> to`. */
function backwardImports(graph: ReadonlyMap<string, readonly Import[]>): string[] {
  const found: string[] = [];
  for (const [file, edges] of graph) {
    const from = relative(SRC, file);
    const fromStage = STAGE_ORDER.indexOf(from.split('/')[0] ?? '');
    if (fromStage < 0) continue; // an entry point at the top may import anything
    for (const edge of edges) {
      const to = relative(SRC, edge.to);
      const top = to.split('/')[0] ?? '';
      const toStage = STAGE_ORDER.indexOf(top);
      const later = toStage > fromStage || (toStage < 0 && !SHARED.includes(top));
      const allowed = ALLOWED_BACKWARD.some((a) => a.from.test(from) && a.to === to && (edge.typeOnly || !a.typeOnly));
      if (later && !allowed) found.push(`${from} -> ${to}`);
    }
  }
  return found;
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

  it('has no import cycles, type-only imports included', () => {
    const graph = new Map(sourceFiles(SRC).map((f) => [f, imports(f).map((i) => i.to)]));
    assert.deepEqual(
      cycles(graph).map((cycle) => cycle.map((f) => relative(SRC, f))),
      [],
    );
  });

  it('never imports a later stage: inputs, poll, start, providers, rules, report', () => {
    const graph = new Map(sourceFiles(SRC).map((f) => [f, imports(f)]));
    assert.deepEqual(backwardImports(graph), []);
  });

  it('finds a backward import when there is one, so the check above can fail', () => {
    const at = (path: string) => join(SRC, path);
    const graph = new Map([
      [
        at('rules/checks.ts'),
        [
          { to: at('report/numbers.ts'), typeOnly: true },
          { to: at('model.ts'), typeOnly: false },
        ],
      ],
      [
        at('report/github/to-github.ts'),
        [
          { to: at('gate.ts'), typeOnly: false },
          { to: at('rules/rules.ts'), typeOnly: true },
        ],
      ],
      [at('poll/observe.ts'), [{ to: at('providers/types.ts'), typeOnly: true }]],
      [at('start/create-runs.ts'), [{ to: at('providers/types.ts'), typeOnly: false }]],
      [at('gate.ts'), [{ to: at('report/publish.ts'), typeOnly: false }]],
    ]);
    assert.deepEqual(backwardImports(graph), [
      'rules/checks.ts -> report/numbers.ts',
      'report/github/to-github.ts -> gate.ts',
      'start/create-runs.ts -> providers/types.ts',
    ]);
  });

  it('reads type-only imports, re-exports and import() as imports', () => {
    const text = [
      "import type { A } from './a.ts';",
      "import { type B, c } from './b.ts';",
      "export type { D } from './d.ts';",
      "export { e } from './e.ts';",
      "const f = await import('./f.ts');",
      "import { g } from 'node:fs';",
    ].join('\n');
    assert.deepEqual(imports('/x/m.ts', text), [
      { to: '/x/a.ts', typeOnly: true },
      { to: '/x/b.ts', typeOnly: false },
      { to: '/x/d.ts', typeOnly: true },
      { to: '/x/e.ts', typeOnly: false },
      { to: '/x/f.ts', typeOnly: false },
    ]);
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
