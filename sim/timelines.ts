import type { ProviderName } from '../src/model.ts';
import { aegisEvaluation, aegisRun } from './fixtures/aegis.ts';
import {
  AVIDO_APPLICATION_ID,
  avidoCurrentRun,
  avidoEval,
  avidoEvalRow,
  avidoFinished,
  avidoHalfway,
  avidoResult,
  avidoRun,
} from './fixtures/avido.ts';
import { eigenpalRun } from './fixtures/eigenpal.ts';
import { humanloopRun, humanloopRuns, humanloopStats } from './fixtures/humanloop.ts';
import { runtypeGroup, runtypeResults, RUNTYPE_GROUP_ID } from './fixtures/runtype.ts';
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
  /** Inputs the vendor needs beside the key (Avido's application-id), and the headers they become on every request. */
  inputs?: { values: Record<string, string>; headers: Record<string, string> };
  inFlight: () => unknown[];
  passed: () => unknown;
  failed: () => unknown;
  errored?: () => unknown;
  cancelled?: () => unknown;
  unknownStatus?: () => unknown;
  /** A body without a field the verdict needs, and that field's name. */
  missingRequired: () => { body: unknown; field: string };
  /**
   * A longer run for the slow scenario, where the vendor counts finer progress:
   * bodies in flight, each a step further, then the passed body they lead to.
   */
  long?: () => { inFlight: unknown[]; passed: unknown };
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

/** Steps of progress in a long run. */
const LONG_STEPS = 10;

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
    long: () => {
      // Ten evaluations, five per metric, at the passed run's aggregates (86 and 81, mean 83.5).
      const evaluations = (finished: number) =>
        Array.from({ length: LONG_STEPS }, (_, i) =>
          aegisEvaluation(i, { metric: i % 2 ? 'faith' : 'ans_corr', result: i % 2 ? 81 : 86, finished: i < finished }),
        );
      return {
        inFlight: Array.from({ length: LONG_STEPS }, (_, done) => aegisRun({ finished: false, evaluations: evaluations(done) })),
        passed: aegisRun({ evaluations: evaluations(LONG_STEPS) }),
      };
    },
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
    // The current docs (CURRENT.md §1): no status; the result is null, then counts that add up.
    basePath: '/v0',
    resource: (id) => `/runs/${id}`,
    auth: ['x-api-key', (key) => key],
    inputs: { values: { 'application-id': AVIDO_APPLICATION_ID }, headers: { 'x-application-id': AVIDO_APPLICATION_ID } },
    inFlight: () => [avidoCurrentRun(null), avidoHalfway()],
    passed: () => avidoFinished('passed'),
    long: () => {
      // Counts fill in as tests finish; the run is finished when they add up to the total.
      const counts = (done: number) => ({ passed: done, failed: 0, total: LONG_STEPS });
      const result = (done: number) => avidoResult(counts(done), 0.86, [avidoEvalRow('Naturalness', 'NATURALNESS', counts(done), 0.86)]);
      return {
        inFlight: Array.from({ length: LONG_STEPS }, (_, done) => avidoCurrentRun(done === 0 ? null : result(done))),
        passed: avidoCurrentRun(result(LONG_STEPS)),
      };
    },
    failed: () => avidoFinished('failed'),
    // Avido's counts give no threshold beside the pass rate: the story names one (3 of 4 tests passed, 75 < 80).
    threshold: '80',
    // A status the older page never listed, in the older flat shape (the current one has no status).
    unknownStatus: () => avidoRun('ARCHIVED'),
    missingRequired: () => {
      const { total: _, ...result } = avidoResult({ passed: 4, failed: 0, total: 4 }, 0.86, []);
      return { body: avidoCurrentRun(result), field: 'run.result.total' };
    },
    legacy: {
      inFlight: () => [
        avidoRun('PENDING', undefined, []),
        avidoRun('IN_PROGRESS', undefined, [avidoEval('e1', 'PASSED'), avidoEval('e2', 'IN_PROGRESS')]),
      ],
      passed: () => avidoRun('COMPLETED', 'PASSED'),
      failed: () => avidoRun('COMPLETED', 'FAILED', [avidoEval('e1', 'PASSED'), avidoEval('e2', 'FAILED', 'STYLE')]),
    },
  },
  runtype: {
    // The results page (runtype.txt, unchanged now) with the documented statuses, and the eval group's metrics.
    basePath: '/v1',
    resource: (id) => `/eval/${id}/results`,
    auth: bearer,
    inFlight: () => [runtypeResults('queued', 0, 0), runtypeResults('processing', 20, 0)],
    passed: () => runtypeResults('completed', 50, 0),
    long: () => ({
      inFlight: Array.from({ length: LONG_STEPS }, (_, done) => runtypeResults(done === 0 ? 'queued' : 'processing', done * 5, 0)),
      passed: runtypeResults('completed', 50, 0),
    }),
    failed: () => runtypeResults('completed', 50, 2),
    // 2 of 50 records errored: 96% of records without errors, under the story's 98.
    threshold: '98',
    errored: () => runtypeResults('failed', 20, 0),
    unknownStatus: () => runtypeResults('exploded', 20, 0),
    missingRequired: () => {
      const { totalRecords: _, ...body } = runtypeResults('completed', 50, 0);
      return { body, field: 'totalRecords' };
    },
    extraRoutes: (id, outcome = 'passed') => ({
      [`/v1/eval/group/${RUNTYPE_GROUP_ID}`]: [{ json: runtypeGroup(id, outcome === 'passed' ? 0.92 : 0.71) }],
    }),
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
