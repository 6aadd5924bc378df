import type { RunStatus } from '../model.ts';
import type { GateDecision } from '../rules/rules.ts';

// When runs end differently, the status output names the most telling one.
const STATUS_ORDER: RunStatus[] = ['error', 'timed_out', 'cancelled', 'failed', 'running', 'pending', 'completed'];

const text = (value: number | string | null | undefined): string => (value === null || value === undefined ? '' : String(value));

/**
 * The step outputs. Numbers as JavaScript prints them, unrounded; per-run
 * figures only when there is exactly one run; empty string for no value.
 */
export function gateOutputs(gate: GateDecision, extra: { commentUrl: string | null; reportPath: string | null }) {
  const only = gate.runs.length === 1 ? gate.runs[0] : undefined;
  const statuses = new Set(gate.runs.map((v) => v.run.status));
  return {
    verdict: gate.verdict,
    passed: String(gate.verdict === 'pass'),
    status: STATUS_ORDER.find((s) => statuses.has(s)) ?? 'error',
    score: text(only?.run.score),
    threshold: text(only?.decision.thresholdApplied),
    'pass-rate': text(only?.run.passRate),
    'sample-rank': text(only?.run.sampleRank),
    sampled: String(gate.sampled),
    'run-url': text(only?.run.url),
    'comment-url': text(extra.commentUrl),
    report: text(extra.reportPath),
    regression: gate.regression,
    warnings: String(gate.warnings ?? 0),
  };
}

/** The outputs of a gate skipped by paths: no run was read, so nothing passed (passed is false) and nothing failed. */
export function skippedOutputs(): Record<string, string> {
  const outputs = {
    verdict: 'skipped',
    passed: 'false',
    status: 'skipped',
    score: '',
    threshold: '',
    'pass-rate': '',
    'sample-rank': '',
    sampled: 'false',
    'run-url': '',
    'comment-url': '',
    report: '',
    regression: 'none',
    warnings: '0',
  } satisfies Record<keyof ReturnType<typeof gateOutputs>, string>;
  return { ...outputs, review: 'none' };
}
