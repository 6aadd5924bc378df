// What Runtype's results page says a run used: cost, per-record latency and tokens, summed from
// each record's step results (shared/vendor-docs/runtype.txt: `totalCost`, `durationMs`,
// `promptTokens`, `completionTokens`, `reasoningTokens` on each step). A figure is given only
// when every processed record lists it on every step: a partial sum would under-count a budget.
import type { BudgetGaps, RunSnapshot } from '../model.ts';

/** The step fields read here; each a number, or null (or absent) when the step gives none. */
export interface StepUsage {
  totalCost?: number | null;
  durationMs?: number | null;
  promptTokens?: number | null;
  completionTokens?: number | null;
  reasoningTokens?: number | null;
}

type Usage = Pick<RunSnapshot, 'costUsd' | 'latencyMs' | 'tokens' | 'budgetGaps'>;

const field = (recordId: string, step: number, name: string) => `field "resultsByRecord.${recordId}[${step}].${name}"`;

/**
 * Cost and tokens over the run, and each record's latency (its steps run one
 * after another, so their durations add up). `processed` is the run's
 * `processedRecords`: a page that lists fewer records gives none of the three.
 */
export function runtypeUsage(records: Record<string, StepUsage[]>, processed: number): Usage {
  const ids = Object.keys(records);
  const latencyMs = new Float64Array(ids.length);
  const gaps: BudgetGaps = {};
  let cost = 0;
  let tokens = 0;
  ids.forEach((recordId, i) => {
    const steps = records[recordId] ?? [];
    if (steps.length === 0) gaps.latency ??= `field "resultsByRecord.${recordId}" lists no step`;
    steps.forEach((step, s) => {
      if (step.totalCost == null) gaps.cost ??= `${field(recordId, s, 'totalCost')} is missing`;
      else cost += step.totalCost;
      if (step.durationMs == null || step.durationMs < 0) gaps.latency ??= `${field(recordId, s, 'durationMs')} is missing`;
      else latencyMs[i] = (latencyMs[i] ?? 0) + step.durationMs;
      // Reasoning tokens are counted apart from completion tokens (the page's example gives 20 beside 10); a step without reasoning gives none.
      const missing = step.promptTokens == null ? 'promptTokens' : step.completionTokens == null ? 'completionTokens' : null;
      if (missing) gaps.tokens ??= `${field(recordId, s, missing)} is missing`;
      else tokens += (step.promptTokens ?? 0) + (step.completionTokens ?? 0) + (step.reasoningTokens ?? 0);
    });
  });
  if (ids.length < processed) {
    const partial = `field "resultsByRecord" lists ${ids.length} of the ${processed} processed records`;
    gaps.cost ??= partial;
    gaps.latency ??= partial;
    gaps.tokens ??= partial;
  }
  return {
    // Twelve significant digits: a sum of many costs carries binary noise (0.04378750000000001).
    costUsd: gaps.cost ? null : Number(cost.toPrecision(12)),
    latencyMs: gaps.latency ? null : latencyMs,
    tokens: gaps.tokens ? null : tokens,
    budgetGaps: Object.keys(gaps).length > 0 ? gaps : null,
  };
}
