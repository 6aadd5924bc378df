export const id = 805;
export const ids = [805];
export const modules = {

/***/ 6805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eigenpal: () => (/* binding */ eigenpal)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(182);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1131);




const source = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    name: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI,
    version: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI,
    model: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI,
    git: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ requestedRef: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI, resolvedRef: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI, commitSha: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI }).nullish().catch(null),
})
    .nullish()
    .catch(null);
const run = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    finished: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
    // Not in the documented example; Eigenpal's SDK types give it. Used when present.
    execution: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ status: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullish() }).nullish(),
    error: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullish(),
    eval: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ score: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullish(), passed: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().nullish(), example: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI, exampleId: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI }).nullish(),
    sampleRank: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseNumber */ ._,
    type: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI,
    timing: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ durationMs: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseNumber */ ._ }).nullish().catch(null),
    source,
});
/** Eigenpal's execution states onto ours; `finished` decides when the status is absent. */
function statusOf(data) {
    const status = data.execution?.status;
    switch (status) {
        case null:
        case undefined:
            if (!data.finished)
                return 'running';
            return data.error ? 'failed' : 'completed';
        case 'created':
        case 'pending':
            return 'pending';
        case 'running':
        case 'waiting':
        case 'finalizing':
            return 'running';
        case 'completed':
            // A terminal failure message outranks a "completed" label.
            return data.error ? 'failed' : 'completed';
        case 'failed':
        case 'rejected':
            return 'failed';
        case 'cancelled':
            return 'cancelled';
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .Ar(`field "execution.status": unknown state ${JSON.stringify(status)}`);
    }
}
function detailsOf(data) {
    const s = data.source;
    const ref = s?.git?.resolvedRef ?? s?.git?.requestedRef;
    const sha = s?.git?.commitSha;
    return (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .presentDetails */ .kw)([
        ['Workflow', s?.name],
        ['Version', s?.version],
        ['Model', s?.model],
        ['Git ref', ref ? `${ref}${sha ? ` (${sha.slice(0, 12)})` : ''}` : sha],
        ['Example', data.eval?.example ?? data.eval?.exampleId],
    ]);
}
function verdictOf(data, status) {
    if (status !== 'completed')
        return { vendorPassed: status === 'failed' || status === 'cancelled' ? false : null, verdictGap: null };
    if (!data.eval)
        return { vendorPassed: true, verdictGap: null };
    const passed = data.eval.passed;
    return passed == null
        ? { vendorPassed: null, verdictGap: 'field "eval.passed" is missing on an eval-scoped run' }
        : { vendorPassed: passed, verdictGap: null };
}
function parse(body) {
    const data = (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWith */ .Ku)(run, body);
    const status = statusOf(data);
    const rank = data.sampleRank;
    const score = data.eval?.score ?? null;
    return {
        ...(0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .emptySnapshot */ .WX)(status),
        ...verdictOf(data, status),
        score,
        failures: data.eval?.passed === false
            ? [
                {
                    name: data.eval.example ?? data.eval.exampleId ?? 'eval example',
                    metric: null,
                    score,
                    threshold: null,
                    message: data.error ?? null,
                    prompt: null,
                },
            ]
            : [],
        failureCount: data.eval?.passed === false ? 1 : 0,
        sampleRank: rank != null && rank >= 0 && rank < 1 ? rank : null,
        durationMs: data.timing?.durationMs ?? null,
        vendorError: status === 'failed' || status === 'cancelled' ? (data.error ?? null) : null,
        details: detailsOf(data),
    };
}
const eigenpal = {
    name: 'eigenpal',
    label: 'Eigenpal Studio',
    defaultBaseUrl: 'https://studio.eigenpal.com/api/v1',
    docsUrl: 'https://studio.eigenpal.com/docs/api-reference',
    authHeaders: ({ apiKey }) => ({ authorization: `Bearer ${apiKey}` }),
    // No expand: the sections it adds (input, usage, debug) are not in the report.
    runPath: (runId) => `/runs/${encodeURIComponent(runId)}`,
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
