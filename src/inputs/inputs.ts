import { InputError } from '../errors.ts';
import { INPUT_DEFAULTS, type InputName, schema } from './schema.ts';
import type { MetricThreshold } from './values.ts';
import type { ProviderName } from '../model.ts';
import { readRunIdFile } from './run-id-file.ts';
import { readStartFile, toStartBody } from './start-body.ts';
import { credentialsOf } from './base-url.ts';
import type { Budgets } from './budgets.ts';

export type FailOn = 'fail' | 'never';
/** aggregate: this gate posts no comment; the aggregate step's comment has a section for it. */
export type CommentMode = 'always' | 'on-failure' | 'never' | 'aggregate';
export type CommitStatusMode = 'auto' | 'always' | 'never';
export type ReviewMode = 'off' | 'required';

export type { InputName, MetricThreshold };

/** How the user gave an input, for advice in a message: the action's input name, the CLI's flag or variable. */
export type InputNamer = (name: InputName) => string;
export { INPUT_DEFAULTS };

/** Every input, parsed once. Nothing else reads the environment's inputs. */
export interface Settings extends Budgets {
  provider: ProviderName;
  runIds: string[];
  /** The git ref or commit the run must have evaluated (Eigenpal); null when not pinned. */
  ref: string | null;
  /** The body of the vendor's create request (the start input): the gate starts the run(s), then gates them. */
  start: Record<string, unknown> | null;
  /** How many runs to start from the start body, judged as one by each record's majority (1: one run). */
  repeats: number;
  /** When a started run fails, start the body once more and fail only on what fails in both. */
  confirmFailures: boolean;
  /** A run id, or `auto`: the last passing record of this gate on the PR's base branch. */
  baselineRunId: string | null;
  /** With baseline-run-id: auto, no baseline found is an error instead of a skipped rule. */
  baselineRequired: boolean;
  maxRegression: number | null;
  /** The one-sided confidence a drop over max-regression must reach to fail (0.95); null: any drop fails. */
  regressionConfidence: number | null;
  apiKey: string;
  baseUrl: string | null;
  threshold: number | null;
  minPassRate: number | null;
  metricThresholds: MetricThreshold[];
  sampleRate: number;
  sampleLabel: string | null;
  timeoutMs: number;
  pollIntervalMs: number;
  failOn: FailOn;
  comment: CommentMode;
  /** The PR to comment on; null means find it from the event. */
  prNumber: number | null;
  commitStatus: CommitStatusMode;
  name: string | null;
  githubToken: string | null;
  applicationId: string | null;
  /** Where to write the JUnit XML report too, when set. */
  junitPath: string | null;
  /** required: a run flagged for review (sample-rate) holds the commit status at pending until a person decides. */
  review: ReviewMode;
  /** Whether the PR's author may approve their own PR. */
  allowSelfApproval: boolean;
  /** Lower-cased logins that alone may decide, besides holding write access; empty means anyone with it. */
  approvers: string[];
  /** File globs (glob.ts): on a pull request that changed none of them, the gate is skipped. Empty: never skipped. */
  paths: string[];
  /** Rule names (warn-on) whose failures are warnings that do not fail the gate; checked against the rules in gate.ts. */
  warnOn: string[];
}

/** What the report side gets: everything but the vendor key, which only the poller sends. */
export type ReportSettings = Omit<Settings, 'apiKey'>;

/** The settings without the key, built anew so the key cannot ride along into a report. */
export function reportSettingsOf(settings: Settings): ReportSettings {
  const { apiKey: _apiKey, ...rest } = settings;
  return rest;
}

/** The secrets among the inputs, as given, for the redaction boundary (redact.ts): read before any is parsed. */
export function secretsOf(read: (name: InputName) => string): string[] {
  return [read('api-key'), read('github-token'), ...credentialsOf(read('base-url'))];
}

/**
 * Settings that would leave a rule or a setting with nothing to act on, which
 * the gate would otherwise pass over in silence: refused before any request.
 */
function refuseDroppedRules(settings: Settings): void {
  if (settings.maxRegression !== null && settings.baselineRunId === null) {
    throw new InputError(
      `max-regression: expected baseline-run-id beside it (the run to compare against), got max-regression ${settings.maxRegression} alone`,
    );
  }
  if (settings.baselineRunId !== null && settings.runIds.includes(settings.baselineRunId)) {
    throw new InputError(
      `baseline-run-id: expected a run other than those gated, got ${JSON.stringify(settings.baselineRunId)}, which run-id gates too`,
    );
  }
  if (settings.sampleLabel !== null && settings.sampleRate === 0) {
    throw new InputError(
      'sample-label: expected sample-rate above 0 beside it (at 0 no run is flagged, so no label is put), got sample-rate 0',
    );
  }
}

/** A gate the aggregate step reports needs its commit status: auto becomes always; never cannot be. */
function aggregateLegStatus(mode: CommitStatusMode): CommitStatusMode {
  if (mode === 'never') {
    throw new InputError(
      'commit-status: expected auto or always with comment: aggregate (the aggregate step learns of this gate from its commit status), got never',
    );
  }
  return 'always';
}

/** repeats and confirm-failures start the body again, so they need one; together they would judge twice. */
function refuseRepeatsWithoutStart(settings: Settings, raw: Record<string, string>): void {
  const given = raw['run-id-file'] ? 'run-id-file' : 'run-id';
  if (settings.repeats > 1 && !settings.start) {
    throw new InputError(
      `repeats: expected start (or start-file) beside it, since only a run eval-gate starts can be started again, got repeats ${settings.repeats} with ${given}`,
    );
  }
  if (settings.confirmFailures && !settings.start) {
    throw new InputError(
      `confirm-failures: expected start (or start-file) beside it, since only a run eval-gate starts can be started again, got confirm-failures true with ${given}`,
    );
  }
  if (settings.confirmFailures && settings.repeats > 1) {
    throw new InputError(
      `confirm-failures: expected repeats 1 beside it (repeats already judges each record by its majority), got repeats ${settings.repeats}`,
    );
  }
}

/** Stands for the ids the create request will give, so that run-id's rule is not asked of them. */
const STARTED_PLACEHOLDER = 'started';

/** The start body, from start or start-file; either one excludes the run ids, which the create request gives. */
function startOf(raw: Record<string, string>): Record<string, unknown> | null {
  const given = (['start', 'start-file', 'run-id', 'run-id-file'] as const).filter((name) => raw[name]);
  const starts = given.filter((name) => name.startsWith('start'));
  if (starts.length === 0) return null;
  if (given.length > 1) {
    throw new InputError(
      `${given.join(', ')}: expected one of start (or start-file) to start a run, or run-id (or run-id-file) to gate one that exists, got ${given.length} of them`,
    );
  }
  return starts[0] === 'start' ? toStartBody(raw.start ?? '', 'start') : readStartFile(raw['start-file'] ?? '');
}

/**
 * Parses every input. `read` returns the raw (trimmed) value or '' when unset;
 * defaults from action.yml apply to empty values so that local runs behave like the runner.
 */
export function parseInputs(read: (name: InputName) => string): Settings {
  const raw: Record<string, string> = {};
  for (const [name, fallback] of Object.entries(INPUT_DEFAULTS)) {
    raw[name] = read(name as InputName).trim() || fallback;
  }
  const start = startOf(raw);
  if (start) raw['run-id'] = STARTED_PLACEHOLDER;
  if (raw['run-id-file']) {
    if (raw['run-id']) throw new InputError('run-id, run-id-file: expected one of them, got both');
    raw['run-id'] = readRunIdFile(raw['run-id-file']);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue?.path[0] ?? 'input');
    throw new InputError(`${name}: ${issue?.message ?? 'invalid value'}`);
  }
  const value = result.data;
  if (value['regression-confidence'] !== null && value['max-regression'] === null) {
    throw new InputError(
      `regression-confidence: expected max-regression to be set too (the drop it tests), got regression-confidence ${raw['regression-confidence']} alone`,
    );
  }
  const settings: Settings = {
    provider: value.provider,
    runIds: start ? [] : value['run-id'],
    ref: value.ref,
    start,
    repeats: value.repeats,
    confirmFailures: value['confirm-failures'] === 'true',
    baselineRunId: value['baseline-run-id'],
    baselineRequired: value['baseline-required'] === 'true',
    maxRegression: value['max-regression'],
    regressionConfidence: value['regression-confidence'],
    apiKey: value['api-key'],
    baseUrl: value['base-url'],
    threshold: value.threshold,
    minPassRate: value['min-pass-rate'],
    metricThresholds: value['metric-thresholds'],
    sampleRate: value['sample-rate'],
    sampleLabel: value['sample-label'],
    timeoutMs: value.timeout,
    pollIntervalMs: value['poll-interval'],
    failOn: value['fail-on'],
    comment: value.comment,
    prNumber: value['pr-number'],
    name: value.name,
    githubToken: value['github-token'],
    applicationId: value['application-id'],
    junitPath: value.junit,
    review: value.review,
    allowSelfApproval: value['allow-self-approval'] === 'true',
    approvers: value.approvers,
    paths: value.paths,
    // comment: aggregate: the gate's commit status is how the aggregate step learns of it, so it is written on every event.
    commitStatus: value.comment === 'aggregate' ? aggregateLegStatus(value['commit-status']) : value['commit-status'],
    maxCostUsd: value['max-cost'],
    maxDurationMs: value['max-duration'],
    maxP95LatencyMs: value['max-p95-latency'],
    maxTokens: value['max-tokens'],
    warnOn: value['warn-on'],
  };
  refuseDroppedRules(settings);
  refuseRepeatsWithoutStart(settings, raw);
  return settings;
}
