// Start-up: from process start to the first vendor request, against a bare
// node:http client sending the same request (the floor), medians of many runs.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { aegisRun } from '../../sim/fixtures/aegis.ts';
import { DIST_ENTRY } from '../../sim/run-action.ts';

const FLOOR_SCRIPT = `
const http = require('node:http');
const req = http.request(process.env.TARGET, { headers: { authorization: 'Bearer k', accept: 'application/json' } }, (res) => { res.resume(); res.on('end', () => process.exit(0)); });
req.end();
`;

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Starts `args` and resolves with the ms from spawn to the first request the server sees. */
async function timeToFirstRequest(args: string[], env: Record<string, string>, port: number, seen: { at: number }[]): Promise<number> {
  const before = seen.length;
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: { PATH: process.env.PATH ?? '', ...env, TARGET: `http://127.0.0.1:${port}/api/v1/runs/1` },
    stdio: 'ignore',
  });
  await new Promise((resolve) => child.on('close', resolve));
  const first = seen[before];
  if (!first) throw new Error(`no request from ${args.join(' ')}`);
  return first.at - started;
}

export async function measureStartup(runs: number) {
  const seen: { at: number }[] = [];
  const body = JSON.stringify(aegisRun());
  const server = createServer((req, res) => {
    seen.push({ at: performance.now() });
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const actionEnv = {
    INPUT_PROVIDER: 'aegis',
    'INPUT_RUN-ID': '1',
    'INPUT_API-KEY': 'k',
    'INPUT_BASE-URL': `http://127.0.0.1:${port}/api/v1`,
    INPUT_COMMENT: 'never',
    GITHUB_OUTPUT: '/dev/null',
  };
  const ours: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    // Interleaved so that machine noise hits both alike.
    floor.push(await timeToFirstRequest(['-e', FLOOR_SCRIPT], {}, port, seen));
    ours.push(await timeToFirstRequest([DIST_ENTRY], actionEnv, port, seen));
  }
  server.close();
  return { oursMs: median(ours), floorMs: median(floor), ratio: median(ours) / median(floor) };
}
