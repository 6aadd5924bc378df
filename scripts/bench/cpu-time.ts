// What a measured child process reports of itself. The same probe is loaded
// (--import) into eval-gate and into the bare-Node baseline, so both are
// timed alike: the CPU time at its first outgoing connection (the vendor
// request is next) and at exit, with wall time beside it and peak RSS. CPU time
// leaves out the time spent waiting for a CPU: the machine is shared, and wall
// time there measures the queue as much as the work.
import { readFile } from 'node:fs/promises';

/** Written by the probe when the process exits: milliseconds, and kilobytes of peak RSS. */
export interface ProbeReport {
  /** CPU time (user and system, all threads) when the first socket to a server was created. */
  cpuAtConnectMs: number;
  /** Epoch ms (performance.timeOrigin + now) at that moment, for wall time against the parent's clock. */
  wallAtConnect: number;
  cpuAtExitMs: number;
  peakRssKb: number;
}

// With PROBE_EXIT_AT_CONNECT set, the process ends at its first connection: the start-up is all that is measured.
const PROBE_SOURCE = `
import { subscribe } from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const report = { cpuAtConnectMs: null, wallAtConnect: null, cpuAtExitMs: null, peakRssKb: null };
const write = () => {
  report.cpuAtExitMs = cpuMs();
  report.peakRssKb = process.resourceUsage().maxRSS;
  writeFileSync(process.env.PROBE_FILE, JSON.stringify(report));
};
subscribe('net.client.socket', function first() {
  if (report.cpuAtConnectMs !== null) return;
  report.cpuAtConnectMs = cpuMs();
  report.wallAtConnect = performance.timeOrigin + performance.now();
  if (process.env.PROBE_EXIT_AT_CONNECT) process.exit(0);
});
process.on('exit', write);
`;

export const PROBE = `data:text/javascript,${encodeURIComponent(PROBE_SOURCE)}`;

export async function readProbe(file: string): Promise<ProbeReport> {
  const report = JSON.parse(await readFile(file, 'utf8')) as Partial<Record<keyof ProbeReport, number | null>>;
  for (const [key, value] of Object.entries(report)) {
    if (typeof value !== 'number') throw new Error(`the probe did not record ${key} (no outgoing connection?)`);
  }
  return report as ProbeReport;
}

/** The wall-clock time now, on the same clock as the probe's wallAtConnect. */
export const wallNow = () => performance.timeOrigin + performance.now();

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** One measured run: CPU and wall time in ms. */
export interface Timed {
  cpuMs: number;
  wallMs: number;
}

/** Medians of interleaved runs, and their ratios: CPU time decides the target, wall time is shown beside it. */
export function figures(ours: Timed[], floor: Timed[]) {
  const pair = (key: keyof Timed) => ({ ours: median(ours.map((s) => s[key])), floor: median(floor.map((s) => s[key])) });
  const cpu = pair('cpuMs');
  const wall = pair('wallMs');
  return { cpu, wall, ratio: cpu.ours / cpu.floor, wallRatio: wall.ours / wall.floor, runs: ours.length };
}
