export const id = 245;
export const ids = [245];
export const modules = {

/***/ 6245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runtype: () => (/* binding */ runtype)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
// EXTERNAL MODULE: ./src/providers/schema.ts
var schema = __webpack_require__(1131);
// EXTERNAL MODULE: ./src/providers/strict.ts
var strict = __webpack_require__(4097);
;// CONCATENATED MODULE: ./src/providers/runtype-group.ts
// Runtype's quality figures (docs.runtype.com, "Get eval group"; shared/vendor-docs/CURRENT.md §4):
// GET /v1/eval/group/{groupId} → { batches: [{ batchId, createdAt, evalCount, status, metrics }],
// evalGroupId, totalEvals }, where `metrics` has free keys (the page's example: accuracy 0.92).
// The results page has no quality verdict, so these are the metrics metric-thresholds gates on.


/** This batch's metrics in the group's answer; a batch the group does not list, or listed twice, is an error. */
function groupMetrics(body, batchId, groupId) {
    const batches = (0,strict/* read */.LF)(strict/* OBJECT */.qv, body, '(the eval group)').batches;
    if (!Array.isArray(batches))
        throw new errors/* SchemaError */.Ar(`field "batches": expected a list, got ${(0,strict/* shown */.SP)(batches)}`);
    const mine = batches.flatMap((b, i) => (0,strict/* read */.LF)(strict/* TEXT */.a$, (0,strict/* read */.LF)(strict/* OBJECT */.qv, b, `batches[${i}]`).batchId, `batches[${i}].batchId`) === batchId ? [i] : []);
    if (mine.length !== 1) {
        const why = mine.length === 0 ? 'not listed' : `listed ${mine.length} times`;
        throw new errors/* SchemaError */.Ar(`field "batches": batch ${JSON.stringify(batchId)} is ${why} in eval group ${JSON.stringify(groupId)}`);
    }
    const at = `batches[${mine[0]}].metrics`;
    const metrics = (0,strict/* read */.LF)((0,strict/* orNull */.Xd)(strict/* OBJECT */.qv), batches[mine[0]].metrics ?? null, at) ?? {};
    // Free keys: a figure that is not a number is that metric's problem, an error only for a rule on it.
    return Object.entries(metrics).map(([name, value]) => strict/* NUMBER */.uk.test(value)
        ? { name, score: value, threshold: null, passed: null }
        : {
            name,
            score: null,
            threshold: null,
            passed: null,
            problem: `field "${at}.${name}": expected ${strict/* NUMBER */.uk.expectation}, got ${(0,strict/* shown */.SP)(value)}`,
        });
}
/** The batch's `evalGroupId`, when the results name one. */
function groupIdOf(lastBody) {
    const id = lastBody?.evalGroupId;
    return typeof id === 'string' && id !== '' ? id : null;
}
/**
 * Reads the group's metrics for this batch. When a rule reads metrics, with
 * retries and any failure an error; otherwise one short try for the report,
 * whose failure changes nothing.
 */
async function withGroupMetrics(snapshot, ctx) {
    const groupId = groupIdOf(ctx.lastBody);
    if (!groupId)
        return snapshot;
    const path = `/eval/group/${encodeURIComponent(groupId)}`;
    if (ctx.needsMetrics)
        return { ...snapshot, metrics: groupMetrics(await ctx.getJson(path), ctx.runId, groupId) };
    try {
        return { ...snapshot, metrics: groupMetrics(await ctx.getJsonOnce(path), ctx.runId, groupId) };
    }
    catch {
        return snapshot;
    }
}

// EXTERNAL MODULE: ./src/providers/start-rules.ts
var start_rules = __webpack_require__(5364);
;// CONCATENATED MODULE: ./src/providers/runtype-start.ts
// Runtype's create request (docs.runtype.com, "Submit eval"): POST /v1/eval/submit with `flowId` and
// `evalName` answers { evalGroupId, submissions: [{ batchExecutionId, evalName, status }], totalEvals };
// each batchExecutionId is a run for GET /v1/eval/{id}/results.


const runtypeStart = {
    plan(body) {
        if (!('flowId' in body))
            throw (0,start_rules/* startMismatch */.Pe)('runtype', 'a body with "flowId" (POST /eval/submit)', body);
        return {
            path: '/eval/submit',
            body,
            idsOf: (answer) => {
                const submissions = (0,start_rules/* answerObject */.iQ)(answer).submissions;
                if (!Array.isArray(submissions) || submissions.length === 0) {
                    throw new errors/* SchemaError */.Ar('field "submissions": expected a non-empty list of submissions, got none');
                }
                return submissions.map((s, i) => (0,start_rules/* runIdAt */.MW)(s?.batchExecutionId, `submissions[${i}].batchExecutionId`));
            },
        };
    },
    findHint: 'look for it among the eval batches of the flow in Runtype (GET /v1/eval/batches)',
};

;// CONCATENATED MODULE: ./src/providers/runtype-usage.ts
const field = (recordId, step, name) => `field "resultsByRecord.${recordId}[${step}].${name}"`;
/**
 * Cost and tokens over the run, and each record's latency (its steps run one
 * after another, so their durations add up). `processed` is the run's
 * `processedRecords`: a page that lists fewer records gives none of the three.
 */
function runtypeUsage(records, processed) {
    const ids = Object.keys(records);
    const latencyMs = new Float64Array(ids.length);
    const gaps = {};
    let cost = 0;
    let tokens = 0;
    ids.forEach((recordId, i) => {
        const steps = records[recordId] ?? [];
        if (steps.length === 0)
            gaps.latency ??= `field "resultsByRecord.${recordId}" lists no step`;
        steps.forEach((step, s) => {
            if (step.totalCost == null)
                gaps.cost ??= `${field(recordId, s, 'totalCost')} is missing`;
            else
                cost += step.totalCost;
            if (step.durationMs == null || step.durationMs < 0)
                gaps.latency ??= `${field(recordId, s, 'durationMs')} is missing`;
            else
                latencyMs[i] = (latencyMs[i] ?? 0) + step.durationMs;
            // Reasoning tokens are counted apart from completion tokens (the page's example gives 20 beside 10); a step without reasoning gives none.
            const missing = step.promptTokens == null ? 'promptTokens' : step.completionTokens == null ? 'completionTokens' : null;
            if (missing)
                gaps.tokens ??= `${field(recordId, s, missing)} is missing`;
            else
                tokens += (step.promptTokens ?? 0) + (step.completionTokens ?? 0) + (step.reasoningTokens ?? 0);
        });
    });
    if (ids.length < processed) {
        const partial = `field "resultsByRecord" lists ${ids.length} of the ${processed} processed records`;
        gaps.cost ??= partial;
        gaps.latency ??= partial;
        gaps.tokens ??= partial;
    }
    return {
        // Twelve significant digits: a sum of many costs carries binary noise (0.04378750000000001).
        costUsd: gaps.cost ? null : Number(cost.toPrecision(12)),
        latencyMs: gaps.latency ? null : latencyMs,
        tokens: gaps.tokens ? null : tokens,
        budgetGaps: Object.keys(gaps).length > 0 ? gaps : null,
    };
}

// EXTERNAL MODULE: ./src/providers/record-outcomes.ts
var record_outcomes = __webpack_require__(9091);
;// CONCATENATED MODULE: ./src/providers/runtype.ts









const stepResult = schemas/* object */.Ikc({
    recordName: schema/* looseString */.yI,
    stepName: schema/* looseString */.yI,
    errorMessage: schema/* looseString */.yI,
    resolvedPrompt: schema/* looseString */.yI,
    totalCost: schema/* looseNumber */._,
    durationMs: schema/* looseNumber */._,
    promptTokens: schema/* looseNumber */._,
    completionTokens: schema/* looseNumber */._,
    reasoningTokens: schema/* looseNumber */._,
});
/**
 * Runtype's states, exactly as it spells them: `queued`, `processing`,
 * `completed` and `failed` are documented (the batch list's filter). The rest
 * are tolerated extras, never a pass: `pending` and `running` read as in
 * flight, both spellings of cancelled as cancelled.
 */
const STATES = ['queued', 'pending', 'processing', 'running', 'completed', 'failed', 'cancelled', 'canceled'];
// The fields that decide are strict (test/fields/runtype-fields.ts gives each one's role); the rest are loose.
const run = schemas/* object */.Ikc({
    status: (0,strict/* strict */.O2)((0,strict/* stateOf */.L4)(STATES)),
    totalRecords: (0,strict/* strict */.O2)(strict/* COUNT */.i2),
    processedRecords: (0,strict/* strict */.O2)(strict/* COUNT */.i2),
    failedRecords: (0,strict/* strict */.O2)(strict/* COUNT */.i2),
    resultsByRecord: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(stepResult).catch([])).nullish().catch(null),
    startedAt: schema/* looseString */.yI,
    completedAt: schema/* looseString */.yI,
    evalName: schema/* looseString */.yI,
    flowId: schema/* looseString */.yI,
});
/** Runtype's states onto ours. */
function statusOf(status) {
    switch (status) {
        case 'queued':
        case 'pending':
            return 'pending';
        case 'processing':
        case 'running':
            return 'running';
        case 'completed':
            return 'completed';
        case 'failed':
            return 'failed';
        case 'cancelled':
        case 'canceled':
            return 'cancelled';
    }
}
/** Parts never exceed their total: failed within processed, processed within total. */
function checkCounts(data) {
    if (data.processedRecords > data.totalRecords) {
        throw (0,strict/* disagreement */.fn)(['processedRecords', data.processedRecords], ['totalRecords', data.totalRecords], 'more processed than there are');
    }
    if (data.failedRecords > data.processedRecords) {
        throw (0,strict/* disagreement */.fn)(['failedRecords', data.failedRecords], ['processedRecords', data.processedRecords], 'more failed than processed');
    }
}
/** A completed run has processed every record, and has at least as many failed records as it lists with an error. */
function checkCompleted(data, recordsWithErrors) {
    if (data.processedRecords < data.totalRecords) {
        throw (0,strict/* disagreement */.fn)(['status', data.status], ['processedRecords', data.processedRecords], `a completed run with ${data.totalRecords - data.processedRecords} of "totalRecords" ${data.totalRecords} not processed`);
    }
    if (recordsWithErrors > data.failedRecords) {
        throw (0,strict/* disagreement */.fn)(['failedRecords', data.failedRecords], ['resultsByRecord', `${recordsWithErrors} records with an error`], 'more records list an error than are counted as failed');
    }
}
/** Failing step results (with an error message), the first few kept, all counted. */
function scanResults(data) {
    const failures = [];
    let failureCount = 0;
    let recordsWithErrors = 0;
    for (const [recordId, steps] of Object.entries(data.resultsByRecord ?? {})) {
        if (steps.some((step) => step.errorMessage))
            recordsWithErrors += 1;
        for (const step of steps) {
            if (!step.errorMessage)
                continue;
            failureCount += 1;
            if (failures.length < schema/* MAX_FAILURES_KEPT */.g2) {
                failures.push({
                    name: step.recordName ?? recordId,
                    metric: step.stepName ?? null,
                    score: null,
                    threshold: null,
                    message: step.errorMessage,
                    prompt: step.resolvedPrompt ?? null,
                });
            }
        }
    }
    return { failures, failureCount, recordsWithErrors };
}
/**
 * Each record's outcome by its Runtype record id: passed when none of its steps errored, the only
 * per-record verdict Runtype gives (no score). A listing that is not every record, or that disagrees with
 * the counts, is kept as counts only, so that it is compared unpaired, never on the records it happens to list.
 */
function recordsOf(data, withoutErrors) {
    const listed = Object.entries(data.resultsByRecord ?? {});
    const failing = listed.filter(([, steps]) => steps.some((step) => step.errorMessage)).length;
    if (listed.length !== data.totalRecords || listed.length - failing !== withoutErrors)
        return (0,record_outcomes/* countedOutcomes */.CU)(withoutErrors, data.totalRecords);
    const records = (0,record_outcomes/* recordOutcomesBuilder */.gX)(listed.length);
    for (const [recordId, steps] of listed)
        records.add(recordId, null, !steps.some((step) => step.errorMessage), null);
    return records.build();
}
function parse(body) {
    const data = (0,schema/* parseWith */.Ku)(run, body);
    checkCounts(data);
    const status = statusOf(data.status);
    if (status === 'completed' && data.totalRecords === 0) {
        throw new errors/* SchemaError */.Ar('field "totalRecords": 0 on a completed run, so nothing was evaluated');
    }
    const scanned = scanResults(data);
    if (status === 'completed')
        checkCompleted(data, scanned.recordsWithErrors);
    // Runtype counts records whose flow errored, not answers of poor quality: the figures say so (measure).
    const withoutErrors = data.processedRecords - data.failedRecords;
    const passRate = data.totalRecords > 0 ? withoutErrors / data.totalRecords : null;
    return {
        ...(0,model/* emptySnapshot */.WX)(status),
        measure: 'records without errors',
        passCounts: data.totalRecords > 0 ? { passed: withoutErrors, total: data.totalRecords } : null,
        vendorPassed: status === 'completed' ? data.failedRecords === 0 && data.processedRecords === data.totalRecords : null,
        score: passRate === null ? null : passRate * 100,
        passRate,
        failures: scanned.failures,
        failureCount: Math.max(scanned.failureCount, data.failedRecords),
        ...runtypeUsage(data.resultsByRecord ?? {}, data.processedRecords),
        records: status === 'completed' && data.totalRecords > 0 ? recordsOf(data, withoutErrors) : null,
        durationMs: (0,schema/* durationBetweenMs */.ZZ)(data.startedAt, data.completedAt),
        progress: data.totalRecords > 0 ? { done: data.processedRecords, total: data.totalRecords } : null,
        details: (0,schema/* presentDetails */.kw)([
            ['Eval', data.evalName],
            ['Flow', data.flowId],
        ]),
    };
}
const runtype = {
    defaultBaseUrl: 'https://api.runtype.com/v1',
    authHeaders: ({ apiKey }) => ({ authorization: `Bearer ${apiKey}` }),
    runPath: (runId) => `/eval/${encodeURIComponent(runId)}/results`,
    parse,
    start: runtypeStart,
    enrich: withGroupMetrics,
};


/***/ }),

/***/ 5364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MW: () => (/* binding */ runIdAt),
/* harmony export */   Pe: () => (/* binding */ startMismatch),
/* harmony export */   iQ: () => (/* binding */ answerObject)
/* harmony export */ });
/* unused harmony export RUN_ID */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _inputs_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8463);
/* harmony import */ var _strict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4097);
// Shared by the vendors' start plans: reading the id out of a create answer,
// and the bad-input message for a body that fits no create request.



/** An id as run-id takes it: a non-empty string of letters, digits, . _ : ~ -, or a non-negative integer. */
const RUN_ID = {
    expectation: 'a run id (a non-negative integer, or letters, digits, . _ : ~ -)',
    test: (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) || (typeof v === 'string' && (0,_inputs_values_js__WEBPACK_IMPORTED_MODULE_1__/* .toRunIds */ .PP)(v)?.length === 1 && !/,/.test(v)),
};
/** The id at `field` of a create answer, as a string; a SchemaError names the field otherwise. */
function runIdAt(value, field) {
    return String((0,_strict_js__WEBPACK_IMPORTED_MODULE_2__/* .read */ .LF)(RUN_ID, value, field));
}
/** The answer's top level, which must be an object. */
function answerObject(answer) {
    return (0,_strict_js__WEBPACK_IMPORTED_MODULE_2__/* .read */ .LF)(_strict_js__WEBPACK_IMPORTED_MODULE_2__/* .OBJECT */ .qv, answer, '(the answer)');
}
/** A body that fits none of a vendor's create requests: bad input, before any request. */
function startMismatch(vendor, expected, body) {
    const keys = Object.keys(body);
    const given = keys.length ? `an object with ${keys.map((k) => JSON.stringify(k)).join(', ')}` : 'an empty object';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`start: expected ${expected} for ${vendor}, got ${given}`);
}


/***/ })

};
