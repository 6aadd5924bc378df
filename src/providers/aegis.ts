import { z } from 'zod';
import type { FailingRecord, MetricResult, RunSnapshot } from '../model.ts';
import type { Provider } from './types.ts';
import {
  durationBetweenMs,
  firstMatches,
  looseBoolean,
  looseCost,
  looseNumber,
  looseString,
  MAX_FAILURES_KEPT,
  parseWith,
} from './schema.ts';

// Only the fields the gate uses. The verdict fields are strict (a wrong type is
// an error that names them); the rest only decorate the report, so they are loose.
const evaluation = z.object({
  metric: looseString,
  record_index: looseNumber,
  record: z.object({ id: looseNumber, prompt: looseString }).nullish().catch(null),
  result: looseNumber,
  threshold: looseNumber,
  explanation: looseString,
  finished_at: looseString,
  is_success: looseBoolean,
  is_gte_threshold: looseBoolean,
});
type Evaluation = z.infer<typeof evaluation>;

const run = z.object({
  finished_at: z.string().nullable(),
  started_at: looseString,
  result: z.number().nullish(),
  threshold: z.number().nullish(),
  is_gte_threshold: z.boolean().nullish(),
  aggregate_results: z.record(z.string(), z.unknown()).nullish().catch(null),
  evaluations: z.array(evaluation).nullish().catch(null),
  total_cost: looseCost,
  dataset: looseString,
  model_slug: looseString,
  alias: looseString,
});
type AegisRun = z.infer<typeof run>;

const evaluationPassed = (e: Evaluation): boolean => e.is_gte_threshold === true && e.is_success !== false;

function toFailure(e: Evaluation): FailingRecord {
  const recordId = e.record?.id;
  return {
    name: `record ${e.record_index ?? '?'}${recordId == null ? '' : ` (id ${recordId})`}`,
    metric: e.metric ?? null,
    score: e.result ?? null,
    threshold: e.threshold ?? null,
    message: e.is_success === false ? `evaluation did not succeed${e.explanation ? `: ${e.explanation}` : ''}` : (e.explanation ?? null),
    prompt: e.record?.prompt ?? null,
  };
}

function metricsOf(body: AegisRun): MetricResult[] {
  const thresholds = new Map<string, number>();
  for (const e of body.evaluations ?? []) {
    if (e.metric && e.threshold != null && !thresholds.has(e.metric)) thresholds.set(e.metric, e.threshold);
  }
  return Object.entries(body.aggregate_results ?? {}).map(([name, value]) => {
    const score = typeof value === 'number' ? value : null;
    const threshold = thresholds.get(name) ?? null;
    return { name, score, threshold, passed: score !== null && threshold !== null ? score >= threshold : null };
  });
}

function vendorVerdict(body: AegisRun): { passed: boolean | null; gap: string | null } {
  if (body.is_gte_threshold != null) return { passed: body.is_gte_threshold, gap: null };
  if (body.result == null) return { passed: null, gap: 'field "result" is null and "is_gte_threshold" is null' };
  if (body.threshold == null) return { passed: null, gap: 'field "threshold" is null and "is_gte_threshold" is null' };
  return { passed: body.result >= body.threshold, gap: null };
}

function parse(body: unknown): RunSnapshot {
  const data = parseWith(run, body);
  const finished = data.finished_at !== null;
  const evaluations = data.evaluations ?? [];
  const failing = firstMatches(evaluations, MAX_FAILURES_KEPT, (e) => !evaluationPassed(e), toFailure);
  const verdict = finished ? vendorVerdict(data) : { passed: null, gap: null };
  const done = evaluations.filter((e) => e.finished_at != null).length;
  return {
    status: finished ? 'completed' : 'running',
    vendorPassed: verdict.passed,
    verdictGap: verdict.gap,
    score: data.result ?? null,
    vendorThreshold: data.threshold ?? null,
    passRate: evaluations.length > 0 ? (evaluations.length - failing.count) / evaluations.length : null,
    metrics: metricsOf(data),
    failures: failing.first,
    failureCount: failing.count,
    sampleRank: null,
    costUsd: data.total_cost ?? null,
    durationMs: durationBetweenMs(data.started_at, data.finished_at),
    url: null,
    progress: !finished && evaluations.length > 0 ? { done, total: evaluations.length } : null,
    vendorError: null,
    inFlightNote: null,
    details: [
      { label: 'Dataset', value: data.dataset ?? '' },
      { label: 'Model', value: data.model_slug ?? '' },
      { label: 'Alias', value: data.alias ?? '' },
    ].filter((d) => d.value !== ''),
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
