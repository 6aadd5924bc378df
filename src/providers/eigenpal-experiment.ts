// An Eigenpal experiment (a dataset's runs as one unit), GET /api/v1/automations/{id}/experiments/{experimentId}
// (docs.eigenpal.com "Get experiment"; the SDK's ExperimentDetail): `status` (queued, running, completed), the
// counts `runCount`, `completedCount`, `passedCount`, `failedCount`, `avgScore`, the `runs` (id, status,
// exampleId, exampleName; no verdict) and `resultsByRun`, each run's evaluator results. The counts decide and
// are checked against resultsByRun; test/fields/eigenpal-fields.ts gives each field's role. An older answer without
// resultsByRun is decided by its counts alone, its failing runs unnamed.
import { z } from 'zod';
import { SchemaError } from '../errors.ts';
import { quoted } from '../inputs/values.ts';
import { emptySnapshot, type FailingRecord, type RunSnapshot, type RunStatus } from '../model.ts';
import { type EvalResult, failureOf, readEvalResults, verdictOf } from './eigenpal-scores.ts';
import { looseString, parseWith, presentDetails } from './schema.ts';
import { countedOutcomes, type RecordOutcomes, recordOutcomesBuilder } from './record-outcomes.ts';
import { COUNT, disagreement, numberIn, OBJECT, orNull, read, stateOf, strict } from './strict.ts';

const STATES = ['queued', 'running', 'completed'] as const;

const experiment = z.object({
  status: strict(stateOf(STATES)),
  runCount: strict(COUNT),
  completedCount: strict(COUNT),
  passedCount: strict(COUNT),
  failedCount: strict(COUNT),
  avgScore: strict(orNull(numberIn(0, 1))),
  automationId: looseString,
  version: looseString,
  runs: z
    .array(
      z
        .object({ id: looseString, exampleId: looseString, exampleName: looseString })
        .catch({ id: null, exampleId: null, exampleName: null }),
    )
    .nullish()
    .catch(null),
  resultsByRun: z.unknown().optional(),
});
type Experiment = z.infer<typeof experiment>;

/** One run's evaluator results and what they add up to: failed if any failed, passed if all passed. */
interface RunResults {
  runId: string;
  exampleId: string | null;
  name: string;
  results: EvalResult[];
  verdict: boolean | null;
}

function runVerdict(results: EvalResult[]): boolean | null {
  const verdicts = results.map(verdictOf);
  if (verdicts.includes(false)) return false;
  return verdicts.length > 0 && verdicts.every((v) => v === true) ? true : null;
}

/** resultsByRun, each run named by its example; null for an answer without it. */
function resultsOf(data: Experiment): RunResults[] | null {
  if (data.resultsByRun === undefined) return null;
  const byRun = read(OBJECT, data.resultsByRun, 'resultsByRun');
  return Object.entries(byRun).map(([runId, list]) => {
    const run = data.runs?.find((r) => r.id === runId);
    const results = readEvalResults(list, `resultsByRun.${runId}`);
    const exampleId = run?.exampleId ?? null;
    return { runId, exampleId, name: run?.exampleName ?? exampleId ?? runId, results, verdict: runVerdict(results) };
  });
}

/** Counts that cannot all be true: never a verdict. */
function checkCounts(data: Experiment): void {
  if (data.completedCount > data.runCount) {
    throw disagreement(['completedCount', data.completedCount], ['runCount', data.runCount], 'more runs completed than the experiment has');
  }
  if (data.passedCount + data.failedCount > data.completedCount) {
    throw disagreement(['passedCount', data.passedCount], ['completedCount', data.completedCount], 'more runs judged than completed');
  }
  if (data.status === 'completed' && data.completedCount < data.runCount) {
    const why = `only ${data.completedCount} of ${data.runCount} runs completed`;
    throw disagreement(['status', data.status], ['completedCount', data.completedCount], why);
  }
  if (data.status === 'completed' && data.runCount === 0) {
    throw new SchemaError('field "runCount": 0 on a completed experiment, so nothing was evaluated');
  }
}

/** A completed experiment's counts must be what its runs and their results say. */
function checkAgainstResults(data: Experiment, runs: RunResults[]): void {
  const listed = data.runs?.map((r) => r.id) ?? [];
  const stranger = runs.find((r) => !listed.includes(r.runId));
  if (stranger) throw new SchemaError(`field "resultsByRun": names run ${quoted(stranger.runId)}, which "runs" does not list`);
  if (listed.length !== data.runCount)
    throw disagreement(['runCount', data.runCount], ['runs', `${listed.length} runs`], 'not the runs listed');
  const passed = runs.filter((r) => r.verdict === true).length;
  const failed = runs.filter((r) => r.verdict === false).length;
  if (passed !== data.passedCount) {
    throw disagreement(
      ['passedCount', data.passedCount],
      ['resultsByRun', `${passed} runs whose evaluators all passed`],
      'not the same runs',
    );
  }
  if (failed !== data.failedCount) {
    throw disagreement(['failedCount', data.failedCount], ['resultsByRun', `${failed} runs with a failed evaluator`], 'not the same runs');
  }
}

/** Each failing evaluator of each failing run, named by the run's example. */
function failuresOf(runs: RunResults[]): FailingRecord[] {
  return runs.flatMap((run) => run.results.filter((r) => verdictOf(r) === false).map((r) => failureOf(r, run.name)));
}

function failedRunsText(runs: RunResults[]): string | null {
  const failed = runs.filter((r) => r.verdict === false);
  if (failed.length === 0) return null;
  const named = failed.slice(0, 3).map((r) => quoted(r.name));
  return `${failed.length} of ${runs.length} runs failed: ${named.join(', ')}${failed.length > 3 ? ` and ${failed.length - 3} more` : ''}`;
}

/**
 * Each run of the experiment as one record keyed by its example (`exampleId`): passed when all its
 * evaluators passed, scored by the mean of their scores. An older answer without resultsByRun, or one with results
 * for only some runs, gives counts only (a run without results is not a pass).
 */
function recordsOf(data: Experiment, runs: RunResults[] | null): RecordOutcomes {
  if (!runs || runs.length !== data.runCount) return countedOutcomes(data.passedCount, data.runCount);
  const records = recordOutcomesBuilder(runs.length);
  for (const run of runs) {
    const scores = run.results.map((r) => r.score).filter((s): s is number => s !== null);
    const mean = scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
    records.add(run.exampleId, null, run.verdict === true, mean);
  }
  return records.build();
}

const STATUS: Record<(typeof STATES)[number], RunStatus> = { queued: 'pending', running: 'running', completed: 'completed' };

export function parseExperiment(body: unknown): RunSnapshot {
  const data = parseWith(experiment, body);
  checkCounts(data);
  const runs = resultsOf(data);
  const status = STATUS[data.status];
  const done = status === 'completed';
  if (done && runs) checkAgainstResults(data, runs);
  const failures = runs ? failuresOf(runs) : [];
  return {
    ...emptySnapshot(status),
    // Every run of the experiment passed its evaluators: a run neither passed nor failed is not a pass.
    vendorPassed: done ? data.passedCount === data.runCount : null,
    verdictWhy: runs ? failedRunsText(runs) : null,
    score: done ? data.avgScore : null,
    passRate: done ? data.passedCount / data.runCount : null,
    failures,
    failureCount: runs ? failures.length : done ? data.runCount - data.passedCount : data.failedCount,
    progress: data.runCount > 0 ? { done: data.completedCount, total: data.runCount } : null,
    records: done ? recordsOf(data, runs) : null,
    // The experiment's `version` is the code its runs ran (the sourceRef it was started with).
    provenance: { fields: [{ field: 'version', value: data.version || null, role: 'code' }], problem: null },
    details: presentDetails([
      ['Automation', data.automationId],
      ['Evaluated', data.version ? `version ${data.version}` : 'not recorded'],
      ['Experiment runs', `${data.passedCount} passed, ${data.failedCount} failed of ${data.runCount}`],
    ]),
  };
}
