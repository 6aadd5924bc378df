// Eigenpal Studio, GET /api/v1/runs/{id}: shared/vendor-docs/eigenpal-studio.txt (line numbers are that file's);
// `execution.status` and its values come from Eigenpal's SDK types (@eigenpal/sdk), as issue 3 records.
// Finished: `finished` is true and `execution.status` (when given) is terminal. Passed: completed with no
// `error`, and `eval.passed` true when the run is eval-scoped.
import { type FieldTable, RULE_MODES } from './field-roles.ts';

const DOC = 'eigenpal-studio.txt';
const STATES = ['created', 'pending', 'running', 'waiting', 'finalizing', 'completed', 'failed', 'rejected', 'cancelled'];

export const EIGENPAL_FIELDS: FieldTable = {
  fields: [
    {
      path: 'finished',
      role: 'terminal',
      kind: { kind: 'boolean' },
      decidesIn: RULE_MODES,
      source: `${DOC}:155 finished: "True when the run has reached a terminal status."`,
    },
    {
      path: 'execution.status',
      role: 'terminal',
      kind: { kind: 'state', values: STATES },
      optional: true,
      decidesIn: RULE_MODES,
      source: `${DOC}:177 execution, "always present"; status per the SDK's RunExecution`,
    },
    {
      path: 'error',
      role: 'verdict',
      kind: { kind: 'text' },
      nullable: true,
      decidesIn: RULE_MODES,
      source: `${DOC}:197 error: "Terminal failure message. Null when the run succeeded"`,
    },
    {
      path: 'eval.passed',
      role: 'verdict',
      kind: { kind: 'boolean' },
      nullable: true,
      decidesIn: ['vendor'],
      source: `${DOC}:71 "passed": true (eval, :182 "Present only when the run is eval-scoped")`,
    },
    {
      path: 'eval.score',
      role: 'score',
      kind: { kind: 'number', min: 0, max: 1 },
      nullable: true,
      decidesIn: ['threshold'],
      source: `${DOC}:70 "score" on a 0–1 scale (issue 13)`,
    },
    {
      path: 'sampleRank',
      role: 'display',
      kind: { kind: 'number', min: 0, max: 1 },
      decidesIn: [],
      source: `${DOC}:163 sampleRank "Required range: 0 <= x <= 1" (review sampling, not the verdict)`,
    },
    {
      path: 'timing.durationMs',
      role: 'display',
      kind: { kind: 'number', min: 0, max: 1e12 },
      decidesIn: [],
      source: `${DOC}:23 "durationMs": 123`,
    },
    { path: 'source.name', role: 'display', kind: { kind: 'text' }, decidesIn: [], source: `${DOC}:28 "name": "<string>"` },
    { path: 'source.git.commitSha', role: 'display', kind: { kind: 'text' }, decidesIn: [], source: `${DOC}:37 "commitSha": "<string>"` },
    { path: 'eval.example', role: 'display', kind: { kind: 'text' }, decidesIn: [], source: `${DOC}:69 "example": "<string>"` },
  ],
  contradictions: [
    { why: 'not finished, yet completed', set: { finished: false } },
    { why: 'finished, yet running', set: { 'execution.status': 'running' } },
    { why: 'completed with a failure message', set: { error: 'Step "extract" failed' } },
  ],
};
