// Runtype, GET /v1/eval/{id}/results: runtype.txt [its page: sim/fixtures/README.md] (line numbers are that file's),
// unchanged now (CURRENT.md §4); `stats:` marks the second body, GET /v1/eval/group/{groupId} (CURRENT.md §4,
// "Get eval group"), read for the metrics. Finished: status `completed` or `failed` (documented by the
// batch list), or the tolerated extras `cancelled`/`canceled`. Passed: completed with every record
// processed and none errored: records without errors, not a verdict of quality.
import { COUNT_KIND, type FieldTable, RULE_MODES } from './field-roles.ts';

const DOC = 'runtype.txt';
const STATES = ['queued', 'pending', 'processing', 'running', 'completed', 'failed', 'cancelled', 'canceled'];

export const RUNTYPE_FIELDS: FieldTable = {
  fields: [
    {
      path: 'status',
      role: 'terminal',
      kind: { kind: 'state', values: STATES },
      decidesIn: RULE_MODES,
      source: `${DOC}:119 status string; :85 "status": "completed"`,
    },
    { path: 'totalRecords', role: 'count', kind: COUNT_KIND, decidesIn: RULE_MODES, source: `${DOC}:120 totalRecords integer` },
    { path: 'processedRecords', role: 'count', kind: COUNT_KIND, decidesIn: RULE_MODES, source: `${DOC}:116 processedRecords integer` },
    { path: 'failedRecords', role: 'count', kind: COUNT_KIND, decidesIn: RULE_MODES, source: `${DOC}:114 failedRecords integer` },
    { path: 'evalName', role: 'display', kind: { kind: 'text' }, decidesIn: [], source: `${DOC}:124 evalName string` },
    { path: 'flowId', role: 'display', kind: { kind: 'text' }, nullable: true, decidesIn: [], source: `${DOC}:115 flowId string or null` },
    { path: 'startedAt', role: 'display', kind: { kind: 'date' }, decidesIn: [], source: `${DOC}:118 startedAt string` },
    {
      path: 'resultsByRecord.record-001[0].errorMessage',
      role: 'display',
      kind: { kind: 'text' },
      nullable: true,
      decidesIn: [],
      source: `${DOC}:38 "errorMessage": null (the failures listed; the counts decide)`,
    },
    {
      path: 'resultsByRecord.record-001[0].totalCost',
      role: 'display',
      kind: { kind: 'number', min: 0, max: 1e6 },
      decidesIn: [],
      source: `${DOC}:80 "totalCost": 0.0025`,
    },
    {
      path: 'stats:batches[1].batchId',
      role: 'verdict',
      kind: { kind: 'text' },
      readIn: ['metric'],
      decidesIn: ['metric'],
      source: 'CURRENT.md §4: batches[].batchId, which batch of the group the metrics are',
    },
    {
      path: 'stats:batches[1].metrics.accuracy',
      role: 'score',
      kind: { kind: 'number', min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY },
      // Free keys: one may be absent (a rule on it is then an error saying which metrics there are).
      optional: true,
      readIn: ['metric'],
      decidesIn: ['metric'],
      source: 'CURRENT.md §4: batches[].metrics, free keys (example accuracy 0.92)',
    },
  ],
  contradictions: [
    { why: 'more processed than there are', set: { processedRecords: 60 } },
    { why: 'more failed than processed', set: { failedRecords: 51 } },
  ],
};
