// npm test's runner. The suites that run in this process (pure tests, the adapters against the
// simulator, the GitHub side and the action's run() in virtual time) share one process: loading the
// sources once, not once per file, is most of their cost. Beside them, the suites that spawn the
// built dist/ run a file per process, four at a time: their child processes mostly wait.
// Each group's report is printed whole when it ends; the exit code fails when either fails.
import { spawn } from 'node:child_process';

const IN_PROCESS = ['test/unit/**/*.test.ts', 'test/adapters/**/*.test.ts', 'test/github/**/*.test.ts', 'test/action/**/*.test.ts'];
const SPAWNING = ['test/e2e/**/*.test.ts', 'test/faults/**/*.test.ts'];

interface Group {
  name: string;
  args: string[];
}

const GROUPS: Group[] = [
  { name: 'in-process suites, one process', args: ['--test-isolation=none', ...IN_PROCESS] },
  { name: 'suites of the built dist/, a process per file', args: ['--test-concurrency=4', ...SPAWNING] },
];

/** Runs one group to its end; its report, and whether it passed. */
function runGroup(group: Group): Promise<{ output: string; passed: boolean }> {
  const child = spawn(process.execPath, ['--test', '--disable-warning=ExperimentalWarning', ...group.args], {
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
