import type { ProviderName } from '../src/model.ts';
import { aegisEvaluation, aegisRun } from './fixtures/aegis.ts';
import type { Step } from './vendor-sim.ts';

export const SCENARIOS = ['pass', 'fail', 'slow', 'flaky'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface Scenario {
  path: string;
  steps: Step[];
}

/** Bodies a vendor serves for a run in flight, one that passes, and one that fails. */
interface Timeline {
  /** The path part of the vendor's default base-url. */
  basePath: string;
  path: (runId: string) => string;
  inFlight: () => unknown[];
  passed: () => unknown;
  failed: () => unknown;
}

const TIMELINES: Partial<Record<ProviderName, Timeline>> = {
  aegis: {
    basePath: '/api/v1',
    path: (runId) => `/api/v1/runs/${runId}`,
    inFlight: () => [
      aegisRun({ finished: false, evaluations: [aegisEvaluation(0, { finished: false }), aegisEvaluation(1, { finished: false })] }),
      aegisRun({ finished: false, evaluations: [aegisEvaluation(0), aegisEvaluation(1, { finished: false })] }),
    ],
    passed: () => aegisRun(),
    failed: () =>
      aegisRun({
        result: 61.5,
        aggregate: { ans_corr: 52, faith: 71 },
        evaluations: [
          aegisEvaluation(0, { result: 40, prompt: 'Summarise the refund policy', explanation: 'Misses the 30-day window.' }),
          aegisEvaluation(1, { metric: 'faith', result: 71 }),
          aegisEvaluation(2, { result: 64, prompt: 'Cancel my order', explanation: 'Offers a discount instead.' }),
        ],
      }),
  },
};

export function timelineFor(vendor: ProviderName): Timeline {
  const timeline = TIMELINES[vendor];
  if (!timeline) throw new Error(`no simulator timeline for ${vendor} yet`);
  return timeline;
}

export function scenario(vendor: ProviderName, name: ScenarioName, runId: string): Scenario {
  const t = timelineFor(vendor);
  const inFlight = t.inFlight().map((json) => ({ json }));
  switch (name) {
    case 'pass':
      return { path: t.path(runId), steps: [...inFlight, { json: t.passed() }] };
    case 'fail':
      return { path: t.path(runId), steps: [...inFlight, { json: t.failed() }] };
    case 'slow':
      return { path: t.path(runId), steps: [...inFlight, ...inFlight, ...inFlight, { json: t.passed() }] };
    case 'flaky':
      return {
        path: t.path(runId),
        steps: [{ status: 503 }, inFlight[0] ?? { status: 502 }, { fault: 'reset' }, { status: 429, headers: { 'retry-after': '1' } }, { json: t.passed() }],
      };
  }
}
