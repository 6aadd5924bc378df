import { setTimeout as sleep } from 'node:timers/promises';
import { InputError, StartError } from './errors.ts';
import { type InputName, type InputNamer, parseInputs, secretsOf, type Settings } from './inputs/inputs.ts';
import { requestPool } from './poll/request-pool.ts';
import { emptySnapshot, type GateRun } from './model.ts';
import { type Logger, observeRun } from './poll/observe.ts';
import { type Provider, providerFor } from './providers/index.ts';
import { checkBudgets } from './rules/budget-inputs.ts';
import { baselineOf } from './rules/baseline.ts';
import { AUTO_BASELINE } from './inputs/schema.ts';
import { decideGate, type GateDecision, ruleConfigOf } from './rules/rules.ts';
import { createRepeats, createRuns, type CreateDeps } from './start/create-runs.ts';
import type { StartPlan } from './providers/types.ts';
import { combineStarts, needsConfirmation } from './rules/repeat-starts.ts';
import type { Timing } from './poll/retry.ts';
import { createDispatcher } from './poll/transport.ts';
import { holdSecrets, redactDeep } from './redact.ts';

/** The wall clock; tests pass a virtual one instead (test/helpers/virtual-time.ts). */
const REAL_TIMING: Timing = {
  now: Date.now,
  sleep: (ms, abortSignal) => sleep(ms, undefined, { signal: abortSignal }),
  random: Math.random,
};

/** Requests in flight at once across all runs of a gate: they share one key and its rate limit. */
const MAX_REQUESTS_IN_FLIGHT = 4;

/** `ref` is checked against what the run records of its code: with a vendor that records none, it could never hold. */
function checkRef(settings: Settings, provider: Provider): void {
  if (settings.ref === null || provider.recordsCode) return;
  throw new InputError(
    `ref: expected only with a vendor whose runs record the code they evaluated (eigenpal), got ${JSON.stringify(settings.ref)} with ${provider.name}; ${provider.label} records no code version, so the gate could not check it`,
  );
}

/** A start body for a vendor that cannot start runs, or that fits none of its create requests, is bad input. */
function checkStart(settings: Settings, provider: Provider): void {
  if (!settings.start) return;
  if (!provider.start) {
    const why = provider.noStart ? ` (${provider.noStart})` : '';
    throw new InputError(
      `start: expected a vendor whose API starts a run and answers with its id (aegis, eigenpal or runtype), got ${provider.name}${why}; start the run yourself and give its id in run-id`,
    );
  }
  provider.start.plan(settings.start, settings.ref);
  const again = settings.repeats > 1 ? `repeats ${settings.repeats}` : settings.confirmFailures ? 'confirm-failures' : null;
  const problem = again ? provider.start.repeatProblem?.(settings.start) : null;
  if (problem) throw new InputError(`start: expected a body that can be sent more than once (${again}), got one that cannot: ${problem}`);
}

/** A vendor that refuses every request without an application id (Avido) gets none sent: bad input. */
function checkApplicationId(settings: Settings, provider: Provider): void {
  if (!provider.applicationIdRequired || settings.applicationId) return;
  throw new InputError(`application-id: expected your ${provider.label} application id (${provider.applicationIdRequired}), got nothing`);
}

/**
 * Run ids the vendor cannot have (Aegis's are integers), start bodies it
 * cannot take and an application id it requires but lacks are bad input,
 * caught before any request.
 */
export function checkRunIds(settings: Settings, provider: Provider): void {
  checkRef(settings, provider);
  checkStart(settings, provider);
  checkApplicationId(settings, provider);
  checkBudgets(settings, provider);
  const rule = provider.runIdPattern;
  if (!rule) return;
  const bad = settings.runIds.find((id) => !rule.pattern.test(id));
  if (bad) throw new InputError(`run-id: expected ${rule.expected} for ${provider.name}, got ${JSON.stringify(bad)}`);
  if (settings.baselineRunId && settings.baselineRunId !== AUTO_BASELINE && !rule.pattern.test(settings.baselineRunId)) {
    throw new InputError(`baseline-run-id: expected ${rule.expected} for ${provider.name}, got ${JSON.stringify(settings.baselineRunId)}`);
  }
}

/**
 * The set-up the action and the CLI share: the secrets held for redaction
 * first, even before an input error can quote one; then the inputs read and
 * checked, the vendor's adapter loaded, and the run ids it cannot take
 * refused, all before any request. `read` gives an input's raw text by its name.
 */
export async function prepareGate(read: (name: InputName) => string): Promise<{ settings: Settings; provider: Provider }> {
  holdSecrets(secretsOf(read));
  const settings = parseInputs(read);
  const provider = await providerFor(settings.provider);
  checkRunIds(settings, provider);
  return { settings, provider };
}

/** The ids eval-gate's create request made, one per line as run-id takes them; '' when it started none. */
export function startedRunIds(gate: GateDecision): string {
  return gate.runs
    .map((v) => v.run)
    .filter((run) => run.started && run.runId !== NOT_STARTED)
    .flatMap((run) => run.repeats?.runIds ?? [run.runId])
    .join('\n');
}

const NOT_STARTED = '(not started)';

/** The gate of a start that made no run: one error naming what happened and, when a run may exist, how to find it. */
function notStarted(settings: Settings, provider: Provider, problem: string): GateDecision {
  const run: GateRun = {
    ...emptySnapshot('error'),
    provider: provider.name,
    runId: NOT_STARTED,
    sampleRank: 0,
    sampleRankSource: 'derived',
    problem,
    polls: 0,
    started: true,
  };
  return decideGate([run], ruleConfigOf(settings), null);
}

/** The baseline run id; for auto, loads the GitHub side only then, so other gates' first poll never waits for it. */
async function findBaselineRun(settings: Settings, provider: Provider, signal: AbortSignal) {
  if (settings.baselineRunId !== AUTO_BASELINE) return { runId: settings.baselineRunId, source: null, note: null };
  const { resolveBaseline } = await import('./report/github/auto-baseline.ts');
  return resolveBaseline(settings, provider, signal);
}

/** No baseline found: the regression rule is skipped, unless baseline-required makes that an error. */
function missingBaseline(settings: Settings, note: string | null) {
  return note && settings.baselineRequired ? { runId: AUTO_BASELINE, run: null, problem: `${note} (baseline-required)` } : null;
}

/**
 * Starts the run(s) when `start` is set, then polls every run (and the
 * baseline) concurrently under one deadline and one connection pool, then
 * decides. Shared by the action and the CLI. What it returns is where vendor
 * text leaves for the report side: redacted here once, whole, before any
 * renderer cuts, escapes or encodes it.
 */
export interface GateIo {
  signal: AbortSignal;
  log: Logger;
  timing?: Timing;
  /** Names the inputs in advice as the user gave them (the CLI's flags and key variable); the action's names by default. */
  inputName?: InputNamer;
  /** Called with the ids the start request created, before they are polled. */
  onStarted?: (runIds: string[]) => void;
}

export async function runGate(settings: Settings, provider: Provider, io: GateIo): Promise<GateDecision> {
  return redactDeep(await observeAndDecide(settings, provider, io));
}

async function observeAndDecide(settings: Settings, provider: Provider, io: GateIo): Promise<GateDecision> {
  const dispatcher = await createDispatcher();
  const timing = io.timing ?? REAL_TIMING;
  const startedAt = timing.now();
  const deadlineAt = startedAt + settings.timeoutMs;
  const baseUrl = settings.baseUrl ? (provider.apiPrefixOf?.(settings.baseUrl) ?? settings.baseUrl) : provider.defaultBaseUrl;
  const auth = { apiKey: settings.apiKey, applicationId: settings.applicationId };
  try {
    const createDeps = {
      provider,
      baseUrl,
      auth,
      dispatcher,
      signal: io.signal,
      deadlineAt,
      timeoutMs: settings.timeoutMs,
      log: io.log,
      ...timing,
    };
    const plan = settings.start && provider.start ? provider.start.plan(settings.start, settings.ref) : null;
    let starts: string[][] | null = null;
    if (plan) {
      try {
        starts = await createRepeats(plan, createDeps, settings.repeats);
      } catch (error) {
        if (error instanceof StartError) return notStarted(settings, provider, error.message);
        throw error;
      }
      io.onStarted?.(starts.flat());
    }
    const runIds = starts ? starts.flat() : settings.runIds;
    const found = await findBaselineRun(settings, provider, io.signal);
    const pool = requestPool(MAX_REQUESTS_IN_FLIGHT, timing, io.signal, deadlineAt);
    const observe = async (ids: string[]) =>
      Promise.all(
        ids.map((runId) =>
          observeRun(runId, {
            provider,
            baseUrl,
            auth,
            dispatcher,
            signal: io.signal,
            startedAt,
            deadlineAt,
            timeoutMs: settings.timeoutMs,
            firstIntervalMs: settings.pollIntervalMs,
            needsScores:
              settings.threshold !== null ||
              settings.minPassRate !== null ||
              settings.metricThresholds.length > 0 ||
              settings.maxRegression !== null,
            needsMetrics: settings.metricThresholds.length > 0 || settings.maxRegression !== null,
            log: io.log,
            pool,
            inputName: io.inputName,
            ...timing,
          }),
        ),
      );
    const observed = await observe(found.runId ? [...runIds, found.runId] : runIds);
    const started = observed.slice(0, runIds.length).map((run) => (settings.start ? { ...run, started: true } : run));
    const runs = starts && settings.repeats > 1 ? combineStarts(regroup(starts, started), 'majority') : started;
    const baselineRun = found.runId ? observed.at(-1) : undefined;
    const baseline = baselineRun ? { ...baselineOf(baselineRun), source: found.source } : missingBaseline(settings, found.note);
    const gate = decideGate(runs, ruleConfigOf(settings), baseline);
    if (!plan || !settings.confirmFailures || !needsConfirmation(gate.runs)) return { ...gate, baselineNote: found.note };
    return {
      ...(await confirmFailures(gate, plan, { settings, createDeps, observe, onStarted: io.onStarted, runIds })),
      baselineNote: found.note,
    };
  } finally {
    await dispatcher.destroy();
  }
}

/** The observed runs in the groups their create requests made. */
function regroup(starts: readonly string[][], runs: readonly GateRun[]): GateRun[][] {
  let at = 0;
  return starts.map((ids) => runs.slice(at, (at += ids.length)));
}

interface ConfirmDeps {
  settings: Settings;
  createDeps: CreateDeps;
  observe: (ids: string[]) => Promise<GateRun[]>;
  onStarted?: (runIds: string[]) => void;
  runIds: string[];
}

/**
 * confirm-failures: the gate failed on completed runs, so the body is started once more (one more create
 * request, sent once) and the gate fails only on what fails in both. When that second start fails, the
 * first verdict stands, with the reason.
 */
async function confirmFailures(first: GateDecision, plan: StartPlan, deps: ConfirmDeps): Promise<GateDecision> {
  let again: string[];
  try {
    again = await createRuns(plan, deps.createDeps);
  } catch (error) {
    if (!(error instanceof StartError)) throw error;
    return { ...first, reason: `${first.reason}; confirm-failures could not start a second run: ${error.message}` };
  }
  deps.onStarted?.([...deps.runIds, ...again]);
  const second = (await deps.observe(again)).map((run) => ({ ...run, started: true }));
  const runs = combineStarts([first.runs.map((v) => v.run), second], 'confirm');
  return decideGate(runs, ruleConfigOf(deps.settings), first.baseline);
}
