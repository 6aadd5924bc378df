// An Eigenpal experiment (a dataset's runs as one unit), GET /api/v1/automations/{id}/experiments/{experimentId}
// (docs.eigenpal.com, "Get experiment"): `status` (queued, running, completed) and the counts `runCount`,
// `completedCount`, `passedCount`, `failedCount`, with `avgScore`. The counts decide; eigenpal-fields.ts
// gives each one's role. `runs` is read loosely, to name the failing runs.
import { z } from 'zod';
import { SchemaError } from '../errors.ts';
import { emptySnapshot, type FailingRecord, type RunSnapshot, type RunStatus } from '../model.ts';
import { looseBoolean, looseString, parseWith, presentDetails } from './schema.ts';
import { COUNT, disagreement, numberIn, orNull, stateOf, strict } from './strict.ts';

const STATES = ['queued', 'running', 'completed'] as const;

const experiment = z.object({
  status: strict(stateOf(STATES)),
  runCount: strict(COUNT),
  completedCount: strict(COUNT),
  passedCount: strict(COUNT),
  failedCount: strict(COUNT),
  avgScore: strict(orNull(numberIn(0, 1))),
  automationId: looseString,
  runs: z
    .array(z.object({ id: looseString, exampleId: looseString, passed: looseBoolean }).catch({ id: null, exampleId: null, passed: null }))
    .nullish()
    .catch(null),
});
type Experiment = z.infer<typeof experiment>;

/** Counts that cannot all be true: never a verdict. */
function checkCounts(data: Experiment): void {
  if (data.completedCount > data.runCount) {
    throw disagreement(['completedCount', data.completedCount], ['runCount', data.runCount], 'more runs completed than the experiment has');
  }
  if (data.passedCount + data.failedCount > data.completedCount) {
    throw disagreement(['passedCount', data.passedCount], ['completedCount', data.completedCount], 'more runs judged than completed');
  }
  if (data.status === 'completed' && data.completedCount < data.runCount) {
    throw disagreement(
      ['status', data.status],
      ['completedCount', data.completedCount],
      `only ${data.completedCount} of ${data.runCount} runs completed`,
    );
  }
  if (data.status === 'completed' && data.runCount === 0) {
    throw new SchemaError('field "runCount": 0 on a completed experiment, so nothing was evaluated');
  }
}

function failingRuns(data: Experiment): FailingRecord[] {
  return (data.runs ?? [])
    .filter((run) => run.passed === false)
    .map((run) => ({
      name: run.exampleId ?? run.id ?? 'run',
      metric: null,
      score: null,
      threshold: null,
      message: run.id ? `run ${run.id}` : null,
      prompt: null,
    }));
}

const STATUS: Record<(typeof STATES)[number], RunStatus> = { queued: 'pending', running: 'running', completed: 'completed' };

export function parseExperiment(body: unknown): RunSnapshot {
  const data = parseWith(experiment, body);
  checkCounts(data);
  const status = STATUS[data.status];
  const done = status === 'completed';
  return {
    ...emptySnapshot(status),
    // Every run of the experiment passed its evaluators: a run neither passed nor failed is not a pass.
    vendorPassed: done ? data.passedCount === data.runCount : null,
    score: done ? data.avgScore : null,
    passRate: done ? data.passedCount / data.runCount : null,
    failures: failingRuns(data),
    failureCount: done ? data.runCount - data.passedCount : data.failedCount,
    progress: data.runCount > 0 ? { done: data.completedCount, total: data.runCount } : null,
    details: presentDetails([
      ['Automation', data.automationId],
      ['Experiment runs', `${data.passedCount} passed, ${data.failedCount} failed of ${data.runCount}`],
    ]),
  };
}
