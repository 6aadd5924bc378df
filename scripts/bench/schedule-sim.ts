// Time to verdict, in virtual time: the real poll loop against simulated runs.
import { emptySnapshot } from '../../src/model.ts';
import { pollUntilTerminal } from '../../src/poll/poll.ts';

export interface PolicyFigures {
  meanDelayMs: number;
  p95DelayMs: number;
  /** 95th percentile of delay / max(2.5 s, 5% of duration): at most 1 meets the target. */
  p95DelayToBound: number;
  requestsPerRun: number;
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Durations spread log-uniformly from 5 s to 60 min. */
export function durationsMs(count: number, seed = 7): number[] {
  const random = seededRandom(seed);
  const [low, high] = [Math.log(5_000), Math.log(3_600_000)];
  return Array.from({ length: count }, () => Math.exp(low + random() * (high - low)));
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
};

function summarise(delays: number[], bounds: number[], requests: number[]): PolicyFigures {
  return {
    meanDelayMs: delays.reduce((a, b) => a + b, 0) / delays.length,
    p95DelayMs: percentile(delays, 0.95),
    p95DelayToBound: percentile(
      delays.map((d, i) => d / (bounds[i] ?? 1)),
      0.95,
    ),
    requestsPerRun: requests.reduce((a, b) => a + b, 0) / requests.length,
  };
}

const boundMs = (durationMs: number) => Math.max(2500, 0.05 * durationMs);

/** Fixed-interval polling, as peers do: ask at 0, then every `intervalMs`. */
export function fixedPolicy(durations: number[], intervalMs: number): PolicyFigures {
  const delays = durations.map((d) => Math.ceil(d / intervalMs) * intervalMs - d);
  const requests = durations.map((d) => Math.ceil(d / intervalMs) + 1);
  return summarise(delays, durations.map(boundMs), requests);
}

/** Our schedule. With progress, the run reports records done out of 200, as Runtype does. */
export async function ourPolicy(durations: number[], withProgress: boolean, firstIntervalMs: number): Promise<PolicyFigures> {
  const delays: number[] = [];
  const requests: number[] = [];
  const random = seededRandom(11);
  for (const durationMs of durations) {
    let nowMs = 0;
    let polls = 0;
    await pollUntilTerminal({
      now: () => nowMs,
      sleep: async (ms) => {
        nowMs += ms;
      },
      random,
      startedAt: 0,
      deadlineAt: 4 * 3_600_000,
      firstIntervalMs,
      signal: new AbortController().signal,
      fetchSnapshot: async () => {
        polls += 1;
        if (nowMs >= durationMs) return emptySnapshot('completed');
        const total = 200;
        return { ...emptySnapshot('running'), progress: withProgress ? { done: Math.floor((total * nowMs) / durationMs), total } : null };
      },
    });
    delays.push(nowMs - durationMs);
    requests.push(polls);
  }
  return summarise(delays, durations.map(boundMs), requests);
}
