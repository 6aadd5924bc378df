import { z } from 'zod';
import { SchemaError } from '../errors.ts';
import type { MetricResult, RunSnapshot } from '../model.ts';
import { type EvaluationScan, scanEvaluations } from './aegis-evaluations.ts';
import { durationBetweenMs, looseCost, looseString, parseWith, presentDetails } from './schema.ts';
import type { Provider } from './types.ts';

// Only the fields the gate uses. The verdict fields are strict (a wrong type is
// an error that names them); the rest only decorate the report, so they are
// loose. Evaluations are read by hand (aegis-evaluations.ts).
const run = z.object({
  finished_at: z.string().nullable(),
  started_at: looseString,
  result: z.number().nullish(),
  threshold: z.number().nullish(),
  is_gte_threshold: z.boolean().nullish(),
  aggregate_results: z.record(z.string(), z.unknown()).nullish().catch(null),
  evaluations: z.array(z.unknown()).nullish().catch(null),
  total_cost: looseCost,
  dataset: looseString,
  model_slug: looseString,
  alias: looseString,
});
type AegisRun = z.infer<typeof run>;

function metricsOf(body: AegisRun, scan: EvaluationScan): MetricResult[] {
  return Object.entries(body.aggregate_results ?? {}).map(([name, value]) => {
    const score = typeof value === 'number' ? value : null;
    const threshold = scan.thresholds.get(name) ?? null;
    return { name, score, threshold, passed: score !== null && threshold !== null ? score >= threshold : null };
  });
}

/** Aegis has no status field: a run is finished when `finished_at` is set, and passed by `is_gte_threshold`. */
function vendorVerdict(body: AegisRun): Pick<RunSnapshot, 'vendorPassed' | 'verdictGap'> {
  if (body.is_gte_threshold != null) return { vendorPassed: body.is_gte_threshold, verdictGap: null };
  if (body.result == null) return { vendorPassed: null, verdictGap: 'field "result" is null and "is_gte_threshold" is null' };
  if (body.threshold == null) return { vendorPassed: null, verdictGap: 'field "threshold" is null and "is_gte_threshold" is null' };
  return { vendorPassed: body.result >= body.threshold, verdictGap: null };
}

function parse(body: unknown): RunSnapshot {
  const data = parseWith(run, body);
  const finished = data.finished_at !== null;
  // A run that evaluated nothing is never a pass, whatever its verdict says.
  if (finished && data.evaluations?.length === 0)
    throw new SchemaError('field "evaluations": empty on a finished run, so nothing was evaluated');
  const scan = scanEvaluations(data.evaluations ?? []);
  return {
    status: finished ? 'completed' : 'running',
    ...(finished ? vendorVerdict(data) : { vendorPassed: null, verdictGap: null }),
    score: data.result ?? null,
    vendorThreshold: data.threshold ?? null,
    passRate: scan.total > 0 ? (scan.total - scan.failureCount) / scan.total : null,
    metrics: metricsOf(data, scan),
    failures: scan.failures,
    failureCount: scan.failureCount,
    sampleRank: null,
    costUsd: data.total_cost ?? null,
    durationMs: durationBetweenMs(data.started_at, data.finished_at),
    url: null,
    progress: !finished && scan.total > 0 ? { done: scan.finished, total: scan.total } : null,
    vendorError: null,
    inFlightNote: null,
    details: presentDetails([
      ['Dataset', data.dataset],
      ['Model', data.model_slug],
      ['Alias', data.alias],
    ]),
  };
}

export const aegis: Provider = {
  name: 'aegis',
  label: 'Aegis Evals',
  defaultBaseUrl: 'https://api.aegisevals.ai/api/v1',
  docsUrl: 'https://docs.aegisevals.ai',
  runIdPattern: { pattern: /^\d+$/, expected: 'an integer run id' },
  authHeaders: ({ apiKey }) => ({ authorization: `Bearer ${apiKey}` }),
  runPath: (runId) => `/runs/${encodeURIComponent(runId)}`,
  parse,
};
