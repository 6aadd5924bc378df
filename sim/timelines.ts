import type { ProviderName } from '../src/model.ts';
import { aegisEvaluation, aegisRun } from './fixtures/aegis.ts';
import { avidoEval, avidoRun } from './fixtures/avido.ts';
import { eigenpalRun } from './fixtures/eigenpal.ts';
import { humanloopRun, humanloopRuns, humanloopStats } from './fixtures/humanloop.ts';
import { runtypeResults } from './fixtures/runtype.ts';
import type { Step } from './vendor-sim.ts';

/**
 * What each simulated vendor serves: bodies for a run in flight, passed and
 * failed, and, where the vendor has them, errored, cancelled and unknown states.
 * The demo and the conformance suite both play these.
 */
export interface Timeline {
  /** The path part of the vendor's default base-url. */
  basePath: string;
  /** The resource path after the base, as the vendor documents it. */
  resource: (runId: string) => string;
  /** The auth header's name, and its value for a key. */
  auth: [string, (key: string) => string];
  inFlight: () => unknown[];
  passed: () => unknown;
  failed: () => unknown;
  errored?: () => unknown;
  cancelled?: () => unknown;
  unknownStatus?: () => unknown;
  /** A body without a field the verdict needs, and that field's name. */
  missingRequired: () => { body: unknown; field: string };
  /** Other paths the adapter reads (Humanloop's evaluation and stats), for a run that passes or fails. */
  extraRoutes?: (runId: string, outcome?: 'passed' | 'failed') => Record<string, Step[]>;
  /**
   * The threshold the stories gate on, for a vendor whose verdict gives no
   * figure to fail on (Eigenpal) or that has no verdict (Humanloop): with it,
   * `failed()` fails on a score under it and `passed()` passes.
   */
  threshold?: string;
  /**
   * The vendor's older documented shape, which eval-gate still reads: played by
   * the `legacy-pass` and `legacy-fail` scenarios (the default ones serve the current docs).
   */
  legacy?: Pick<Timeline, 'inFlight' | 'passed' | 'failed'>;
}

const bearer: Timeline['auth'] = ['authorization', (key) => `Bearer ${key}`];

export const TIMELINES: Record<ProviderName, Timeline> = {
  aegis: {
    basePath: '/api/v1',
    resource: (id) => `/runs/${id}`,
    auth: bearer,
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
    missingRequired: () => {
      const { finished_at: _, ...body } = aegisRun();
      return { body, field: 'finished_at' };
    },
  },
  eigenpal: {
    basePath: '/api/v1',
    resource: (id) => `/runs/${id}`,
    auth: bearer,
    // An agent run of one dataset example (eval-scoped), as the demo starts it (CURRENT.md §2).
    inFlight: () => [eigenpalRun({ finished: false, status: 'pending' }), eigenpalRun({ finished: false, status: 'running' })],
    passed: () => eigenpalRun(),
    failed: () => eigenpalRun({ evalScore: 0.41, evalPassed: false }),
    // Eigenpal's eval says passed or not, with no threshold beside the score: the story names one.
    threshold: '0.8',
    errored: () => eigenpalRun({ status: 'failed', error: 'Step "extract" timed out after 300s' }),
    cancelled: () => eigenpalRun({ status: 'cancelled' }),
    unknownStatus: () => eigenpalRun({ status: 'paused' }),
    missingRequired: () => {
      const { finished: _, ...body } = eigenpalRun();
      return { body, field: 'finished' };
    },
    // The snapshot page's run: no execution.status, so `finished` decides.
    legacy: {
      inFlight: () => [eigenpalRun({ legacy: true, finished: false })],
      passed: () => eigenpalRun({ legacy: true }),
      failed: () => eigenpalRun({ legacy: true, evalScore: 0.41, evalPassed: false }),
    },
  },
  avido: {
    basePath: '/v0',
    resource: (id) => `/runs/${id}`,
    auth: ['x-api-key', (key) => key],
    inFlight: () => [
      avidoRun('PENDING', undefined, []),
      avidoRun('IN_PROGRESS', undefined, [avidoEval('e1', 'PASSED'), avidoEval('e2', 'IN_PROGRESS')]),
    ],
    passed: () => avidoRun('COMPLETED', 'PASSED'),
    failed: () => avidoRun('COMPLETED', 'FAILED', [avidoEval('e1', 'PASSED'), avidoEval('e2', 'FAILED', 'STYLE')]),
    // Avido's result says FAILED with no threshold beside the score: the story names one.
    threshold: '80',
    unknownStatus: () => avidoRun('ARCHIVED'),
    missingRequired: () => ({ body: avidoRun(undefined), field: 'status' }),
  },
  runtype: {
    basePath: '/v1',
    resource: (id) => `/eval/${id}/results`,
    auth: bearer,
    inFlight: () => [runtypeResults('queued', 0, 0), runtypeResults('running', 20, 0)],
    passed: () => runtypeResults('completed', 50, 0),
    failed: () => runtypeResults('completed', 50, 2),
    // 2 of 50 records failed: a score of 96 under the story's 98.
    threshold: '98',
    errored: () => runtypeResults('failed', 20, 0),
    cancelled: () => runtypeResults('canceled', 20, 0),
    unknownStatus: () => runtypeResults('exploded', 20, 0),
    missingRequired: () => {
      const { totalRecords: _, ...body } = runtypeResults('completed', 50, 0);
      return { body, field: 'totalRecords' };
    },
  },
  humanloop: {
    basePath: '/v5',
    resource: (id) => `/evaluations/${id}/runs`,
    auth: ['x-api-key', (key) => key],
    inFlight: () => [
      humanloopRuns(humanloopRun('rn_1', 'pending', { control: true }), humanloopRun('rn_2', 'pending')),
      humanloopRuns(humanloopRun('rn_1', 'completed', { control: true }), humanloopRun('rn_2', 'running')),
    ],
    passed: () => humanloopRuns(humanloopRun('rn_1', 'completed', { control: true }), humanloopRun('rn_2', 'completed')),
    // Humanloop has no verdict: a completed run fails on its stats (60% true) under the threshold of 85.
    failed: () => humanloopRuns(humanloopRun('rn_1', 'completed', { control: true }), humanloopRun('rn_2', 'completed')),
    threshold: '85',
    cancelled: () => humanloopRuns(humanloopRun('rn_1', 'cancelled'), humanloopRun('rn_2', 'cancelled')),
    unknownStatus: () => humanloopRuns(humanloopRun('rn_1', 'archived')),
    missingRequired: () => ({ body: { items: [] }, field: 'runs' }),
    extraRoutes: (id, outcome = 'passed') => ({
      [`/v5/evaluations/${id}`]: [{ json: { id, name: 'support-bot regression', url: `https://app.humanloop.com/evaluations/${id}` } }],
      [`/v5/evaluations/${id}/stats`]: [
        {
          json: humanloopStats([
            { runId: 'rn_1', numTrue: 30, totalLogs: 40 },
            outcome === 'passed'
              ? { runId: 'rn_2', numTrue: 36, totalLogs: 40, mean: 0.8 }
              : { runId: 'rn_2', numTrue: 24, totalLogs: 40, mean: 0.55 },
          ]),
        },
      ],
    }),
  },
};
