// Avido, GET /v0/runs/{id}. The current answer, `{ run: { …, result } }` with counts and per-eval
// aggregate rows and no status, is CURRENT.md §1 (docs.avidoai.com/api-reference/runs/get-a-single-run-by-id;
// SDK run_retrieve_response). The older flat run is avido.txt [its page: sim/fixtures/README.md] (line numbers are
// that file's); the intermediate counts with per-eval statuses come from the SDK as issue 3 records.
// Finished: without a status, counts of every test that add up (total > 0), and every eval row likewise;
// with an older status, PASSED, COMPLETED or FAILED. Passed: no failed test (or `result` PASSED).
import { COUNT_KIND, type FieldTable, RULE_MODES } from './field-roles.ts';

const DOC = 'avido.txt';
const STATES = ['PENDING', 'IN_PROGRESS', 'PASSED', 'COMPLETED', 'FAILED'];

/** The older page's shape: a status and a PASSED/FAILED result. */
export const AVIDO_FIELDS: FieldTable = {
  fields: [
    {
      path: 'status',
      role: 'terminal',
      kind: { kind: 'state', values: STATES },
      decidesIn: RULE_MODES,
      source: `${DOC}:31 "Valid options: PENDING, IN_PROGRESS, PASSED, COMPLETED, FAILED."`,
    },
    {
      path: 'result',
      role: 'verdict',
      kind: { kind: 'state', values: ['PASSED', 'FAILED'] },
      nullable: true,
      decidesIn: ['vendor'],
      source: `${DOC}:144 "Result of the run (if completed)": PASSED, FAILED`,
    },
    {
      path: 'evals[0].status',
      role: 'verdict',
      kind: { kind: 'state', values: STATES },
      decidesIn: ['pass-rate'],
      source: `${DOC}:45 an eval's status, the same options`,
    },
    { path: 'evals[0].type', role: 'display', kind: { kind: 'text' }, decidesIn: [], source: `${DOC}:69 "Type of evaluation"` },
    {
      path: 'evals[0].id',
      role: 'display',
      kind: { kind: 'text' },
      decidesIn: [],
      source: `${DOC}:54 "Unique identifier of the evaluation"`,
    },
    { path: 'createdAt', role: 'display', kind: { kind: 'date' }, decidesIn: [], source: `${DOC}:9 "createdAt"` },
    { path: 'modifiedAt', role: 'display', kind: { kind: 'date' }, decidesIn: [], source: `${DOC}:10 "modifiedAt"` },
  ],
  contradictions: [
    { why: 'a FAILED status with a PASSED result', set: { status: 'FAILED' } },
    { why: 'a PASSED status with a FAILED result', set: { status: 'PASSED', result: 'FAILED', 'evals[0].status': 'PASSED' } },
    { why: 'an eval whose flag says the opposite of its status', set: { 'evals[0].status': 'FAILED', 'evals[0].passed': true } },
  ],
};

/** The intermediate SDK copy's shape: `result` counts and no status. */
export const AVIDO_COUNTS_FIELDS: FieldTable = {
  fields: [
    { path: 'result.passed', role: 'count', kind: COUNT_KIND, decidesIn: RULE_MODES, source: 'Avido SDK RunResult.passed (integer)' },
    { path: 'result.failed', role: 'count', kind: COUNT_KIND, decidesIn: RULE_MODES, source: 'Avido SDK RunResult.failed (integer)' },
    { path: 'result.total', role: 'count', kind: COUNT_KIND, decidesIn: RULE_MODES, source: 'Avido SDK RunResult.total (integer)' },
    {
      path: 'result.passRate',
      role: 'score',
      kind: { kind: 'number', min: 0, max: 100 },
      nullable: true,
      optional: true,
      decidesIn: [],
      source: 'Avido SDK RunResult.passRate, a percentage (issue 13)',
    },
    {
      path: 'result.averageScore',
      role: 'score',
      kind: { kind: 'number', min: 0, max: 1 },
      nullable: true,
      optional: true,
      decidesIn: [],
      source: 'Avido SDK RunResult.averageScore, 0–1 (example 0.5): shown; off its scale, every score of the run is suspect',
    },
  ],
  contradictions: [
    { why: 'parts above their total', set: { 'result.passed': 4, 'result.failed': 1 } },
    { why: 'a negative count', set: { 'result.failed': -1, 'result.passed': 5 } },
    { why: 'a pass rate that is not the counts', set: { 'result.passRate': 50 } },
  ],
};

const CURRENT = 'CURRENT.md §1 (Avido SDK run_retrieve_response)';
const RUN = 'run.result';
const ROW = 'run.result.evals[0]';

/** The current shape: `{ run }`, no status, `result` counts of tests with one aggregate row per eval. */
export const AVIDO_CURRENT_FIELDS: FieldTable = {
  fields: [
    { path: `${RUN}.passed`, role: 'count', kind: COUNT_KIND, decidesIn: RULE_MODES, source: `${CURRENT}: result.passed, int` },
    { path: `${RUN}.failed`, role: 'count', kind: COUNT_KIND, decidesIn: RULE_MODES, source: `${CURRENT}: result.failed, int` },
    { path: `${RUN}.total`, role: 'count', kind: COUNT_KIND, decidesIn: RULE_MODES, source: `${CURRENT}: result.total, int` },
    {
      path: `${RUN}.passRate`,
      role: 'score',
      kind: { kind: 'number', min: 0, max: 100 },
      nullable: true,
      optional: true,
      decidesIn: [],
      source: `${CURRENT}: result.passRate, example 50, so 0–100; must be the counts'`,
    },
    {
      path: `${RUN}.averageScore`,
      role: 'score',
      kind: { kind: 'number', min: 0, max: 1 },
      nullable: true,
      optional: true,
      decidesIn: [],
      source: `${CURRENT}: result.averageScore, example 0.5, so 0–1`,
    },
    { path: `${ROW}.passed`, role: 'count', kind: COUNT_KIND, decidesIn: RULE_MODES, source: `${CURRENT}: evals[].passed, int` },
    { path: `${ROW}.failed`, role: 'count', kind: COUNT_KIND, decidesIn: RULE_MODES, source: `${CURRENT}: evals[].failed, int` },
    { path: `${ROW}.total`, role: 'count', kind: COUNT_KIND, decidesIn: RULE_MODES, source: `${CURRENT}: evals[].total, int` },
    {
      path: `${ROW}.passRate`,
      role: 'score',
      kind: { kind: 'number', min: 0, max: 100 },
      nullable: true,
      optional: true,
      decidesIn: [],
      source: `${CURRENT}: evals[].passRate, as the run's (0–100); must be the row's counts'`,
    },
    {
      path: `${ROW}.averageScore`,
      role: 'score',
      kind: { kind: 'number', min: 0, max: 1 },
      nullable: true,
      readIn: ['metric'],
      decidesIn: ['metric'],
      source: `${CURRENT}: evals[].averageScore, as the run's (0–1): the eval's metric score`,
    },
    {
      path: `${ROW}.type`,
      role: 'display',
      kind: { kind: 'text' },
      decidesIn: [],
      source: `${CURRENT}: evals[].type (NATURALNESS…OUTPUT_MATCH)`,
    },
    { path: 'run.createdAt', role: 'display', kind: { kind: 'date' }, decidesIn: [], source: `${CURRENT}: run.createdAt` },
    { path: 'run.modifiedAt', role: 'display', kind: { kind: 'date' }, decidesIn: [], source: `${CURRENT}: run.modifiedAt` },
  ],
  contradictions: [
    { why: 'tests above their total', set: { [`${RUN}.passed`]: 4, [`${RUN}.failed`]: 1 } },
    { why: 'a pass rate that is not the counts', set: { [`${RUN}.passRate`]: 50 } },
    { why: "an eval's pass rate that is not its counts", set: { [`${ROW}.passRate`]: 50 } },
    { why: "an eval's counts above its total", set: { [`${ROW}.failed`]: 1 } },
    { why: 'no failed test, yet an eval with failures', set: { 'run.result.evals[1].passed': 3, 'run.result.evals[1].failed': 1 } },
  ],
};
