// npm run build: dist/ as committed. One @vercel/ncc bundle serves both entry
// points, so the action and the CLI share every chunk:
//   dist/index.js      the action (action.yml `main`), from src/index.ts;
//   dist/cli/index.js  the CLI (package.json `bin`): a stub written here that
//                      sets the CLI flag src/index.ts reads, then runs the same bundle.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { recordBuild } from './build-state.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const ncc = fileURLToPath(new URL('../node_modules/.bin/ncc', import.meta.url));

const CLI_STUB = `#!/usr/bin/env node
// The eval-gate CLI: the action's bundle (../index.js), told to run src/cli.ts. Written by scripts/build.ts.
globalThis[Symbol.for('eval-gate.cli')] = true;
await import('../index.js');
`;

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
execFileSync(ncc, ['build', 'src/index.ts', '-o', 'dist', '--license', 'licenses.txt', '--target', 'es2023', '--minify'], {
  cwd: root,
  stdio: 'inherit',
});
mkdirSync(new URL('../dist/cli', import.meta.url));
writeFileSync(new URL('../dist/cli/index.js', import.meta.url), CLI_STUB, { mode: 0o755 });
// What dist/ was built from, so that the demo and npm test rebuild only when a build input changes.
recordBuild(root);
