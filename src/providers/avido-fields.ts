// Avido, GET /v0/runs/{id}: shared/vendor-docs/avido.txt (line numbers are that file's). The `result`
// object with counts (and no status) comes from Avido's SDK, as issue 3 records.
// Finished: status PASSED, COMPLETED or FAILED (or, without a status, counts that add up to their total).
// Passed: `result` PASSED (or counts with none failed), never against a status that says FAILED.
import { COUNT_KIND, type FieldTable, RULE_MODES } from './field-roles.ts';

const DOC = 'avido.txt';
const STATES = ['PENDING', 'IN_PROGRESS', 'PASSED', 'COMPLETED', 'FAILED'];

/** The documented shape: a status and a PASSED/FAILED result. */
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

/** The SDK's shape: `result` counts and no status. */
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
      role: 'display',
      kind: { kind: 'number', min: 0, max: 1 },
      nullable: true,
      optional: true,
      decidesIn: [],
      source: 'Avido SDK RunResult.averageScore, 0–1: shown as a detail, decides nothing',
    },
  ],
  contradictions: [
    { why: 'parts above their total', set: { 'result.passed': 4, 'result.failed': 1 } },
    { why: 'a negative count', set: { 'result.failed': -1, 'result.passed': 5 } },
    { why: 'a pass rate that is not the counts', set: { 'result.passRate': 50 } },
  ],
};
