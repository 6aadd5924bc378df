export const id = 391;
export const ids = [391];
export const modules = {

/***/ 2391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runtype: () => (/* binding */ runtype)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(182);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1131);




const stepResult = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    recordName: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI,
    stepName: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI,
    errorMessage: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI,
    resolvedPrompt: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI,
    totalCost: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseNumber */ ._,
});
const run = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    status: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    totalRecords: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
    processedRecords: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
    failedRecords: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
    resultsByRecord: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(stepResult).catch([])).nullish().catch(null),
    startedAt: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI,
    completedAt: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI,
    evalName: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI,
    flowId: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI,
});
/** Runtype's free-string status onto ours, both spellings of cancelled included. */
function statusOf(status) {
    switch (status.toLowerCase()) {
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
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .Ar(`field "status": unknown state ${JSON.stringify(status)}`);
    }
}
/** Failing step results (with an error message), the first few kept, all counted, cost summed on the way. */
function scanResults(data) {
    const failures = [];
    let failureCount = 0;
    let cost = null;
    for (const [recordId, steps] of Object.entries(data.resultsByRecord ?? {})) {
        for (const step of steps) {
            if (step.totalCost != null)
                cost = (cost ?? 0) + step.totalCost;
            if (!step.errorMessage)
                continue;
            failureCount += 1;
            if (failures.length < _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_FAILURES_KEPT */ .g2) {
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
    return { failures, failureCount, cost };
}
function parse(body) {
    const data = (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWith */ .Ku)(run, body);
    const status = statusOf(data.status);
    if (status === 'completed' && data.totalRecords === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .Ar('field "totalRecords": 0 on a completed run, so nothing was evaluated');
    }
    const passRate = data.totalRecords > 0 ? (data.processedRecords - data.failedRecords) / data.totalRecords : null;
    const scanned = scanResults(data);
    return {
        ...(0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .emptySnapshot */ .WX)(status),
        vendorPassed: status === 'completed' ? data.failedRecords === 0 && data.processedRecords === data.totalRecords : null,
        score: passRate === null ? null : passRate * 100,
        passRate,
        failures: scanned.failures,
        failureCount: Math.max(scanned.failureCount, data.failedRecords),
        costUsd: scanned.cost,
        durationMs: (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .durationBetweenMs */ .ZZ)(data.startedAt, data.completedAt),
        progress: data.totalRecords > 0 ? { done: data.processedRecords, total: data.totalRecords } : null,
        details: (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .presentDetails */ .kw)([
            ['Eval', data.evalName],
            ['Flow', data.flowId],
        ]),
    };
}
const runtype = {
    name: 'runtype',
    label: 'Runtype',
    defaultBaseUrl: 'https://api.runtype.com/v1',
    docsUrl: 'https://docs.runtype.com/api-reference',
    authHeaders: ({ apiKey }) => ({ authorization: `Bearer ${apiKey}` }),
    runPath: (runId) => `/eval/${encodeURIComponent(runId)}/results`,
    parse,
};


/***/ }),

/***/ 1131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ parseWith),
/* harmony export */   QE: () => (/* binding */ firstMatches),
/* harmony export */   X_: () => (/* binding */ booleanOrNull),
/* harmony export */   ZZ: () => (/* binding */ durationBetweenMs),
/* harmony export */   _: () => (/* binding */ looseNumber),
/* harmony export */   bi: () => (/* binding */ looseBoolean),
/* harmony export */   c$: () => (/* binding */ looseCost),
/* harmony export */   e0: () => (/* binding */ stringOrNull),
/* harmony export */   g2: () => (/* binding */ MAX_FAILURES_KEPT),
/* harmony export */   kw: () => (/* binding */ presentDetails),
/* harmony export */   wD: () => (/* binding */ numberOrNull),
/* harmony export */   yI: () => (/* binding */ looseString)
/* harmony export */ });
/* unused harmony exports fieldName, describeIssue */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);


function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    return typeof value;
}
function valueAt(root, path) {
    let value = root;
    for (const key of path) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[key];
    }
    return value;
}
function fieldName(path) {
    return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
}
/** `field "a.b[2]": expected boolean, got string` — what a person needs to see which field drifted. */
function describeIssue(root, issue) {
    const field = fieldName(issue.path);
    const got = valueAt(root, issue.path);
    if (issue.code === 'invalid_type') {
        return `field "${field}": expected ${issue.expected}, got ${got === undefined ? 'nothing (missing)' : typeName(got)}`;
    }
    return `field "${field}": ${issue.message}`;
}
function parseWith(schema, body) {
    const result = schema.safeParse(body);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .Ar(issue ? describeIssue(body, issue) : 'body does not match the documented shape');
}
/** For display-only fields: any other type or absence becomes null rather than failing the gate. */
const looseString = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullish().catch(null);
const looseNumber = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullish().catch(null);
const looseBoolean = zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().nullish().catch(null);
/** The same leniency, by hand, for hot loops over many items. */
const stringOrNull = (value) => (typeof value === 'string' ? value : null);
const numberOrNull = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const booleanOrNull = (value) => (typeof value === 'boolean' ? value : null);
/** Cost as a number or a decimal string ("0.0012"). */
const looseCost = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^\s*\d+(\.\d+)?\s*$/)
        .transform(Number),
])
    .nullish()
    .catch(null);
function durationBetweenMs(start, end) {
    if (!start || !end)
        return null;
    const ms = Date.parse(end) - Date.parse(start);
    return Number.isFinite(ms) && ms >= 0 ? ms : null;
}
/** First N of the items that match, and how many matched in all, without building the whole list. */
function firstMatches(items, limit, match, map) {
    const first = [];
    let count = 0;
    for (const item of items) {
        if (!match(item))
            continue;
        count += 1;
        if (first.length < limit)
            first.push(map(item));
    }
    return { first, count };
}
/** Records kept per run for the report; the rest are counted. */
const MAX_FAILURES_KEPT = 200;
/** The vendor's facts the report shows, as [label, value] pairs; those the vendor left empty are dropped. */
function presentDetails(pairs) {
    return pairs.flatMap(([label, value]) => (value ? [{ label, value }] : []));
}


/***/ })

};
