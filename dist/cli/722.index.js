export const id = 722;
export const ids = [722];
export const modules = {

/***/ 2722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aegis: () => (/* binding */ aegis)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/providers/schema.ts
var schema = __webpack_require__(1131);
;// CONCATENATED MODULE: ./src/providers/aegis-evaluations.ts

const fieldsOf = (value) => (value !== null && typeof value === 'object' ? value : {});
/** Passing means at or above its threshold and run successfully; anything unreadable does not pass. */
const passed = (e) => e.is_gte_threshold === true && e.is_success !== false;
function toFailure(e) {
    const record = fieldsOf(e.record);
    const recordId = (0,schema/* numberOrNull */.wD)(record.id);
    const explanation = (0,schema/* stringOrNull */.e0)(e.explanation);
    return {
        name: `record ${(0,schema/* numberOrNull */.wD)(e.record_index) ?? '?'}${recordId === null ? '' : ` (id ${recordId})`}`,
        metric: (0,schema/* stringOrNull */.e0)(e.metric),
        score: (0,schema/* numberOrNull */.wD)(e.result),
        threshold: (0,schema/* numberOrNull */.wD)(e.threshold),
        message: (0,schema/* booleanOrNull */.X_)(e.is_success) === false ? `evaluation did not succeed${explanation ? `: ${explanation}` : ''}` : explanation,
        prompt: (0,schema/* stringOrNull */.e0)(record.prompt),
    };
}
/**
 * One pass over a run's evaluations, reading only the fields the gate uses
 * and building objects only for the failures it keeps: a run can hold 100,000
 * of them, and a schema walk over each costs more than parsing the JSON.
 */
function scanEvaluations(items) {
    const scan = { total: items.length, finished: 0, failureCount: 0, failures: [], thresholds: new Map() };
    for (const item of items) {
        const e = fieldsOf(item);
        if (typeof e.finished_at === 'string')
            scan.finished += 1;
        if (typeof e.metric === 'string' && typeof e.threshold === 'number' && !scan.thresholds.has(e.metric)) {
            scan.thresholds.set(e.metric, e.threshold);
        }
        if (passed(e))
            continue;
        scan.failureCount += 1;
        if (scan.failures.length < schema/* MAX_FAILURES_KEPT */.g2)
            scan.failures.push(toFailure(e));
    }
    return scan;
}

;// CONCATENATED MODULE: ./src/providers/aegis.ts




// Only the fields the gate uses. The verdict fields are strict (a wrong type is
// an error that names them); the rest only decorate the report, so they are
// loose. Evaluations are read by hand (aegis-evaluations.ts).
const run = schemas/* object */.Ikc({
    finished_at: schemas/* string */.YjP().nullable(),
    started_at: schema/* looseString */.yI,
    result: schemas/* number */.aig().nullish(),
    threshold: schemas/* number */.aig().nullish(),
    is_gte_threshold: schemas/* boolean */.zMY().nullish(),
    aggregate_results: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish().catch(null),
    evaluations: schemas/* array */.YOg(schemas/* unknown */.L5J()).nullish().catch(null),
    total_cost: schema/* looseCost */.c$,
    dataset: schema/* looseString */.yI,
    model_slug: schema/* looseString */.yI,
    alias: schema/* looseString */.yI,
});
function metricsOf(body, scan) {
    return Object.entries(body.aggregate_results ?? {}).map(([name, value]) => {
        const score = typeof value === 'number' ? value : null;
        const threshold = scan.thresholds.get(name) ?? null;
        return { name, score, threshold, passed: score !== null && threshold !== null ? score >= threshold : null };
    });
}
/** Aegis has no status field: a run is finished when `finished_at` is set, and passed by `is_gte_threshold`. */
function vendorVerdict(body) {
    if (body.is_gte_threshold != null)
        return { vendorPassed: body.is_gte_threshold, verdictGap: null };
    if (body.result == null)
        return { vendorPassed: null, verdictGap: 'field "result" is null and "is_gte_threshold" is null' };
    if (body.threshold == null)
        return { vendorPassed: null, verdictGap: 'field "threshold" is null and "is_gte_threshold" is null' };
    return { vendorPassed: body.result >= body.threshold, verdictGap: null };
}
function parse(body) {
    const data = (0,schema/* parseWith */.Ku)(run, body);
    const finished = data.finished_at !== null;
    // A run that evaluated nothing is never a pass, whatever its verdict says.
    if (finished && data.evaluations?.length === 0)
        throw new errors/* SchemaError */.Ar('field "evaluations": empty on a finished run, so nothing was evaluated');
    const scan = scanEvaluations(data.evaluations ?? []);
    return {
        status: finished ? 'completed' : 'running',
        ...(finished ? vendorVerdict(data) : { vendorPassed: null, verdictGap: null }),
        score: data.result ?? null,
        vendorThreshold: data.threshold ?? null,
        passRate: scan.total > 0 ? (scan.total - scan.failureCount) / scan.total : null,
        metrics: metricsOf(data, scan),
        failures: scan.failures,
        failureCount: scan.failureCount,
        sampleRank: null,
        costUsd: data.total_cost ?? null,
        durationMs: (0,schema/* durationBetweenMs */.ZZ)(data.started_at, data.finished_at),
        url: null,
        progress: !finished && scan.total > 0 ? { done: scan.finished, total: scan.total } : null,
        vendorError: null,
        inFlightNote: null,
        details: (0,schema/* presentDetails */.kw)([
            ['Dataset', data.dataset],
            ['Model', data.model_slug],
            ['Alias', data.alias],
        ]),
    };
}
const aegis = {
    name: 'aegis',
    label: 'Aegis Evals',
    defaultBaseUrl: 'https://api.aegisevals.ai/api/v1',
    docsUrl: 'https://docs.aegisevals.ai',
    runIdPattern: { pattern: /^\d+$/, expected: 'an integer run id' },
    authHeaders: ({ apiKey }) => ({ authorization: `Bearer ${apiKey}` }),
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
