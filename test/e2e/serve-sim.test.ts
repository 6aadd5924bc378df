import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(new URL(path, `file://${ROOT}`), 'utf8');

/** Runs a command to its end; stdout, stderr and the exit code. */
function run(command: string, args: string[], env: Record<string, string>) {
  const child = spawn(command, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

describe('trying it locally', () => {
  it('the simulator prints a CLI command that gates its run as the scenario says', { timeout: 30_000 }, async (t) => {
    const sim = spawn(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', 'scripts/serve-sim.ts', '--scenario', 'fail', '--port', '0'],
      {
        cwd: ROOT,
      },
    );
    // Stopped however the test ends, a timeout included: it serves until killed.
    t.signal.addEventListener('abort', () => sim.kill());
    try {
      let said = '';
      const command = await new Promise<string>((resolve, reject) => {
        sim.stdout.on('data', (c: Buffer) => {
          said += c.toString();
          const line = /^ {2}(EVAL_GATE_API_KEY=\S+ npx node dist\/cli\/index\.js .*)$/m.exec(said)?.[1];
          if (line) resolve(line);
        });
        sim.on('close', () => reject(new Error(`the simulator stopped: ${said}`)));
      });
      const [key = '', , , entry = '', ...flags] = command.split(' ');
      assert.equal(entry, 'dist/cli/index.js');
      // `npx node` is the project's Node 24, as this test's own.
      const gate = await run(process.execPath, [entry, ...flags, '--poll-interval', '50ms', '--format', 'json'], {
        EVAL_GATE_API_KEY: key.split('=')[1] ?? '',
      });
      assert.equal(gate.code, 1, gate.stderr);
      assert.equal(JSON.parse(gate.stdout).verdict, 'fail');
      assert.match(said, /npx @github\/local-action run \. src\/main\.ts \.env/);
    } finally {
      sim.kill();
    }
  });

  it('is documented where .env.example and .gitignore point, with the npm script that runs the simulator', () => {
    const readme = read('README.md');
    const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;
    assert.match(scripts.sim ?? '', /scripts\/serve-sim\.ts$/);
    for (const file of ['.env.example', '.gitignore']) {
      const section = /README, "([^"]+)"/.exec(read(file))?.[1];
      assert.ok(section && readme.includes(`\n## ${section}\n`), `${file} points at README "${section}"`);
    }
    const tried = readme.slice(readme.indexOf('\n## Try it locally\n'));
    assert.match(tried, /npm run sim -- --vendor aegis/);
    assert.match(tried, /npx @github\/local-action run \. src\/main\.ts \.env/);
    assert.match(read('.env.example'), /npx @github\/local-action run \. src\/main\.ts \.env/);
  });
});
