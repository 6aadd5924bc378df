// Large runs: an Aegis run with 100,000 evaluations (about 50 MB of JSON).
// From the last byte sent to the process's exit, and peak RSS, against a bare
// Node process that reads the same body and JSON.parses it.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aegisEvaluation, aegisRun } from '../../sim/fixtures/aegis.ts';
import { DIST_ENTRY } from '../../sim/run-action.ts';
import { median } from './startup.ts';

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

// Writes the process's peak RSS when it exits; loaded the same way into both processes.
const RSS_PROBE = `data:text/javascript,import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(process.env.RSS_FILE,String(process.resourceUsage().maxRSS)))`;

const FLOOR_SCRIPT = `
const http = require('node:http');
http.get(process.env.TARGET, (res) => { const chunks = []; res.on('data', (c) => chunks.push(c)); res.on('end', () => { const run = JSON.parse(Buffer.concat(chunks).toString()); if (!run.evaluations.length) process.exitCode = 1; }); });
`;

interface Sample {
  afterLastByteMs: number;
  peakRssKb: number;
}

async function once(args: string[], env: Record<string, string>, server: { lastByteAt: number }, dir: string): Promise<Sample> {
  const rssFile = join(dir, `rss-${Math.random()}`);
  const child = spawn(process.execPath, ['--import', RSS_PROBE, ...args], {
    env: { PATH: process.env.PATH ?? '', RSS_FILE: rssFile, ...env },
    stdio: 'ignore',
  });
  await new Promise((resolve) => child.on('close', resolve));
  const exitedAt = performance.now();
  return { afterLastByteMs: exitedAt - server.lastByteAt, peakRssKb: Number(await readFile(rssFile, 'utf8')) };
}

export async function measureLargeRun(runs: number, evaluations = 100_000) {
  const body = Buffer.from(largeAegisBody(evaluations));
  const state = { lastByteAt: 0 };
  const server = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body, () => {
      state.lastByteAt = performance.now();
    });
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
  for (let i = 0; i < runs; i += 1) {
    await writeFile(summary, '');
    floor.push(await once(['-e', FLOOR_SCRIPT], { TARGET: `http://127.0.0.1:${port}/` }, state, dir));
    ours.push(await once([DIST_ENTRY], actionEnv, state, dir));
  }
  server.close();
  const summaryBytes = (await readFile(summary)).length;
  await rm(dir, { recursive: true, force: true });
  const time = { ours: median(ours.map((s) => s.afterLastByteMs)), floor: median(floor.map((s) => s.afterLastByteMs)) };
  const rss = { ours: median(ours.map((s) => s.peakRssKb)), floor: median(floor.map((s) => s.peakRssKb)) };
  return { bodyBytes: body.length, time, rss, timeRatio: time.ours / time.floor, rssRatio: rss.ours / rss.floor, summaryBytes };
}
