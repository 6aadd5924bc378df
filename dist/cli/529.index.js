export const id = 529;
export const ids = [529];
export const modules = {

/***/ 2529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   avido: () => (/* binding */ avido)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(182);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1131);




const evalItem = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ id: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI, status: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI, type: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI, passed: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseBoolean */ .bi });
// Avido's SDK shows a newer `result` object with counts and no status.
const resultCounts = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    passed: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    failed: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    total: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    passRate: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseNumber */ ._,
    averageScore: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseNumber */ ._,
    evals: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(evalItem).nullish().catch(null),
});
const run = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    status: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullish(),
    result: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['PASSED', 'FAILED']), resultCounts]).nullish(),
    evals: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(evalItem).nullish().catch(null),
    createdAt: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI,
    modifiedAt: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI,
});
const evalPassed = (e) => e.status === 'PASSED' || e.passed === true;
const evalTerminal = (e) => e.status !== 'PENDING' && e.status !== 'IN_PROGRESS';
/** The documented run, or the same run wrapped as `{ "run": … }` by later API versions. */
function unwrap(body) {
    if (body && typeof body === 'object' && !('status' in body) && !('result' in body) && 'run' in body) {
        return body.run;
    }
    return body;
}
/** Avido's states onto ours; PASSED, COMPLETED and FAILED are terminal, the verdict is decided apart. */
function statusOf(data) {
    const status = data.status;
    switch (status) {
        case 'PENDING':
            return 'pending';
        case 'IN_PROGRESS':
            return 'running';
        case 'PASSED':
        case 'COMPLETED':
        case 'FAILED':
            return 'completed';
        case null:
        case undefined: {
            const counts = data.result;
            if (!counts || typeof counts === 'string')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .Ar('field "status": expected string, got nothing (missing)');
            return counts.total > 0 && counts.passed + counts.failed === counts.total ? 'completed' : 'running';
        }
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .Ar(`field "status": unknown state ${JSON.stringify(status)}`);
    }
}
function verdictOf(data) {
    const result = data.result;
    if (result === 'PASSED' || result === 'FAILED')
        return { vendorPassed: result === 'PASSED', verdictGap: null };
    if (result && typeof result === 'object')
        return { vendorPassed: result.failed === 0, verdictGap: null };
    if (data.status === 'PASSED' || data.status === 'FAILED')
        return { vendorPassed: data.status === 'PASSED', verdictGap: null };
    return { vendorPassed: null, verdictGap: 'field "result" is missing on a COMPLETED run' };
}
function toFailure(e) {
    return {
        name: `eval ${e.id ?? '?'}`,
        metric: e.type ?? null,
        score: null,
        threshold: null,
        message: `status ${e.status ?? 'unknown'}`,
        prompt: null,
    };
}
/** From the counts when the vendor gives them, else from the evals listed. */
function passRateOf(counts, evals) {
    if (counts)
        return counts.total > 0 ? counts.passed / counts.total : null;
    return evals.length > 0 ? evals.filter(evalPassed).length / evals.length : null;
}
function progressOf(counts, evals) {
    if (counts && counts.total > 0)
        return { done: counts.passed + counts.failed, total: counts.total };
    return evals.length > 0 ? { done: evals.filter(evalTerminal).length, total: evals.length } : null;
}
function parse(body) {
    const data = (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWith */ .Ku)(run, unwrap(body));
    const status = statusOf(data);
    const counts = typeof data.result === 'object' ? data.result : null;
    const evals = data.evals ?? counts?.evals ?? [];
    const failing = (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .firstMatches */ .QE)(evals, _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_FAILURES_KEPT */ .g2, (e) => evalTerminal(e) && !evalPassed(e), toFailure);
    const passRate = passRateOf(counts, evals);
    const metrics = evals.map((e) => ({
        name: `${e.type ?? 'eval'} ${e.id ?? ''}`.trim(),
        score: null,
        threshold: null,
        passed: evalTerminal(e) ? evalPassed(e) : null,
    }));
    return {
        ...(0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .emptySnapshot */ .WX)(status),
        ...(status === 'completed' ? verdictOf(data) : {}),
        score: passRate === null ? null : passRate * 100,
        passRate,
        metrics,
        failures: failing.first,
        failureCount: failing.count,
        durationMs: status === 'completed' ? (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .durationBetweenMs */ .ZZ)(data.createdAt, data.modifiedAt) : null,
        progress: progressOf(counts, evals),
        details: counts?.averageScore != null ? [{ label: 'Average score', value: String(counts.averageScore) }] : [],
    };
}
const avido = {
    name: 'avido',
    label: 'Avido',
    defaultBaseUrl: 'https://api.avidoai.com/v0',
    docsUrl: 'https://docs.avidoai.com',
    authHeaders: ({ apiKey, applicationId }) => ({ 'x-api-key': apiKey, ...(applicationId ? { 'x-application-id': applicationId } : {}) }),
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
