// Eigenpal's evaluator scores, the field roles of the second body the gate reads for a completed run
// without an `eval` block (eigenpal-scores.ts). The fail-closed suite reads it as `stats:`.
import { type FieldTable, RULE_MODES } from './field-roles.ts';

const SDK = '@eigenpal/sdk types.gen.ts';

// GET /api/v1/runs/{id}/scores (docs.eigenpal.com "List run evaluator scores"; ${SDK} RunScoresResponse,
// EvalResult), read for a completed run without `eval`: the second body, marked `stats:` as the suite reads it.
const SCORES_DOC = `${SDK} EvalResult`;

export const EIGENPAL_SCORES_FIELDS: FieldTable = {
  fields: [
    {
      path: 'stats:scores',
      role: 'verdict',
      kind: { kind: 'list' },
      decidesIn: RULE_MODES,
      source: `${SDK} RunScoresResponse.scores: none means nothing was evaluated; one evaluator listed twice is refused`,
    },
    {
      path: 'stats:scores[0].passed',
      role: 'verdict',
      kind: { kind: 'boolean' },
      nullable: true,
      decidesIn: RULE_MODES,
      source: `${SCORES_DOC} passed "Whether this evaluator passed" (boolean | null)`,
    },
    {
      path: 'stats:scores[0].error',
      role: 'verdict',
      kind: { kind: 'text' },
      nullable: true,
      decidesIn: RULE_MODES,
      source: `${SCORES_DOC} error "Evaluator error, when scoring failed": an errored evaluator fails the run`,
    },
    {
      path: 'stats:scores[0].score',
      role: 'score',
      kind: { kind: 'number', min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY },
      nullable: true,
      decidesIn: ['metric'],
      source: `${SCORES_DOC} score (number | null; no scale documented): the evaluator's metric`,
    },
    {
      path: 'stats:scores[0].passThreshold',
      role: 'threshold',
      kind: { kind: 'number', min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY },
      nullable: true,
      decidesIn: [],
      source: `${SCORES_DOC} passThreshold "Score threshold required for this evaluator to pass"`,
    },
    {
      path: 'stats:scores[0].evaluatorName',
      role: 'verdict',
      kind: { kind: 'text' },
      decidesIn: [],
      source: `${SCORES_DOC} evaluatorName "Evaluator name from configuration": the metric's name`,
    },
  ],
  contradictions: [
    { why: 'passed, yet errored', set: { 'stats:scores[0].error': 'judge timed out' } },
    { why: 'passed under its pass threshold', set: { 'stats:scores[0].score': 0.5 } },
    { why: 'no evaluator at all', set: { 'stats:scores': [] } },
  ],
};
