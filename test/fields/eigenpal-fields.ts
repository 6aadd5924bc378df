// Eigenpal Studio, GET /api/v1/runs/{id}: eigenpal-studio.txt [its page: sim/fixtures/README.md] (line numbers are that file's);
// `execution.status`, `source.git` (agent runs) and `source.version` (workflow runs) as Eigenpal's SDK types give
// them (@eigenpal/sdk 0.11.2, types.gen.ts Run, RunSource). Finished: `finished` is true and `execution.status`
// (when given) is terminal. Passed: completed with no `error`, and `eval.passed` true on an eval-scoped run, else
// every evaluator of GET /runs/{id}/scores passed. With the ref input, what the run evaluated decides too.
import { type FieldTable, RULE_MODES } from './field-roles.ts';

const DOC = 'eigenpal-studio.txt';
const SDK = '@eigenpal/sdk types.gen.ts';
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
      path: 'execution.retry.nextRun',
      role: 'terminal',
      kind: { kind: 'object' },
      nullable: true,
      optional: true,
      decidesIn: [],
      source: `${DOC}:58 execution.retry.nextRun {id, status}: the rerun, followed from a failed run only (issues 16, 23)`,
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
    {
      path: 'type',
      role: 'provenance',
      kind: { kind: 'state', values: ['workflow', 'agent'] },
      decidesIn: RULE_MODES,
      source: `${DOC}:145 type: workflow, agent (which of source.git or source.version records the code)`,
    },
    {
      path: 'source.git.commitSha',
      role: 'provenance',
      kind: { kind: 'text' },
      nullable: true,
      decidesIn: RULE_MODES,
      source: `${DOC}:37 "commitSha"; ${SDK} RunSourceGit, "Git provenance (agent runs only)": the commit a SHA ref must be`,
    },
    {
      path: 'source.git.resolvedRef',
      role: 'provenance',
      kind: { kind: 'text' },
      nullable: true,
      decidesIn: [],
      source: `${DOC}:35 "resolvedRef": a branch or tag ref may match it; a SHA ref is checked against commitSha`,
    },
    {
      path: 'source.git.requestedRef',
      role: 'provenance',
      kind: { kind: 'text' },
      nullable: true,
      decidesIn: [],
      source: `${DOC}:34 "requestedRef": a branch or tag ref may match it; a SHA ref is checked against commitSha`,
    },
    { path: 'eval.example', role: 'display', kind: { kind: 'text' }, decidesIn: [], source: `${DOC}:69 "example": "<string>"` },
  ],
  contradictions: [
    { why: 'not finished, yet completed', set: { finished: false } },
    { why: 'finished, yet running', set: { 'execution.status': 'running' } },
    { why: 'completed with a failure message', set: { error: 'Step "extract" failed' } },
    { why: 'an agent run that names no commit', set: { 'source.git': null } },
    { why: 'an agent run that records a workflow version instead', set: { 'source.git': null, 'source.version': '7' } },
    { why: 'a workflow run whose version is not the ref', set: { type: 'workflow', 'source.version': '7' } },
  ],
};

// An experiment, GET /api/v1/automations/{id}/experiments/{experimentId}: docs.eigenpal.com
// "Get experiment" (not in shared/vendor-docs; the SDK's ExperimentDetail, with resultsByRun).
const EXPERIMENT_DOC = 'docs.eigenpal.com/api-reference/evaluation/get-experiment';
const COUNT_KIND = { kind: 'number', min: 0, max: Number.POSITIVE_INFINITY, integer: true } as const;

export const EIGENPAL_EXPERIMENT_FIELDS: FieldTable = {
  fields: [
    {
      path: 'status',
      role: 'terminal',
      kind: { kind: 'state', values: ['queued', 'running', 'completed'] },
      decidesIn: RULE_MODES,
      source: `${EXPERIMENT_DOC} status "Experiment batch status": queued, running, completed`,
    },
    {
      path: 'runCount',
      role: 'count',
      kind: COUNT_KIND,
      decidesIn: RULE_MODES,
      source: `${EXPERIMENT_DOC} "Total runs in the experiment"`,
    },
    {
      path: 'completedCount',
      role: 'count',
      kind: COUNT_KIND,
      decidesIn: RULE_MODES,
      source: `${EXPERIMENT_DOC} "Runs that have completed"`,
    },
    {
      path: 'passedCount',
      role: 'verdict',
      kind: COUNT_KIND,
      decidesIn: RULE_MODES,
      source: `${EXPERIMENT_DOC} "Runs whose evaluator scores passed"`,
    },
    {
      path: 'failedCount',
      role: 'count',
      kind: COUNT_KIND,
      decidesIn: RULE_MODES,
      source: `${EXPERIMENT_DOC} "Runs whose evaluator scores failed"`,
    },
    {
      path: 'avgScore',
      role: 'score',
      kind: { kind: 'number', min: 0, max: 1 },
      nullable: true,
      decidesIn: ['threshold'],
      source: `${EXPERIMENT_DOC} "Average automated evaluator score" (0–1, as Eigenpal's eval scores)`,
    },
    {
      path: 'resultsByRun.run_e0',
      role: 'verdict',
      kind: { kind: 'list' },
      decidesIn: RULE_MODES,
      source: `${EXPERIMENT_DOC} resultsByRun "Evaluator results keyed by run id": checked against passedCount and failedCount`,
    },
    {
      path: 'resultsByRun.run_e0[0].passed',
      role: 'verdict',
      kind: { kind: 'boolean' },
      nullable: true,
      decidesIn: RULE_MODES,
      source: `${EXPERIMENT_DOC} resultsByRun[runId][].passed (${SDK} EvalResult)`,
    },
    {
      path: 'runs[0].exampleName',
      role: 'display',
      kind: { kind: 'text' },
      decidesIn: [],
      source: `${EXPERIMENT_DOC} runs[].exampleName "Dataset example name for the run": names the failing runs`,
    },
    {
      path: 'version',
      role: 'provenance',
      kind: { kind: 'text' },
      nullable: true,
      decidesIn: RULE_MODES,
      source: `${EXPERIMENT_DOC} version (string | null): the code the experiment's runs ran, checked against ref`,
    },
  ],
  contradictions: [
    { why: 'completed with runs still to complete', set: { completedCount: 3 } },
    { why: 'more runs judged than completed', set: { failedCount: 1 } },
    { why: 'more completed than exist', set: { runCount: 3 } },
    { why: 'completed with no runs', set: { runCount: 0, completedCount: 0, passedCount: 0 } },
    { why: 'counted as passed, yet its evaluator failed', set: { 'resultsByRun.run_e0[0].passed': false } },
    { why: 'counted as passed, yet it has no results', set: { 'resultsByRun.run_e0': [] } },
    { why: 'results of a run the experiment does not list', set: { 'resultsByRun.run_x': [] } },
  ],
};
