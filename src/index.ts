import { run } from './main.ts';

/**
 * Set by dist/cli/index.js (scripts/build.ts writes it), which runs this same
 * bundle as the CLI, so that the action and the CLI share every chunk of dist/.
 */
const CLI_FLAG = Symbol.for('eval-gate.cli');

if ((globalThis as Record<symbol, unknown>)[CLI_FLAG] === true) {
  const { cli } = await import('./cli.ts');
  process.exitCode = await cli(process.argv.slice(2));
} else {
  void run();
}
