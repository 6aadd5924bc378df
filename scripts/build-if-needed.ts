// npm test's build step: dist/ is rebuilt only when a build input differs by content from what it
// was built from (build-state.ts). A fresh clone tests dist/ as committed, which .ci/run then checks
// against a fresh build.
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './build-state.ts';

if (!ensureBuilt(fileURLToPath(new URL('..', import.meta.url)))) {
  console.error('the build failed; run npm run build to see why');
  process.exitCode = 1;
}
