// Start-up: from process start to the first vendor connection, against a bare
// node:http client making the same request (the floor), medians of interleaved
// runs. Each process ends there (the probe, cpu-time.ts): only the start-up is timed.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST_ENTRY } from '../../sim/run-action.ts';
import { figures, PROBE, readProbe, type Timed, wallNow } from './cpu-time.ts';

// Nothing listens there: the process ends as it connects.
const TARGET = 'http://127.0.0.1:9/api/v1';

const FLOOR_SCRIPT = `
const http = require('node:http');
http.request(process.env.TARGET, { headers: { authorization: 'Bearer k', accept: 'application/json' } }).on('error', () => {}).end();
`;

async function timeToConnect(args: string[], env: Record<string, string>, probeFile: string): Promise<Timed> {
  const started = wallNow();
  const child = spawn(process.execPath, ['--import', PROBE, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env, PROBE_FILE: probeFile, PROBE_EXIT_AT_CONNECT: '1', TARGET: `${TARGET}/runs/1` },
    stdio: 'ignore',
  });
  await new Promise((resolve) => child.on('close', resolve));
  const report = await readProbe(probeFile);
  return { cpuMs: report.cpuAtConnectMs, wallMs: report.wallAtConnect - started };
}

export async function measureStartup(runs: number, entry = DIST_ENTRY) {
  const dir = await mkdtemp(join(tmpdir(), 'eval-gate-bench-'));
  const actionEnv = {
    INPUT_PROVIDER: 'aegis',
    'INPUT_RUN-ID': '1',
    'INPUT_API-KEY': 'k',
    'INPUT_BASE-URL': TARGET,
    INPUT_COMMENT: 'never',
    GITHUB_OUTPUT: '/dev/null',
  };
  const ours: Timed[] = [];
  const floor: Timed[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      // Interleaved so that machine noise hits both alike.
      floor.push(await timeToConnect(['-e', FLOOR_SCRIPT], {}, join(dir, `floor-${i}`)));
      ours.push(await timeToConnect([entry], actionEnv, join(dir, `ours-${i}`)));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return figures(ours, floor);
}
