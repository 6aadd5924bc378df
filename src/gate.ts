import { setTimeout as sleep } from 'node:timers/promises';
import { InputError } from './errors.ts';
import type { Settings } from './inputs.ts';
import { requestPool } from './request-pool.ts';
import type { GateRun } from './model.ts';
import { type Logger, observeRun } from './observe.ts';
import type { Provider } from './providers/index.ts';
import { type Baseline, decideGate, type GateDecision, ruleConfigOf } from './rules.ts';
import { createDispatcher } from './transport.ts';

/** Requests in flight at once across all runs of a gate: they share one key and its rate limit. */
const MAX_REQUESTS_IN_FLIGHT = 4;

/** Run ids the vendor cannot have (Aegis's are integers) are bad input, caught before any request. */
export function checkRunIds(settings: Settings, provider: Provider): void {
  const rule = provider.runIdPattern;
  if (!rule) return;
  const bad = settings.runIds.find((id) => !rule.pattern.test(id));
  if (bad) throw new InputError(`run-id: expected ${rule.expected} for ${provider.name}, got ${JSON.stringify(bad)}`);
  if (settings.baselineRunId && !rule.pattern.test(settings.baselineRunId)) {
    throw new InputError(`baseline-run-id: expected ${rule.expected} for ${provider.name}, got ${JSON.stringify(settings.baselineRunId)}`);
  }
}

/** SIGINT then SIGTERM is how a runner cancels a job: abort what is in flight and report. Returns the un-listen. */
export function onCancel(abort: (signal: NodeJS.Signals) => void): () => void {
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  return () => {
    process.off('SIGINT', abort);
    process.off('SIGTERM', abort);
  };
}

/** A baseline is usable when it was read to a terminal state; otherwise the report says why. */
function baselineOf(run: GateRun): Baseline {
  const problem = run.problem ?? (run.status === 'completed' || run.status === 'failed' ? null : `the run is ${run.status}`);
  return { runId: run.runId, run: problem === null ? run : null, problem };
}

/**
 * Polls every run (and the baseline) concurrently under one deadline and one
 * connection pool, then decides. Shared by the action and the CLI.
 */
export async function runGate(settings: Settings, provider: Provider, io: { signal: AbortSignal; log: Logger }): Promise<GateDecision> {
  const dispatcher = await createDispatcher();
  const startedAt = Date.now();
  const timing = { now: Date.now, sleep: (ms: number, abortSignal: AbortSignal) => sleep(ms, undefined, { signal: abortSignal }) };
  const pool = requestPool(MAX_REQUESTS_IN_FLIGHT, timing, io.signal, startedAt + settings.timeoutMs);
  const ids = settings.baselineRunId ? [...settings.runIds, settings.baselineRunId] : settings.runIds;
  try {
    const observed = await Promise.all(
      ids.map((runId) =>
        observeRun(runId, {
          provider,
          baseUrl: settings.baseUrl ?? provider.defaultBaseUrl,
          auth: { apiKey: settings.apiKey, applicationId: settings.applicationId },
          dispatcher,
          signal: io.signal,
          startedAt,
          deadlineAt: startedAt + settings.timeoutMs,
          timeoutMs: settings.timeoutMs,
          firstIntervalMs: settings.pollIntervalMs,
          needsScores:
            settings.threshold !== null ||
            settings.minPassRate !== null ||
            settings.metricThresholds.length > 0 ||
            settings.maxRegression !== null,
          log: io.log,
          pool,
          ...timing,
          random: Math.random,
        }),
      ),
    );
    const runs = observed.slice(0, settings.runIds.length);
    const baselineRun = settings.baselineRunId ? observed.at(-1) : undefined;
    return decideGate(runs, ruleConfigOf(settings), baselineRun ? baselineOf(baselineRun) : null);
  } finally {
    await dispatcher.destroy();
  }
}
