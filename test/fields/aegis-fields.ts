// Aegis Evals, GET /runs/{run_id}: aegis-evals.txt [its page: sim/fixtures/README.md] (line numbers are that file's).
// Finished: `finished_at` is a date. Passed: `is_gte_threshold` is true, and agrees with `result` against `threshold`;
// when it is null beside a numeric `result`, `result >= threshold` (derived, and the report says so).
import { type FieldTable, RULE_MODES } from './field-roles.ts';

const SCALE = { kind: 'number', min: 0, max: 100 } as const;
const DOC = 'aegis-evals.txt';

export const AEGIS_FIELDS: FieldTable = {
  fields: [
    {
      path: 'finished_at',
      role: 'terminal',
      kind: { kind: 'date' },
      nullable: true,
      decidesIn: RULE_MODES,
      source: `${DOC}:97 "finished_at": "date | null"`,
    },
    {
      path: 'is_gte_threshold',
      role: 'verdict',
      kind: { kind: 'boolean' },
      nullable: true,
      // Null beside a numeric result is decided by result >= threshold, the comparison the field reports.
      decidesIn: [],
      source: `${DOC}:98 "is_gte_threshold": "boolean | null"`,
    },
    {
      path: 'result',
      role: 'score',
      kind: SCALE,
      nullable: true,
      decidesIn: ['threshold'],
      source: `${DOC}:90 "result": "number | null" (a percentage, :40)`,
    },
    { path: 'threshold', role: 'threshold', kind: SCALE, decidesIn: [], source: `${DOC}:91 "threshold": 0` },
    {
      path: 'aggregate_results.ans_corr',
      role: 'score',
      kind: SCALE,
      nullable: true,
      optional: true,
      readIn: ['metric'],
      decidesIn: ['metric'],
      source: `${DOC}:94 "aggregate_results": "object | null"`,
    },
    { path: 'evaluations', role: 'count', kind: { kind: 'list' }, decidesIn: RULE_MODES, source: `${DOC}:99 "evaluations": []` },
    {
      path: 'evaluations[0].finished_at',
      role: 'terminal',
      kind: { kind: 'date' },
      nullable: true,
      decidesIn: RULE_MODES,
      source: `${DOC}:123 "finished_at": "date | null"`,
    },
    {
      path: 'evaluations[0].is_success',
      role: 'verdict',
      kind: { kind: 'boolean' },
      nullable: true,
      decidesIn: ['pass-rate'],
      source: `${DOC}:125 "is_success": "boolean | null"`,
    },
    {
      path: 'evaluations[0].is_gte_threshold',
      role: 'verdict',
      kind: { kind: 'boolean' },
      nullable: true,
      decidesIn: ['pass-rate'],
      source: `${DOC}:126 "is_gte_threshold": "boolean | null"`,
    },
    {
      path: 'evaluations[0].result',
      role: 'score',
      kind: SCALE,
      nullable: true,
      decidesIn: [],
      source: `${DOC}:117 "result": "number | null"`,
    },
    { path: 'evaluations[0].threshold', role: 'threshold', kind: SCALE, decidesIn: [], source: `${DOC}:118 "threshold": 0` },
    {
      path: 'total_cost',
      role: 'display',
      kind: { kind: 'text' },
      nullable: true,
      decidesIn: [],
      source: `${DOC}:95 "total_cost": "number | string | null"`,
    },
    { path: 'started_at', role: 'display', kind: { kind: 'date' }, decidesIn: [], source: `${DOC}:96 "started_at": "date"` },
    {
      path: 'dataset',
      role: 'display',
      kind: { kind: 'text' },
      nullable: true,
      decidesIn: [],
      source: `${DOC}:86 "dataset": "string | null"`,
    },
    {
      path: 'model_slug',
      role: 'display',
      kind: { kind: 'text' },
      nullable: true,
      decidesIn: [],
      source: `${DOC}:92 "model_slug": "string | null"`,
    },
    { path: 'alias', role: 'display', kind: { kind: 'text' }, nullable: true, decidesIn: [], source: `${DOC}:93 "alias": "string | null"` },
    {
      path: 'evaluations[0].explanation',
      role: 'display',
      kind: { kind: 'text' },
      nullable: true,
      decidesIn: [],
      source: `${DOC}:119 "explanation": "string | null"`,
    },
    {
      path: 'evaluations[0].record.prompt',
      role: 'display',
      kind: { kind: 'text' },
      nullable: true,
      decidesIn: [],
      source: `${DOC}:111 "prompt": "string | null"`,
    },
    { path: 'evaluations[0].metric', role: 'display', kind: { kind: 'text' }, decidesIn: [], source: `${DOC}:108 "metric": "string"` },
  ],
  contradictions: [
    { why: 'a pass below the threshold', set: { is_gte_threshold: true, result: 61.5 } },
    { why: 'an evaluation passing below its threshold', set: { 'evaluations[0].is_gte_threshold': true, 'evaluations[0].result': 10 } },
    { why: 'an evaluation unfinished in a finished run', set: { 'evaluations[1].finished_at': null } },
  ],
};
