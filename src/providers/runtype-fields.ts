// Runtype, GET /v1/eval/{id}/results: shared/vendor-docs/runtype.txt (line numbers are that file's).
// Finished: status `completed`, `failed` or `cancelled`/`canceled`. Passed: completed with every record
// processed and none failed.
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
  ],
  contradictions: [
    { why: 'more processed than there are', set: { processedRecords: 60 } },
    { why: 'more failed than processed', set: { failedRecords: 51 } },
  ],
};
