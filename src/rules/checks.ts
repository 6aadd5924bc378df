// The single checks a run goes through; rules.ts decides in which order and what they add up to.
import type { MetricThreshold } from '../inputs/inputs.ts';
import type { GateRun } from '../model.ts';
import { formatPair, formatPercent, formatScore } from '../numbers.ts';
import { closestName } from './suggest.ts';
import type { Check } from './verdict.ts';

/** How a rule shows its figures to a person: rounded, `decimals` more when two would read the same. */
export type Show = (value: number, decimals?: number) => string;
export const pct: Show = formatPercent;
export const score: Show = formatScore;

/** Rule 1: the run must have reached the vendor's successful terminal state. */
export function statusCheck(run: GateRun): Check {
  const rule = 'run finished';
  if (run.problem !== null) return { rule, outcome: 'error', detail: run.problem };
  switch (run.status) {
    case 'completed':
      return { rule, outcome: 'pass', detail: 'the run completed' };
    case 'failed':
      return { rule, outcome: 'fail', detail: `the vendor reports the run failed${run.vendorError ? `: ${run.vendorError}` : ''}` };
    case 'cancelled':
      return { rule, outcome: 'fail', detail: 'the vendor reports the run was cancelled' };
    case 'timed_out':
      return { rule, outcome: 'error', detail: 'the run did not finish before the timeout' };
    case 'pending':
    case 'running':
    case 'error':
      return { rule, outcome: 'error', detail: `the run is ${run.status}, not finished` };
  }
}

/** Rule 2: the vendor's own verdict, used only when the user set neither threshold nor min-pass-rate. */
export function vendorCheck(run: GateRun): Check {
  const rule = "vendor's verdict";
  if (run.vendorPassed === true) return { rule, outcome: 'pass', detail: 'the vendor reports a pass' };
  if (run.vendorPassed === false) {
    const figures =
      run.score !== null && run.vendorThreshold !== null
        ? ` (score ${formatPair(run.score, run.vendorThreshold).join(', its threshold ')})`
        : '';
    return { rule, outcome: 'fail', detail: `the vendor reports a fail${figures}${run.verdictWhy ? `: ${run.verdictWhy}` : ''}` };
  }
  const gap = run.verdictGap ?? 'it gave none';
  return { rule, outcome: 'error', detail: `no verdict from the vendor: ${gap}; set threshold or min-pass-rate to decide` };
}

/** Rule 2 when threshold or min-pass-rate is set: they decide in place of the vendor's verdict, which the report still shows. */
export function vendorSkipped(run: GateRun, replacedBy: string[]): Check {
  const said = run.vendorPassed === null ? 'gives none' : `reports a ${run.vendorPassed ? 'pass' : 'fail'}`;
  const deciding = `${replacedBy.join(' and ')} ${replacedBy.length > 1 ? 'are set and decide' : 'is set and decides'}`;
  return { rule: "vendor's verdict", outcome: 'skipped', detail: `${deciding} in its place (the vendor ${said})` };
}

export function minimumCheck(rule: string, label: string, actual: number | null, minimum: number, show: Show): Check {
  if (actual === null) {
    return { rule, outcome: 'fail', detail: `${rule} ${show(minimum)} is set, but the vendor gives no ${label} for this run` };
  }
  const holds = actual >= minimum;
  const [shown, against] = formatPair(actual, minimum, show);
  return { rule, outcome: holds ? 'pass' : 'fail', detail: `${label} ${shown} ${holds ? '≥' : '<'} ${against}` };
}

/** Metric names listed when a threshold names none of them; the JSON report has the run's every metric. */
const METRICS_LISTED = 10;

/** A threshold's metric the run does not have: the names it has, and the one likely meant. */
function missingMetric(run: GateRun, metric: string): string {
  const names = run.metrics.map((m) => m.name);
  const missing = `metric ${metric} is not among the vendor's metrics for this run`;
  if (names.length === 0) return `${missing}: it reports none`;
  const more = names.length > METRICS_LISTED ? ` and ${names.length - METRICS_LISTED} more` : '';
  const meant = closestName(metric, names);
  return `${missing}, which are ${names.slice(0, METRICS_LISTED).join(', ')}${more}${meant ? `; did you mean ${meant}?` : ''}`;
}

export function metricCheck(run: GateRun, { metric, min }: MetricThreshold): Check {
  const rule = `metric ${metric} minimum`;
  const found = run.metrics.find((m) => m.name === metric);
  // A rule the vendor's answer cannot decide (a misspelt name, a metric it does not return) is no verdict, never a pass.
  if (!found) return { rule, outcome: 'error', detail: missingMetric(run, metric) };
  if (found.problem) return { rule, outcome: 'error', detail: found.problem };
  return minimumCheck(rule, `metric ${metric}`, found.score, min, score);
}
