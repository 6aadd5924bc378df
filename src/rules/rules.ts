import { compareWithBaseline, regressionCheck } from './baseline.ts';
import type { Comparison } from './comparison.ts';
import { metricCheck, minimumCheck, pct, score, statusCheck, vendorCheck, vendorSkipped } from './checks.ts';
import { type Baseline, type Check, type Verdict, worstVerdict } from './verdict.ts';
import { type RegressionOutput, worstRegression } from './regression.ts';
import type { MetricThreshold } from '../inputs/inputs.ts';
import type { GateRun } from '../model.ts';
import { provenanceCheck } from './provenance.ts';
import type { Budgets } from '../inputs/budgets.ts';
import { budgetChecks } from './budgets.ts';
import { applyWarnOn, warningCount } from './warn-on.ts';

export type { Baseline, Check, Outcome, Verdict } from './verdict.ts';
export { worstVerdict } from './verdict.ts';
export { verdictLine, verdictWords, warningLines } from './verdict-line.ts';

export interface RuleConfig extends Partial<Budgets> {
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
  /** Rule names (warn-on) whose failures are warnings; checked in gate.ts against the rules set. */
  warnOn?: string[];
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
  const decided = applyWarnOn(checks, config.warnOn);
  const verdict = worstVerdict(decided.map((c) => c.outcome));
  const first = decided.find((c) => c.outcome === verdict) ?? status;
  return {
    verdict,
    reason: verdict === 'pass' ? heldReason(decided.filter((c) => c !== status)) || status.detail : first.detail,
    checks: decided,
    sampled: run.sampleRank < config.sampleRate,
    thresholdApplied: config.threshold ?? run.vendorThreshold,
    comparison,
    regression: regression?.regression ?? 'none',
  };
}

/** What held, warnings first: `warning: score 61.5 < 70; pass rate 98% ≥ 95%`. */
function heldReason(checks: Check[]): string {
  const warned = checks.filter((c) => c.outcome === 'warning').map((c) => `warning: ${c.detail}`);
  return [...warned, ...checks.filter((c) => c.outcome === 'pass').map((c) => c.detail)].join('; ');
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
  /** The budget rules, measured over every gated run (rules/budgets.ts); absent or empty when none is set. */
  budgets?: Check[];
  /** Failures of warn-on's rules, over the runs and the budgets: shown as warnings, not failing the gate. */
  warnings?: number;
}

/** Several runs gate as one: pass only when every run and every budget passes, error when any could not be decided, or when there is no run. */
export function decideGate(runs: GateRun[], config: RuleConfig, baseline: Baseline | null = null): GateDecision {
  if (runs.length === 0)
    return {
      verdict: 'error',
      reason: 'there is no run to judge',
      runs: [],
      sampled: false,
      baseline,
      regression: 'none',
      budgets: [],
      warnings: 0,
    };
  const verdicts = runs.map((run) => ({ run, decision: decideRun(run, config, baseline) }));
  const budgets = applyWarnOn(budgetChecks(runs, config), config.warnOn);
  const verdict = worstVerdict([...verdicts.map((v) => v.decision.verdict), ...budgets.map((c) => c.outcome)]);
  const warnings = warningCount([...verdicts.flatMap((v) => v.decision.checks), ...budgets]);
  const sampled = verdicts.some((v) => v.decision.sampled);
  const regression = worstRegression(verdicts.map((v) => v.decision.regression));
  return { verdict, reason: gateReason(verdicts, budgets, verdict), runs: verdicts, sampled, baseline, regression, budgets, warnings };
}

/** The first run, else the first budget, that gave the verdict; for a pass, what held. */
function gateReason(verdicts: RunVerdict[], budgets: Check[], verdict: Verdict): string {
  const offending = verdicts.filter((v) => v.decision.verdict === verdict);
  const first = offending[0];
  // The verdict is the worst of the runs' and the budgets': when no run gave it, a budget did.
  if (verdict !== 'pass' && !first) return budgets.find((c) => c.outcome === verdict)?.detail ?? '';
  const runs =
    verdicts.length === 1
      ? (verdicts[0]?.decision.reason ?? '')
      : verdict === 'pass'
        ? `all ${verdicts.length} runs pass`
        : `${offending.length} of ${verdicts.length} runs ${verdict === 'fail' ? 'fail' : 'could not be decided'}; run ${first?.run.runId}: ${first?.decision.reason}`;
  const held = verdict === 'pass' ? heldReason(budgets) : '';
  return [runs, held].filter(Boolean).join('; ');
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
    maxCostUsd: settings.maxCostUsd ?? null,
    maxDurationMs: settings.maxDurationMs ?? null,
    maxP95LatencyMs: settings.maxP95LatencyMs ?? null,
    maxTokens: settings.maxTokens ?? null,
    warnOn: settings.warnOn ?? [],
  };
}
