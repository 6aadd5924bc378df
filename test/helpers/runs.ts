import { emptySnapshot, type GateRun, type RunStatus } from '../../src/model.ts';
import type { RuleConfig } from '../../src/rules/rules.ts';

export function gateRun(over: Partial<GateRun> = {}): GateRun {
  return {
    ...emptySnapshot('completed'),
    vendorPassed: true,
    score: 83.5,
    vendorThreshold: 70,
    passRate: 0.975,
    provider: 'aegis',
    runId: '991',
    sampleRank: 0.5,
    sampleRankSource: 'derived',
    problem: null,
    polls: 1,
    ...over,
  };
}

export const noRules: RuleConfig = { threshold: null, minPassRate: null, metricThresholds: [], sampleRate: 0, maxRegression: null };

export const ALL_STATUSES: RunStatus[] = ['pending', 'running', 'completed', 'failed', 'cancelled', 'timed_out', 'error'];
