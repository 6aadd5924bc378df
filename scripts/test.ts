// npm test's runner. The suites that run in-process (pure tests; the adapters against the simulator,
// the GitHub side and the action's run() in virtual time) share a process per group: loading the
// sources once, not once per file, is most of their cost. Beside them, the suites that spawn the
// built dist/ run a file per process, four at a time: their child processes mostly wait.
// The type-check runs beside them. Each group's report is printed whole when it ends; the exit code
// fails when any group fails.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PURE = ['test/unit/**/*.test.ts'];
const IN_PROCESS = ['test/adapters/**/*.test.ts', 'test/github/**/*.test.ts', 'test/action/**/*.test.ts'];
const SPAWNING = ['test/e2e/**/*.test.ts', 'test/faults/**/*.test.ts'];

interface Group {
  name: string;
  /** The program's arguments: node's test runner unless `command` names another program. */
  args: string[];
  command?: string;
}

const TSC = fileURLToPath(new URL('../node_modules/.bin/tsc', import.meta.url));

const GROUPS: Group[] = [
  // Beside the tests, not before them: the tests spend much of their time waiting on children.
  { name: 'type-check', command: TSC, args: ['--noEmit'] },
  { name: 'pure tests, one process', args: ['--test-isolation=none', ...PURE] },
  { name: 'in-process suites against the simulator and the GitHub fake, one process', args: ['--test-isolation=none', ...IN_PROCESS] },
  { name: 'suites of the built dist/, a process per file', args: ['--test-concurrency=4', ...SPAWNING] },
];

/** Runs one group to its end; its report, and whether it passed. */
function runGroup(group: Group): Promise<{ output: string; passed: boolean }> {
  const [program, args] = group.command
    ? [group.command, group.args]
    : [process.execPath, ['--test', '--disable-warning=ExperimentalWarning', ...group.args]];
  const child = spawn(program, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ output, passed: code === 0 })));
}

console.log(`== ${GROUPS.map((g) => g.name).join(' | ')}`);
const results = await Promise.all(
  GROUPS.map(async (group) => {
    const result = await runGroup(group);
    process.stdout.write(`\n== ${group.name}: ${result.passed ? 'passed' : 'FAILED'}\n${result.output}`);
    return result.passed;
  }),
);
if (!results.every(Boolean)) process.exitCode = 1;
