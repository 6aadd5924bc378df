import type { Dispatcher } from 'undici';
import { formatDurationMs } from '../inputs/duration.ts';
import { CancelledError, messageOf, SchemaError, VendorError, GaveUpError } from '../errors.ts';
import { getJson, requestTimeoutMs } from './http.ts';
import type { InputNamer } from '../inputs/inputs.ts';
import { emptySnapshot, type GateRun, type RunSnapshot, type RunStatus } from '../model.ts';
import { pollUntilTerminal } from './poll.ts';
import type { AuthContext, Provider } from '../providers/types.ts';
import { type Timing, withRetries } from './retry.ts';
import { derivedSampleRank } from './sample-rank.ts';
import type { RequestPool } from './request-pool.ts';

export interface Logger {
  info(message: string): void;
  debug(message: string): void;
}

export interface ObserveDeps extends Timing {
  provider: Provider;
  baseUrl: string;
  auth: AuthContext;
  dispatcher: Dispatcher;
  /** Aborted when the job is cancelled. */
  signal: AbortSignal;
  startedAt: number;
  deadlineAt: number;
  timeoutMs: number;
  firstIntervalMs: number;
  needsScores: boolean;
  needsMetrics: boolean;
  log: Logger;
  /** Shared by every run of the gate, so that together they keep to the vendor's rate limit. */
  pool: RequestPool;
  /** Names the inputs in advice as the user gave them; the action's input names by default. */
  inputName?: InputNamer;
}

/** Optional extras get one try of at most this long, so they never hold up the verdict. */
const EXTRA_TIMEOUT_MS = 3000;

function requestSignal(deps: ObserveDeps, capMs = Number.POSITIVE_INFINITY): AbortSignal {
  const remainingMs = Math.max(1, Math.min(capMs, deps.deadlineAt - deps.now()));
  return AbortSignal.any([deps.signal, AbortSignal.timeout(remainingMs)]);
}

/** A refused key, with what else the vendor says to check (Avido's application id). */
function withAuthHint(error: unknown, provider: Provider): unknown {
  const refused = error instanceof VendorError && (error.statusCode === 401 || error.statusCode === 403);
  return refused && provider.authRefusedHint ? error.withHint(provider.authRefusedHint) : error;
}

/** One GET of a vendor path, with the vendor's auth, under the deadline (and `capMs`). */
async function fetchJson(deps: ObserveDeps, path: string, capMs?: number): Promise<unknown> {
  const body = await deps.pool.run(() =>
    getJson(`${deps.baseUrl}${path}`, {
      dispatcher: deps.dispatcher,
      headers: deps.provider.authHeaders(deps.auth),
      signal: requestSignal(deps, capMs),
      vendor: deps.provider.name,
      timeoutMs: Math.min(capMs ?? Number.POSITIVE_INFINITY, requestTimeoutMs(deps.timeoutMs)),
      now: deps.now,
      inputName: deps.inputName,
    }).catch((error: unknown) => {
      throw withAuthHint(error, deps.provider);
    }),
  );
  deps.log.debug(`${deps.provider.name}: GET ${path}: 200`);
  return body;
}

/** GET and parse with retries; a body the adapter rejects counts as a bad body, retried a few times. */
function makeGetJson(deps: ObserveDeps) {
  return (path: string, parse: (body: unknown) => unknown = (body) => body) =>
    withRetries(
      async () => {
        const body = await fetchJson(deps, path);
        try {
          return parse(body);
        } catch (error) {
          if (!(error instanceof SchemaError)) throw error;
          const ctx = { vendor: deps.provider.name, method: 'GET', path: new URL(`${deps.baseUrl}${path}`).pathname };
          throw new VendorError(ctx, error.message, { kind: 'bad-body', cause: error });
        }
      },
      {
        ...deps,
        onRetry: (error, waitMs) => {
          if (error.statusCode === 429) deps.pool.pauseFor(waitMs);
          deps.log.info(`${error.message}; retrying in ${formatDurationMs(waitMs)}`);
        },
      },
    );
}

function describeProgress(snapshot: RunSnapshot): string {
  const progress = snapshot.progress;
  return progress ? ` (${progress.done}/${progress.total})` : '';
}

function toGateRun(
  deps: ObserveDeps,
  runId: string,
  snapshot: RunSnapshot,
  polls: number,
  problem: string | null,
  status?: RunStatus,
): GateRun {
  const vendorRank = snapshot.sampleRank;
  return {
    ...snapshot,
    status: status ?? snapshot.status,
    provider: deps.provider.name,
    runId,
    sampleRank: vendorRank ?? derivedSampleRank(deps.provider.name, runId),
    sampleRankSource: vendorRank === null ? 'derived' : 'vendor',
    problem,
    polls,
  };
}

/** Retries the gate follows from one run: a longer chain is a vendor loop, not a verdict. */
export const MAX_RETRY_CHAIN = 5;

/**
 * Polls one run to its end, and when the vendor retried it (Eigenpal's
 * `execution.retry.nextRun`), each retry in turn: the last run of the chain is
 * the one judged, under the id given. Never throws.
 */
export async function observeRun(runId: string, deps: ObserveDeps): Promise<GateRun> {
  const chain = [runId];
  let run = await observeOne(runId, deps);
  let polls = run.polls;
  while (run.nextRunId) {
    const next = run.nextRunId;
    if (chain.length > MAX_RETRY_CHAIN || chain.includes(next)) {
      const why = chain.includes(next) ? `names ${next} again` : `is longer than ${MAX_RETRY_CHAIN} retries`;
      const problem = `${deps.provider.name}: the retry chain ${chain.join(' → ')} → ${next} ${why}; not followed further`;
      return { ...run, runId, status: 'error', problem, polls, retryChain: [...chain, next] };
    }
    deps.log.info(`${deps.provider.name} run ${chain.at(-1)} failed and was retried as ${next}; following the retry`);
    chain.push(next);
    run = await observeOne(next, deps);
    polls += run.polls;
  }
  if (chain.length === 1) return run;
  const details = [...run.details, { label: 'Retry chain', value: chain.join(' → ') }];
  return { ...run, runId, polls, retryChain: chain, details };
}

/** Polls one run to its end and returns what the gate knows of it; never throws. */
async function observeOne(runId: string, deps: ObserveDeps): Promise<GateRun> {
  const get = makeGetJson(deps);
  let polls = 0;
  let last: RunSnapshot | null = null;
  let lastBody: unknown = null;
  try {
    const outcome = await pollUntilTerminal({
      ...deps,
      fetchSnapshot: async () => {
        last = (await get(deps.provider.runPath(runId), (body) => {
          lastBody = body;
          return deps.provider.parse(body, runId);
        })) as RunSnapshot;
        polls += 1;
        return last;
      },
      onPoll: (snapshot, delayMs) =>
        deps.log.info(
          `${deps.provider.name} run ${runId}: ${snapshot.status}${describeProgress(snapshot)}${delayMs === null ? '' : `; next poll in ${formatDurationMs(delayMs)}`}`,
        ),
    });
    if (outcome.outcome === 'timed_out') {
      return toGateRun(
        deps,
        runId,
        outcome.snapshot ?? emptySnapshot('timed_out'),
        polls,
        timedOut(deps, polls, outcome.snapshot),
        'timed_out',
      );
    }
    const snapshot = deps.provider.enrich
      ? await deps.provider.enrich(outcome.snapshot, {
          getJson: (path, parse) => get(path, parse),
          getJsonOnce: (path) => fetchJson(deps, path, EXTRA_TIMEOUT_MS),
          needsScores: deps.needsScores,
          needsMetrics: deps.needsMetrics,
          runId,
          baseUrl: deps.baseUrl,
          lastBody,
        })
      : outcome.snapshot;
    return toGateRun(deps, runId, snapshot, polls, null);
  } catch (error) {
    return toGateRun(deps, runId, last ?? emptySnapshot('error'), polls, ...failureOf(error, deps, polls, last));
  }
}

/** How long the gate waited, and what the vendor last said (with why a run may stay in flight). */
function timedOut(deps: ObserveDeps, polls: number, snapshot: RunSnapshot | null): string {
  const waited = `waited ${formatDurationMs(deps.now() - deps.startedAt)} (timeout ${formatDurationMs(deps.timeoutMs)}) over ${polls} poll(s)`;
  const last = snapshot
    ? `${deps.provider.label} last reported the run as still ${snapshot.status}${describeProgress(snapshot)}`
    : `${deps.provider.label} never gave a readable answer`;
  return `timed out: ${waited}; ${last}${snapshot?.inFlightNote ? `; ${snapshot.inFlightNote}` : ''}`;
}

function failureOf(error: unknown, deps: ObserveDeps, polls: number, last: RunSnapshot | null): [string, RunStatus] {
  if (deps.signal.aborted || error instanceof CancelledError) return [new CancelledError().message, 'cancelled'];
  if (error instanceof VendorError || error instanceof GaveUpError) return [error.message, 'error'];
  // An extra read (Humanloop's stats) the adapter refused: it names the field.
  if (error instanceof SchemaError) return [`${deps.provider.name}: ${error.message}`, 'error'];
  if (deps.now() >= deps.deadlineAt || (error as { name?: string } | null)?.name === 'TimeoutError') {
    // The deadline passed during a request: the last answer still tells why the run was not over.
    if (last) return [timedOut(deps, polls, last), 'timed_out'];
    return [`the timeout of ${formatDurationMs(deps.timeoutMs)} passed while waiting for ${deps.provider.name} to answer`, 'timed_out'];
  }
  return [`${deps.provider.name}: unexpected error: ${messageOf(error)}`, 'error'];
}
