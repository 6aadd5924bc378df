import { type Comparison, compareWithBaseline, regressionCheck } from './baseline.ts';
import { metricCheck, minimumCheck, pct, score, statusCheck, vendorCheck } from './checks.ts';
import { type Baseline, type Check, type Verdict, worstVerdict } from './verdict.ts';
import type { MetricThreshold } from '../inputs/inputs.ts';
import type { GateRun } from '../model.ts';

export type { Baseline, Check, Verdict } from './verdict.ts';
export { worstVerdict } from './verdict.ts';

export interface RuleConfig {
  threshold: number | null;
  minPassRate: number | null;
  metricThresholds: MetricThreshold[];
  sampleRate: number;
  /** Points the score (and each metric) may drop below the baseline run. */
  maxRegression: number | null;
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
}

export function decideRun(run: GateRun, config: RuleConfig, baseline: Baseline | null = null): RunDecision {
  const status = statusCheck(run);
  const checks: Check[] = [status];
  const comparison = baseline?.run ? compareWithBaseline(run, baseline.run) : null;
  if (status.outcome === 'pass') {
    const userRules = config.threshold !== null || config.minPassRate !== null;
    if (!userRules) checks.push(vendorCheck(run));
    if (config.threshold !== null) checks.push(minimumCheck('threshold', 'score', run.score, config.threshold, score));
    if (config.minPassRate !== null) checks.push(minimumCheck('min-pass-rate', 'pass rate', run.passRate, config.minPassRate, pct));
    for (const metric of config.metricThresholds) checks.push(metricCheck(run, metric));
    const regression = regressionCheck(comparison, baseline, config.maxRegression);
    if (regression) checks.push(regression);
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
}

/** Several runs gate as one: pass only when every run passes, error when any could not be decided, or when there is none. */
export function decideGate(runs: GateRun[], config: RuleConfig, baseline: Baseline | null = null): GateDecision {
  if (runs.length === 0) return { verdict: 'error', reason: 'there is no run to judge', runs: [], sampled: false, baseline };
  const verdicts = runs.map((run) => ({ run, decision: decideRun(run, config, baseline) }));
  const verdict = worstVerdict(verdicts.map((v) => v.decision.verdict));
  const sampled = verdicts.some((v) => v.decision.sampled);
  if (verdicts.length === 1) return { verdict, reason: verdicts[0]?.decision.reason ?? '', runs: verdicts, sampled, baseline };
  const offending = verdicts.filter((v) => v.decision.verdict === verdict);
  const first = offending[0];
  const reason =
    verdict === 'pass'
      ? `all ${verdicts.length} runs pass`
      : `${offending.length} of ${verdicts.length} runs ${verdict === 'fail' ? 'fail' : 'could not be decided'}; run ${first?.run.runId}: ${first?.decision.reason}`;
  return { verdict, reason, runs: verdicts, sampled, baseline };
}

/** Only the rule settings, picked by name, so nothing else (a key) can ride along into a report. */
/** The verdict and its reason in one line, as the log and the commit status say it. */
export function verdictLine(gate: Pick<GateDecision, 'verdict' | 'reason'>): string {
  return `${gate.verdict === 'error' ? 'could not decide' : gate.verdict}: ${gate.reason}`;
}

export function ruleConfigOf(settings: RuleConfig): RuleConfig {
  return {
    threshold: settings.threshold,
    minPassRate: settings.minPassRate,
    metricThresholds: settings.metricThresholds,
    sampleRate: settings.sampleRate,
    maxRegression: settings.maxRegression,
  };
}
