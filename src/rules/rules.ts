import { compareWithBaseline, regressionCheck } from './baseline.ts';
import type { Comparison } from './comparison.ts';
import { metricCheck, minimumCheck, pct, score, statusCheck, vendorCheck, vendorSkipped } from './checks.ts';
import { type Baseline, type Check, type Verdict, worstVerdict } from './verdict.ts';
import { type RegressionOutput, worstRegression } from './regression.ts';
import type { MetricThreshold } from '../inputs/inputs.ts';
import type { GateRun } from '../model.ts';
import { provenanceCheck } from './provenance.ts';

export type { Baseline, Check, Outcome, Verdict } from './verdict.ts';
export { worstVerdict } from './verdict.ts';

export interface RuleConfig {
  /** The code every gated run must have evaluated (the ref input); not asked of the baseline. */
  ref?: string | null;
  threshold: number | null;
  minPassRate: number | null;
  metricThresholds: MetricThreshold[];
  sampleRate: number;
  /** Points the score (and each metric) may drop below the baseline run. */
  maxRegression: number | null;
  /** With max-regression: fail only on a drop significant at this one-sided confidence (0.95); null for any drop. */
  regressionConfidence?: number | null;
}

export interface RunDecision {
  verdict: Verdict;
  /** One line: the first rule that did not hold, or what held. */
  reason: string;
  checks: Check[];
  sampled: boolean;
  /** The threshold the verdict used: the user's, else the vendor's. */
  thresholdApplied: number | null;
  comparison: Comparison | null;
  /** What max-regression made of the drop: `none` without a baseline or the rule. */
  regression: RegressionOutput;
}

export function decideRun(run: GateRun, config: RuleConfig, baseline: Baseline | null = null): RunDecision {
  const status = statusCheck(run);
  const checks: Check[] = [status];
  let regression: ReturnType<typeof regressionCheck> = null;
  const comparison = baseline?.run ? compareWithBaseline(run, baseline.run) : null;
  if (status.outcome === 'pass' && config.ref) checks.push(provenanceCheck(run, config.ref));
  if (status.outcome === 'pass') {
    const userRules = [config.threshold !== null ? 'threshold' : '', config.minPassRate !== null ? 'min-pass-rate' : ''].filter(Boolean);
    checks.push(userRules.length > 0 ? vendorSkipped(run, userRules) : vendorCheck(run));
    // Named by what they count when that is not quality (Runtype's records without errors).
    const [scoreLabel, rateLabel] = run.measure ? [`score (${run.measure}, %)`, `pass rate (${run.measure})`] : ['score', 'pass rate'];
    if (config.threshold !== null) checks.push(minimumCheck('threshold', scoreLabel, run.score, config.threshold, score));
    if (config.minPassRate !== null) checks.push(minimumCheck('min-pass-rate', rateLabel, run.passRate, config.minPassRate, pct));
    for (const metric of config.metricThresholds) checks.push(metricCheck(run, metric));
    regression = regressionCheck(comparison, baseline, config.maxRegression, config.regressionConfidence ?? null);
    if (regression) checks.push(regression.check);
  }
  const verdict = worstVerdict(checks.map((c) => c.outcome));
  const first = checks.find((c) => c.outcome === verdict) ?? status;
  const held = checks.filter((c) => c.outcome === 'pass' && c !== status).map((c) => c.detail);
  return {
    verdict,
    reason: verdict === 'pass' ? held.join('; ') || status.detail : first.detail,
    checks,
    sampled: run.sampleRank < config.sampleRate,
    thresholdApplied: config.threshold ?? run.vendorThreshold,
    comparison,
    regression: regression?.regression ?? 'none',
  };
}

export interface RunVerdict {
  run: GateRun;
  decision: RunDecision;
}

export interface GateDecision {
  verdict: Verdict;
  reason: string;
  runs: RunVerdict[];
  /** True when any run is selected for human review. */
  sampled: boolean;
  baseline: Baseline | null;
  /** The `regression` output: the worst of the runs'. */
  regression: RegressionOutput;
  /** Why baseline-run-id: auto found no baseline (the regression rule was skipped). */
  baselineNote?: string | null;
}

/** Several runs gate as one: pass only when every run passes, error when any could not be decided, or when there is none. */
export function decideGate(runs: GateRun[], config: RuleConfig, baseline: Baseline | null = null): GateDecision {
  if (runs.length === 0)
    return { verdict: 'error', reason: 'there is no run to judge', runs: [], sampled: false, baseline, regression: 'none' };
  const verdicts = runs.map((run) => ({ run, decision: decideRun(run, config, baseline) }));
  const verdict = worstVerdict(verdicts.map((v) => v.decision.verdict));
  const sampled = verdicts.some((v) => v.decision.sampled);
  const regression = worstRegression(verdicts.map((v) => v.decision.regression));
  if (verdicts.length === 1) return { verdict, reason: verdicts[0]?.decision.reason ?? '', runs: verdicts, sampled, baseline, regression };
  const offending = verdicts.filter((v) => v.decision.verdict === verdict);
  const first = offending[0];
  const reason =
    verdict === 'pass'
      ? `all ${verdicts.length} runs pass`
      : `${offending.length} of ${verdicts.length} runs ${verdict === 'fail' ? 'fail' : 'could not be decided'}; run ${first?.run.runId}: ${first?.decision.reason}`;
  return { verdict, reason, runs: verdicts, sampled, baseline, regression };
}

/** The verdict and its reason in one line, as the log and the commit status say it. */
export function verdictLine(gate: Pick<GateDecision, 'verdict' | 'reason'>): string {
  return `${gate.verdict === 'error' ? 'could not decide' : gate.verdict}: ${gate.reason}`;
}

/** Only the rule settings, picked by name, so nothing else (a key) can ride along into a report. */
export function ruleConfigOf(settings: RuleConfig): RuleConfig {
  return {
    ref: settings.ref ?? null,
    threshold: settings.threshold,
    minPassRate: settings.minPassRate,
    metricThresholds: settings.metricThresholds,
    sampleRate: settings.sampleRate,
    maxRegression: settings.maxRegression,
    regressionConfidence: settings.regressionConfidence,
  };
}
