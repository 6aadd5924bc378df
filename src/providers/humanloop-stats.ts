import { z } from 'zod';
import { SchemaError } from '../errors.ts';
import type { MetricResult, RunSnapshot } from '../model.ts';
import { parseWith } from './schema.ts';
import { checkUnique, COUNT, disagreement, shown, NUMBER, NON_EMPTY_TEXT, orNull, strict } from './strict.ts';

// GET /evaluations/{id}/stats, per run and per evaluator. Boolean evaluators
// count `num_true` out of `total_logs`; numeric ones give a `mean`. Every
// figure here can decide a rule, so all are strict.
const evaluatorStats = z.object({
  evaluator_version_id: strict(NON_EMPTY_TEXT),
  total_logs: strict(COUNT),
  // Part of total_logs, as the SDK documents it ("This includes Nulls and Errors"); checked against the figures beside it.
  num_errors: strict(COUNT).optional(),
  num_true: strict(orNull(COUNT)).optional(),
  mean: strict(orNull(NUMBER)).optional(),
});
type EvaluatorStats = z.infer<typeof evaluatorStats>;
const runStats = z.object({ run_id: strict(NON_EMPTY_TEXT), evaluator_stats: z.array(evaluatorStats) });
type RunStats = z.infer<typeof runStats>;
const stats = z.object({ run_stats: z.array(runStats) });

interface Tally {
  booleanTrue: number;
  booleanLogs: number;
  means: number[];
}

/**
 * An errored log judged nothing: errors are part of the logs, a True judgement
 * is not an error, and a mean needs one log that did not error.
 */
function checkErrors(e: EvaluatorStats, at: string): void {
  const errors = e.num_errors ?? 0;
  const errorsField: [string, unknown] = [`${at}.num_errors`, errors];
  if (errors > e.total_logs) throw disagreement(errorsField, [`${at}.total_logs`, e.total_logs], 'more errors than logs');
  if (e.num_true != null && errors > 0 && e.num_true + errors > e.total_logs)
    throw disagreement(
      [`${at}.num_true`, e.num_true],
      errorsField,
      `true judgements and errors add up to more than "total_logs" ${e.total_logs}`,
    );
  if (e.num_true == null && e.mean != null && errors > 0 && errors === e.total_logs)
    throw disagreement([`${at}.mean`, e.mean], errorsField, 'a mean over logs that all errored');
}

/** Adds one evaluator's figures: a boolean one needs logs it judged, a numeric one its mean; anything else is corrupt. */
function addTo(tally: Tally, e: EvaluatorStats, at: string): void {
  checkErrors(e, at);
  if (e.num_true != null) {
    if (e.total_logs === 0) throw new SchemaError(`field "${at}.total_logs": 0 beside "num_true", so the evaluator judged nothing`);
    if (e.num_true > e.total_logs)
      throw disagreement([`${at}.num_true`, e.num_true], [`${at}.total_logs`, e.total_logs], 'more true than judged');
    tally.booleanTrue += e.num_true;
    tally.booleanLogs += e.total_logs;
  } else if (e.mean != null) {
    tally.means.push(e.mean);
  } else {
    throw new SchemaError(`field "${at}": expected "num_true" (a boolean evaluator) or "mean" (a numeric one), got neither`);
  }
}

/** The runs of the evaluation, as the runs endpoint lists them: which are control runs. */
export interface EvaluationRun {
  id: string;
  control: boolean;
}

/**
 * The stats to score: those of the runs under test (the control runs left out
 * when there are others). Every stats entry must be a run of this evaluation,
 * and every run under test must have judged something: a run missing from the
 * stats would otherwise leave the score to the others.
 */
function testedStats(all: RunStats[], runs: readonly EvaluationRun[]): RunStats[] {
  const known = new Set(runs.map((r) => r.id));
  all.forEach((r, i) => {
    if (!known.has(r.run_id)) throw new SchemaError(`field "run_stats[${i}].run_id": ${shown(r.run_id)} is not a run of this evaluation`);
  });
  const underTest = runs.some((r) => !r.control) ? runs.filter((r) => !r.control) : runs;
  return underTest.map((run) => {
    const found = all.find((r) => r.run_id === run.id);
    if (!found || found.evaluator_stats.length === 0) {
      throw new SchemaError(`field "run_stats": run ${JSON.stringify(run.id)} has no evaluator stats, so it judged nothing`);
    }
    return found;
  });
}

/**
 * Score and pass rate from the stats of the runs under test: the pass rate is
 * the share of true judgements over all boolean evaluators, the score that
 * share times 100, or, with only numeric evaluators, the mean of their means.
 * Each evaluator is a metric.
 */
export function scoresFromStats(body: unknown, runs: readonly EvaluationRun[]): Pick<RunSnapshot, 'score' | 'passRate' | 'metrics'> {
  const { run_stats: all } = parseWith(stats, body);
  checkUnique(all, (r) => r.run_id, 'run_stats', 'run_id');
  all.forEach((r, i) =>
    checkUnique(r.evaluator_stats, (e) => e.evaluator_version_id, `run_stats[${i}].evaluator_stats`, 'evaluator_version_id'),
  );
  const total: Tally = { booleanTrue: 0, booleanLogs: 0, means: [] };
  const perEvaluator = new Map<string, Tally>();
  for (const run of testedStats(all, runs)) {
    const runIndex = all.indexOf(run);
    run.evaluator_stats.forEach((e, i) => {
      const key = e.evaluator_version_id;
      const tally = perEvaluator.get(key) ?? { booleanTrue: 0, booleanLogs: 0, means: [] };
      perEvaluator.set(key, tally);
      const at = `run_stats[${runIndex}].evaluator_stats[${i}]`;
      addTo(tally, e, at);
      addTo(total, e, at);
    });
  }
  const passRate = total.booleanLogs > 0 ? total.booleanTrue / total.booleanLogs : null;
  const metrics: MetricResult[] = [...perEvaluator].map(([name, t]) => ({ name, score: scoreOf(t), threshold: null, passed: null }));
  return { passRate, score: scoreOf(total), metrics };
}

function scoreOf(t: Tally): number | null {
  if (t.booleanLogs > 0) return (t.booleanTrue / t.booleanLogs) * 100;
  return t.means.length > 0 ? t.means.reduce((a, b) => a + b, 0) / t.means.length : null;
}
