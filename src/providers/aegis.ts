import { z } from 'zod';
import { SchemaError } from '../errors.ts';
import type { BudgetGaps, Detail, MetricResult, RunSnapshot } from '../model.ts';
import { AEGIS_SCALE, type EvaluationScan, scanEvaluations } from './aegis-evaluations.ts';
import { durationBetweenMs, looseCost, looseString, parseWith, presentDetails } from './schema.ts';
import { BOOLEAN, DATE, disagreement, LIST, orNull, shown, strict } from './strict.ts';
import { aegisStart } from './aegis-start.ts';
import type { Adapter } from './types.ts';

// Only the fields the gate uses (test/fields/aegis-fields.ts gives each one's role). The
// fields that decide are strict: their documented type and range, or an error
// that names them; the rest only decorate the report, so they are loose.
// Evaluations are read by hand (aegis-evaluations.ts).
const run = z.object({
  finished_at: strict(orNull(DATE)),
  started_at: looseString,
  result: strict(orNull(AEGIS_SCALE)),
  threshold: strict(AEGIS_SCALE),
  is_gte_threshold: strict(orNull(BOOLEAN)),
  // Read per metric in metricsOf: only a rule on a metric makes a bad figure matter.
  aggregate_results: z.record(z.string(), z.unknown()).nullable().catch(null),
  // A list whose 100,000 items scanEvaluations reads by hand: zod would copy it item by item.
  evaluations: strict(LIST),
  total_cost: looseCost,
  dataset: looseString,
  model_slug: looseString,
  alias: looseString,
});
type AegisRun = z.infer<typeof run>;

/** Each aggregate on the Aegis scale; one that is not carries its problem, so a rule on it is an error. */
function metricsOf(body: AegisRun, scan: EvaluationScan): MetricResult[] {
  return Object.entries(body.aggregate_results ?? {}).map(([name, value]) => {
    const threshold = scan.thresholds.get(name) ?? null;
    if (!orNull(AEGIS_SCALE).test(value)) {
      const problem = `field "aggregate_results.${name}": expected ${orNull(AEGIS_SCALE).expectation}, got ${shown(value)}`;
      return { name, score: null, threshold, passed: null, problem };
    }
    return { name, score: value, threshold, passed: value !== null && threshold !== null ? value >= threshold : null };
  });
}

/**
 * Aegis has no status field: a run is finished when `finished_at` is set, and
 * passed by `is_gte_threshold`, which must agree with `result` and `threshold`.
 * When it is null beside both numbers, the verdict is the comparison it reports.
 */
function vendorVerdict(body: AegisRun): Pick<RunSnapshot, 'vendorPassed' | 'verdictGap'> & { details?: Detail[] } {
  const verdict = body.is_gte_threshold;
  if (verdict === null && body.result !== null) {
    const derived = `${body.result} ${body.result >= body.threshold ? '≥' : '<'} threshold ${body.threshold}`;
    const detail = { label: 'Verdict', value: `derived by eval-gate: "is_gte_threshold" is null, and result ${derived}` };
    return { vendorPassed: body.result >= body.threshold, verdictGap: null, details: [detail] };
  }
  if (verdict === null) return { vendorPassed: null, verdictGap: 'field "is_gte_threshold" is null on a finished run' };
  if (body.result === null)
    throw new SchemaError(
      `field "result": null on a finished run whose "is_gte_threshold" is ${verdict}, so that verdict rests on nothing`,
    );
  if (body.result >= body.threshold !== verdict) {
    throw disagreement(
      ['is_gte_threshold', verdict],
      ['result', body.result],
      `the result is ${body.result >= body.threshold ? 'at or above' : 'below'} the threshold of ${body.threshold}`,
    );
  }
  return { vendorPassed: verdict, verdictGap: null };
}

/** Why a budget's figure is missing from this answer (only asked of a finished run). */
function gapsOf(data: AegisRun, scan: EvaluationScan): BudgetGaps | null {
  const gaps: BudgetGaps = {};
  if (data.total_cost == null) gaps.cost = 'field "total_cost" is null or not a number';
  if (durationBetweenMs(data.started_at, data.finished_at) === null)
    gaps.duration = 'fields "started_at" and "finished_at" do not give a duration';
  if (scan.latencyGap) gaps.latency = scan.latencyGap;
  return Object.keys(gaps).length > 0 ? gaps : null;
}

function parse(body: unknown): RunSnapshot {
  const data = parseWith(run, body);
  const finished = data.finished_at !== null;
  // A run that evaluated nothing is never a pass, whatever its verdict says.
  if (finished && data.evaluations.length === 0)
    throw new SchemaError('field "evaluations": empty on a finished run, so nothing was evaluated');
  const scan = scanEvaluations(data.evaluations, finished);
  const { details: verdictDetails = [], ...verdict } = finished ? vendorVerdict(data) : { vendorPassed: null, verdictGap: null };
  return {
    status: finished ? 'completed' : 'running',
    ...verdict,
    score: data.result,
    vendorThreshold: data.threshold,
    passRate: scan.total > 0 ? (scan.total - scan.failureCount) / scan.total : null,
    metrics: metricsOf(data, scan),
    failures: scan.failures,
    failureCount: scan.failureCount,
    records: scan.records,
    sampleRank: null,
    costUsd: data.total_cost ?? null,
    durationMs: durationBetweenMs(data.started_at, data.finished_at),
    latencyMs: scan.latencyGap === null ? scan.latencyMs : null,
    budgetGaps: gapsOf(data, scan),
    url: null,
    progress: !finished && scan.total > 0 ? { done: scan.finished, total: scan.total } : null,
    vendorError: null,
    inFlightNote: null,
    details: [
      ...verdictDetails,
      ...presentDetails([
        ['Dataset', data.dataset],
        ['Model', data.model_slug],
        ['Alias', data.alias],
      ]),
    ],
  };
}

export const aegis: Adapter = {
  defaultBaseUrl: 'https://api.aegisevals.ai/api/v1',
  runIdPattern: { pattern: /^\d+$/, expected: 'an integer run id' },
  authHeaders: ({ apiKey }) => ({ authorization: `Bearer ${apiKey}` }),
  runPath: (runId) => `/runs/${encodeURIComponent(runId)}`,
  parse,
  start: aegisStart,
};
