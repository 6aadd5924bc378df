// Large runs: an Aegis run with 100,000 evaluations (about 50 MB of JSON).
// From the request to the process's exit, in CPU and wall time, and peak RSS,
// against a bare Node process that reads the same body and JSON.parses it.
// Both carry the same probe (cpu-time.ts).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aegisEvaluation, aegisRun } from '../../sim/fixtures/aegis.ts';
import { DIST_ENTRY } from '../../sim/run-action.ts';
import { figures, median, PROBE, readProbe, type Timed, wallNow } from './cpu-time.ts';

const text100 = (seed: number) =>
  `Record ${seed}: ${'The customer asks whether the refund covers shipping costs. '.repeat(2)}`.slice(0, 100);

export function largeAegisBody(evaluations: number): string {
  const items = Array.from({ length: evaluations }, (_, i) => {
    const failing = i % 7 === 0;
    const e = aegisEvaluation(i, {
      metric: i % 2 ? 'faith' : 'ans_corr',
      result: failing ? 40 : 90,
      prompt: text100(i),
      explanation: failing ? 'Misses the point.' : 'Exact match.',
    });
    return { ...e, record: { ...e.record, output: text100(i + 3).slice(0, 30), golden_answer: 'Yes' } };
  });
  return JSON.stringify(aegisRun({ result: 85.7, evaluations: items }));
}

const FLOOR_SCRIPT = `
const http = require('node:http');
http.get(process.env.TARGET, (res) => { const chunks = []; res.on('data', (c) => chunks.push(c)); res.on('end', () => { const run = JSON.parse(Buffer.concat(chunks).toString()); if (!run.evaluations.length) process.exitCode = 1; }); });
`;

interface Sample extends Timed {
  peakRssKb: number;
}

async function once(args: string[], env: Record<string, string>, probeFile: string): Promise<Sample> {
  const child = spawn(process.execPath, ['--import', PROBE, ...args], {
    env: { PATH: process.env.PATH ?? '', PROBE_FILE: probeFile, ...env },
    stdio: 'ignore',
  });
  await new Promise((resolve) => child.on('close', resolve));
  const exitedAt = wallNow();
  const report = await readProbe(probeFile);
  return { cpuMs: report.cpuAtExitMs - report.cpuAtConnectMs, wallMs: exitedAt - report.wallAtConnect, peakRssKb: report.peakRssKb };
}

export async function measureLargeRun(runs: number, evaluations = 100_000, entry = DIST_ENTRY) {
  const body = Buffer.from(largeAegisBody(evaluations));
  const server = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const dir = await mkdtemp(join(tmpdir(), 'eval-gate-bench-'));
  const summary = join(dir, 'summary.md');
  const actionEnv = {
    INPUT_PROVIDER: 'aegis',
    'INPUT_RUN-ID': '991',
    // A key of a real key's length, so that redaction (src/redact.ts) is measured too: one under 4 characters is not held.
    'INPUT_API-KEY': 'aegis_sk_4QvT9mZ2xW7pL1nR8bK3cY6hJ0fD5sGa',
    'INPUT_BASE-URL': `http://127.0.0.1:${port}/api/v1`,
    'INPUT_MIN-PASS-RATE': '0.8',
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: dir,
  };
  const ours: Sample[] = [];
  const floor: Sample[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      await writeFile(summary, '');
      floor.push(await once(['-e', FLOOR_SCRIPT], { TARGET: `http://127.0.0.1:${port}/` }, join(dir, `floor-${i}`)));
      ours.push(await once([entry], actionEnv, join(dir, `ours-${i}`)));
    }
  } finally {
    server.close();
  }
  const summaryBytes = (await readFile(summary)).length;
  await rm(dir, { recursive: true, force: true });
  const rss = { ours: median(ours.map((s) => s.peakRssKb)), floor: median(floor.map((s) => s.peakRssKb)) };
  return { bodyBytes: body.length, ...figures(ours, floor), rss, rssRatio: rss.ours / rss.floor, summaryBytes };
}
