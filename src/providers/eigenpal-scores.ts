// Eigenpal's automated evaluator results (the SDK's EvalResult, types.gen.ts): GET /runs/{id}/scores
// answers { scores: EvalResult[] } (docs.eigenpal.com "List run evaluator scores"; it replaced
// /eval-results in SDK 0.9.0), and an experiment gives them per run in `resultsByRun`. Each result:
// evaluatorName, evaluatorType, score|null, passed|null, passThreshold|null ("Score threshold required
// for this evaluator to pass"), error|null ("Evaluator error, when scoring failed").
import { SchemaError } from '../errors.ts';
import { quoted } from '../inputs/values.ts';
import type { FailingRecord, MetricResult, RunSnapshot } from '../model.ts';
import { stringOrNull } from './schema.ts';
import type { EnrichContext } from './types.ts';
import { BOOLEAN, checkUnique, disagreement, NON_EMPTY_TEXT, NUMBER, OBJECT, orNull, read, rule } from './strict.ts';

export interface EvalResult {
  evaluator: string;
  type: string | null;
  score: number | null;
  passed: boolean | null;
  threshold: number | null;
  error: string | null;
}

const LIST = rule<unknown[]>('a list', Array.isArray);

function readResult(item: unknown, at: string): EvalResult {
  const o = read(OBJECT, item, at);
  const result: EvalResult = {
    evaluator: read(NON_EMPTY_TEXT, o.evaluatorName, `${at}.evaluatorName`),
    type: stringOrNull(o.evaluatorType),
    score: read(orNull(NUMBER), o.score, `${at}.score`),
    passed: read(orNull(BOOLEAN), o.passed, `${at}.passed`),
    threshold: read(orNull(NUMBER), o.passThreshold, `${at}.passThreshold`),
    error: read(orNull(NON_EMPTY_TEXT), o.error, `${at}.error`),
  };
  if (result.passed === true && result.error !== null) {
    throw disagreement([`${at}.passed`, true], [`${at}.error`, result.error], 'an evaluator that errored did not pass');
  }
  if (result.passed === true && result.score !== null && result.threshold !== null && result.score < result.threshold) {
    throw disagreement(
      [`${at}.passed`, true],
      [`${at}.score`, result.score],
      `a score under its passThreshold ${result.threshold} did not pass`,
    );
  }
  return result;
}

/** A list of results, one per evaluator: an evaluator listed twice would be counted twice. */
export function readEvalResults(value: unknown, field: string): EvalResult[] {
  const results = read(LIST, value, field).map((item, i) => readResult(item, `${field}[${i}]`));
  checkUnique(results, (r) => r.evaluator, field, 'evaluatorName');
  return results;
}

/** An evaluator's verdict: failed when it says so or when it errored; null when it gives none. */
export function verdictOf(result: EvalResult): boolean | null {
  return result.error !== null ? false : result.passed;
}

export function failureOf(result: EvalResult, name: string): FailingRecord {
  return { name, metric: result.evaluator, score: result.score, threshold: result.threshold, message: result.error, prompt: null };
}

const names = (results: EvalResult[]): string =>
  `${results
    .slice(0, 3)
    .map((r) => quoted(r.evaluator))
    .join(', ')}${results.length > 3 ? ` and ${results.length - 3} more` : ''}`;

function metricOf(result: EvalResult): MetricResult {
  const problem = result.error === null ? null : `evaluator ${quoted(result.evaluator)} errored: ${quoted(result.error)}`;
  return { name: result.evaluator, score: result.score, threshold: result.threshold, passed: verdictOf(result), problem };
}

/**
 * A completed run without an `eval` block, judged by its evaluators: each is a metric, a failed or
 * errored one fails the run and is named, one without a verdict leaves the run without one, and no
 * evaluator at all means nothing was evaluated.
 */
export function withScores(snapshot: RunSnapshot, body: unknown): RunSnapshot {
  const results = readEvalResults(read(OBJECT, body, '(the answer)').scores, 'scores');
  if (results.length === 0) {
    throw new SchemaError(
      'nothing was evaluated: the run has no "eval" block, and field "scores" of its evaluator scores (GET /runs/{id}/scores) is an empty list',
    );
  }
  const failed = results.filter((r) => verdictOf(r) === false);
  const undecided = results.filter((r) => verdictOf(r) === null);
  const passed = results.length - failed.length - undecided.length;
  return {
    ...snapshot,
    vendorPassed: failed.length > 0 ? false : undecided.length > 0 ? null : true,
    verdictGap:
      failed.length === 0 && undecided.length > 0
        ? `evaluator ${names(undecided)} gives no verdict (field "scores[${results.indexOf(undecided[0] as EvalResult)}].passed" is null)`
        : null,
    verdictWhy: failed.length > 0 ? `${failed.length} of ${results.length} evaluators failed: ${names(failed)}` : null,
    passRate: passed / results.length,
    metrics: results.map(metricOf),
    failures: failed.map((r) => failureOf(r, r.evaluator)),
    failureCount: failed.length,
  };
}

/**
 * A completed run (a body with `finished`) without an `eval` block is judged by GET /runs/{id}/scores;
 * an experiment (no `finished`) is judged by its own counts.
 */
export async function enrichWithScores(snapshot: RunSnapshot, ctx: EnrichContext): Promise<RunSnapshot> {
  const body = ctx.lastBody as { finished?: unknown; eval?: unknown } | null;
  if (snapshot.status !== 'completed' || body?.finished === undefined || body.eval !== undefined) return snapshot;
  const path = `/runs/${encodeURIComponent(ctx.runId)}/scores`;
  return (await ctx.getJson(path, (scores) => withScores(snapshot, scores))) as RunSnapshot;
}
