// Humanloop, GET /v5/evaluations/{id}/runs: humanloop.txt [its page: sim/fixtures/README.md] (line numbers are that file's).
// GET /v5/evaluations/{id}/stats (`stats:` below) follows Humanloop's SDK types (EvaluationStats), as issue 3 records.
// Finished: every run is completed, failed or cancelled. Passed: every run completed; scores, when a rule
// needs them, come from the stats of the runs under test (the control run left out).
import { COUNT_KIND, type FieldTable, RULE_MODES } from './field-roles.ts';

const DOC = 'humanloop.txt';
/** The modes that read the stats: every rule on a score, a pass rate or a metric. */
const SCORING: ['threshold', 'pass-rate', 'metric'] = ['threshold', 'pass-rate', 'metric'];

export const HUMANLOOP_FIELDS: FieldTable = {
  fields: [
    {
      path: 'runs',
      role: 'count',
      kind: { kind: 'list' },
      decidesIn: RULE_MODES,
      source: `${DOC}:104 runs: "The Runs in the Evaluation."`,
    },
    {
      path: 'runs[1].status',
      role: 'terminal',
      kind: { kind: 'state', values: ['pending', 'running', 'completed', 'cancelled', 'failed'] },
      decidesIn: RULE_MODES,
      source: `${DOC}:46 "status": "pending"; the SDK's EvaluationStatus`,
    },
    {
      path: 'runs[0].control',
      role: 'verdict',
      kind: { kind: 'boolean' },
      readIn: SCORING,
      decidesIn: SCORING,
      source: `${DOC}:47 "control": true (a control run is left out of the score)`,
    },
    {
      path: 'runs[0].id',
      role: 'verdict',
      kind: { kind: 'text' },
      decidesIn: [],
      source: `${DOC}:42 "id": "id" (matches the stats' run_id)`,
    },
    { path: 'runs[1].orchestrated', role: 'display', kind: { kind: 'boolean' }, decidesIn: [], source: `${DOC}:43 "orchestrated": true` },
    { path: 'runs[1].dataset.name', role: 'display', kind: { kind: 'text' }, decidesIn: [], source: `${DOC}:51 "name": "name"` },
    {
      path: 'stats:run_stats[1].run_id',
      role: 'verdict',
      kind: { kind: 'text' },
      readIn: SCORING,
      decidesIn: [],
      source: 'SDK RunStatsResponse.run_id (string)',
    },
    {
      path: 'stats:run_stats[1].evaluator_stats',
      role: 'count',
      kind: { kind: 'list' },
      readIn: SCORING,
      decidesIn: SCORING,
      source: 'SDK RunStatsResponse.evaluator_stats (list)',
    },
    {
      path: 'stats:run_stats[1].evaluator_stats[0].num_true',
      role: 'count',
      kind: COUNT_KIND,
      readIn: SCORING,
      decidesIn: SCORING,
      source: 'SDK BooleanEvaluatorStatsResponse.num_true (integer)',
    },
    {
      path: 'stats:run_stats[1].evaluator_stats[0].total_logs',
      role: 'count',
      kind: COUNT_KIND,
      readIn: SCORING,
      decidesIn: SCORING,
      source: 'SDK BooleanEvaluatorStatsResponse.total_logs (integer)',
    },
    {
      path: 'stats:run_stats[1].evaluator_stats[0].num_errors',
      role: 'count',
      kind: COUNT_KIND,
      optional: true,
      readIn: SCORING,
      decidesIn: SCORING,
      source: 'SDK BooleanEvaluatorStatsResponse.num_errors (integer; total_logs "includes Nulls and Errors")',
    },
    {
      path: 'stats:run_stats[1].evaluator_stats[1].mean',
      role: 'score',
      kind: { kind: 'number', min: -Infinity, max: Infinity },
      readIn: SCORING,
      decidesIn: [],
      source: 'SDK NumericEvaluatorStatsResponse.mean (number)',
    },
  ],
  contradictions: [
    { why: 'more true than judged', readIn: SCORING, set: { 'stats:run_stats[1].evaluator_stats[0].num_true': 41 } },
    { why: 'more errors than logs', readIn: SCORING, set: { 'stats:run_stats[1].evaluator_stats[0].num_errors': 41 } },
    { why: 'true judgements and errors beyond the logs', readIn: SCORING, set: { 'stats:run_stats[1].evaluator_stats[0].num_errors': 5 } },
    { why: 'a mean over logs that all errored', readIn: SCORING, set: { 'stats:run_stats[1].evaluator_stats[1].num_errors': 40 } },
    {
      why: 'an evaluator that judged nothing',
      readIn: SCORING,
      set: { 'stats:run_stats[1].evaluator_stats[0].total_logs': 0, 'stats:run_stats[1].evaluator_stats[0].num_true': 0 },
    },
  ],
};
