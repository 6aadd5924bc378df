export const id = 944;
export const ids = [944];
export const modules = {

/***/ 4944:
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
// EXTERNAL MODULE: ./src/providers/strict.ts
var strict = __webpack_require__(4097);
;// CONCATENATED MODULE: ./src/providers/record-outcomes.ts
// Every record's outcome, not only the failures, kept compactly (parallel typed
// arrays, no object per record) so that a 100,000-record run stays cheap, and
// keyed so that a run pairs with its baseline record by record.
function recordOutcomesBuilder(capacity) {
    const keys = [];
    const metricIndex = new Int32Array(capacity);
    const metricIds = new Map();
    const passed = new Uint8Array(capacity);
    const scores = new Float64Array(capacity);
    return {
        add(key, metric, pass, score) {
            const i = keys.length;
            keys.push(key);
            let id = -1;
            if (metric !== null) {
                id = metricIds.get(metric) ?? metricIds.size;
                if (id === metricIds.size)
                    metricIds.set(metric, id);
            }
            metricIndex[i] = id;
            passed[i] = pass ? 1 : 0;
            scores[i] = score ?? Number.NaN;
        },
        build() {
            const n = keys.length;
            return {
                keys,
                metricIndex: metricIndex.subarray(0, n),
                metrics: [...metricIds.keys()],
                passed: passed.subarray(0, n),
                scores: scores.subarray(0, n),
            };
        },
    };
}
/** The outcomes of one metric (or of all, for null), as indices into the arrays. */
function outcomesOf(records, metric) {
    const id = metric === null ? -2 : records.metrics.indexOf(metric);
    if (metric !== null && id < 0)
        return [];
    const out = [];
    for (let i = 0; i < records.keys.length; i += 1)
        if (id === -2 || records.metricIndex[i] === id)
            out.push(i);
    return out;
}

;// CONCATENATED MODULE: ./src/providers/aegis-evaluations.ts




// The run's `result` is not checked against these evaluations: Aegis documents it
// only as "number | null" on 0-100, and its own example (aegis-evals.txt) gives
// 83.5, the mean of its two aggregates, beside its one evaluation of 100. A mean
// check would refuse the documented answer.
/** Aegis scores and thresholds are percentages. */
const AEGIS_SCALE = (0,strict/* numberIn */.Po)(0, 100);
const fieldsOf = (value) => (value !== null && typeof value === 'object' ? value : {});
// The rules of the scan, built once: a rule built per item would be 400,000 closures on a large run.
const FINISHED_AT = (0,strict/* orNull */.Xd)(strict/* DATE */.vH);
const FLAG = (0,strict/* orNull */.Xd)(strict/* BOOLEAN */.Jx);
const SCORE = (0,strict/* orNull */.Xd)(AEGIS_SCALE);
const AT = 'evaluations';
/**
 * The fields of one evaluation that decide whether it passed, read strictly;
 * its finished and passed flags into `scan`, its id into `ids`. Allocates
 * nothing while the item is valid: no names, no rules, no result object.
 */
function readEvaluation(item, index, runFinished, scan, ids, records) {
    const e = strict/* OBJECT */.qv.test(item) ? item : (0,strict/* read */.LF)(strict/* OBJECT */.qv, item, `${AT}[${index}]`);
    ids[index] = (0,strict/* readItem */.k0)(strict/* COUNT */.i2, e, AT, index, 'id');
    const finishedAt = (0,strict/* readItem */.k0)(FINISHED_AT, e, AT, index, 'finished_at');
    const finished = finishedAt !== null;
    latencyOf(e.started_at, finishedAt, index, scan);
    if (runFinished && !finished)
        throw new errors/* SchemaError */.Ar(`field "${AT}[${index}].finished_at": null on a finished run, so the two disagree`);
    const isSuccess = (0,strict/* readItem */.k0)(FLAG, e, AT, index, 'is_success');
    const atOrAbove = (0,strict/* readItem */.k0)(FLAG, e, AT, index, 'is_gte_threshold');
    const result = (0,strict/* readItem */.k0)(SCORE, e, AT, index, 'result');
    const threshold = (0,strict/* readItem */.k0)(AEGIS_SCALE, e, AT, index, 'threshold');
    if (atOrAbove !== null && result !== null && result >= threshold !== atOrAbove) {
        const at = `${AT}[${index}]`;
        throw (0,strict/* disagreement */.fn)([`${at}.is_gte_threshold`, atOrAbove], [`${at}.result`, result], `its threshold is ${threshold}`);
    }
    if (finished)
        scan.finished += 1;
    // Passing means at or above its threshold and run successfully; unknown is not a pass.
    const passed = atOrAbove === true && isSuccess === true;
    records.add(recordKey(e), typeof e.metric === 'string' ? e.metric : null, passed, result);
    if (!passed) {
        scan.failureCount += 1;
        if (scan.failures.length < schema/* MAX_FAILURES_KEPT */.g2)
            scan.failures.push(toFailure(e, isSuccess));
    }
    return e;
}
/** An evaluation's latency into `scan.latencyMs[index]`: NaN, and the first such gap named, when its times cannot be read. */
function latencyOf(startedAt, finishedAt, index, scan) {
    const ms = typeof startedAt === 'string' && finishedAt !== null ? Date.parse(finishedAt) - Date.parse(startedAt) : Number.NaN;
    const valid = ms >= 0;
    scan.latencyMs[index] = valid ? ms : Number.NaN;
    if (!valid && scan.latencyGap === null) {
        const at = `${AT}[${index}]`;
        scan.latencyGap = `fields "${at}.started_at" and "${at}.finished_at" do not give a duration`;
    }
}
/** Ids sorted in a typed array, off the garbage-collected heap; only when two are equal is the list walked again to name them. */
function checkIdsUnique(items, ids) {
    ids.sort();
    for (let i = 1; i < ids.length; i += 1) {
        if (ids[i] === ids[i - 1])
            (0,strict/* checkUnique */.Mb)(items, (e) => e.id, AT, 'id');
    }
}
function toFailure(e, isSuccess) {
    const record = fieldsOf(e.record);
    const recordId = (0,schema/* numberOrNull */.wD)(record.id);
    const explanation = (0,schema/* stringOrNull */.e0)(e.explanation);
    const unsuccessful = isSuccess === true ? null : `evaluation ${isSuccess === false ? 'did not succeed' : 'success unknown'}`;
    return {
        name: `record ${(0,schema/* numberOrNull */.wD)(e.record_index) ?? '?'}${recordId === null ? '' : ` (id ${recordId})`}`,
        metric: (0,schema/* stringOrNull */.e0)(e.metric),
        score: (0,schema/* numberOrNull */.wD)(e.result),
        threshold: (0,schema/* numberOrNull */.wD)(e.threshold),
        message: unsuccessful ? `${unsuccessful}${explanation ? `: ${explanation}` : ''}` : explanation,
        prompt: (0,schema/* stringOrNull */.e0)(record.prompt),
    };
}
/** The dataset record an evaluation judged, stable across runs: `record.id`, else its `record_index`. */
function recordKey(e) {
    const id = fieldsOf(e.record).id;
    if (strict/* COUNT */.i2.test(id))
        return String(id);
    return strict/* COUNT */.i2.test(e.record_index) ? `#${e.record_index}` : null;
}
/**
 * One pass over a run's evaluations, reading strictly only the fields that
 * decide and building objects only for the failures it keeps: a run can hold
 * 100,000 of them, and a schema walk over each costs more than parsing the JSON.
 */
function scanEvaluations(items, runFinished) {
    const scan = {
        total: items.length,
        finished: 0,
        failureCount: 0,
        failures: [],
        thresholds: new Map(),
        latencyMs: new Float64Array(items.length),
        latencyGap: null,
    };
    const ids = new Float64Array(items.length);
    const records = recordOutcomesBuilder(items.length);
    for (let index = 0; index < items.length; index += 1) {
        const e = readEvaluation(items[index], index, runFinished, scan, ids, records);
        if (typeof e.metric === 'string' && !scan.thresholds.has(e.metric))
            scan.thresholds.set(e.metric, e.threshold);
    }
    checkIdsUnique(items, ids);
    return { ...scan, records: records.build() };
}

// EXTERNAL MODULE: ./src/providers/start-rules.ts
var start_rules = __webpack_require__(5364);
;// CONCATENATED MODULE: ./src/providers/aegis-start.ts
// Aegis Evals' create requests (docs.aegisevals.ai, "Create run from a dataset" and "Create custom run"):
// POST /runs/dataset with `dataset_id`, POST /runs/custom with `evaluations`; both answer 201 with the
// run object of GET /runs/{id}, whose `id` is an integer.


const EXPECTED = 'a body with "dataset_id" (POST /runs/dataset) or "evaluations" (POST /runs/custom), not both';
const aegisStart = {
    plan(body) {
        const dataset = 'dataset_id' in body;
        const custom = 'evaluations' in body;
        if (dataset === custom)
            throw (0,start_rules/* startMismatch */.Pe)('aegis', EXPECTED, body);
        // A blocking create holds the request for the whole run, past eval-gate's create timeout; eval-gate polls anyway.
        if (body.is_blocking !== undefined && body.is_blocking !== false) {
            throw new errors/* InputError */.dz(`start: expected "is_blocking" false or left out for aegis (a blocking create holds the request for the whole run, past eval-gate's create timeout, and eval-gate polls the run anyway), got ${JSON.stringify(body.is_blocking)}`);
        }
        return {
            path: dataset ? '/runs/dataset' : '/runs/custom',
            body,
            idsOf: (answer) => [(0,start_rules/* runIdAt */.MW)((0,start_rules/* answerObject */.iQ)(answer).id, 'id')],
        };
    },
    findHint: 'look for it under Runs in Aegis Evals (GET /runs), by its alias if the body gave one',
};

;// CONCATENATED MODULE: ./src/providers/aegis.ts






// Only the fields the gate uses (test/fields/aegis-fields.ts gives each one's role). The
// fields that decide are strict: their documented type and range, or an error
// that names them; the rest only decorate the report, so they are loose.
// Evaluations are read by hand (aegis-evaluations.ts).
const run = schemas/* object */.Ikc({
    finished_at: (0,strict/* strict */.O2)((0,strict/* orNull */.Xd)(strict/* DATE */.vH)),
    started_at: schema/* looseString */.yI,
    result: (0,strict/* strict */.O2)((0,strict/* orNull */.Xd)(AEGIS_SCALE)),
    threshold: (0,strict/* strict */.O2)(AEGIS_SCALE),
    is_gte_threshold: (0,strict/* strict */.O2)((0,strict/* orNull */.Xd)(strict/* BOOLEAN */.Jx)),
    // Read per metric in metricsOf: only a rule on a metric makes a bad figure matter.
    aggregate_results: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullable().catch(null),
    // A list whose 100,000 items scanEvaluations reads by hand: zod would copy it item by item.
    evaluations: (0,strict/* strict */.O2)(strict/* LIST */.rl),
    total_cost: schema/* looseCost */.c$,
    dataset: schema/* looseString */.yI,
    model_slug: schema/* looseString */.yI,
    alias: schema/* looseString */.yI,
});
/** Each aggregate on the Aegis scale; one that is not carries its problem, so a rule on it is an error. */
function metricsOf(body, scan) {
    return Object.entries(body.aggregate_results ?? {}).map(([name, value]) => {
        const threshold = scan.thresholds.get(name) ?? null;
        if (!(0,strict/* orNull */.Xd)(AEGIS_SCALE).test(value)) {
            const problem = `field "aggregate_results.${name}": expected ${(0,strict/* orNull */.Xd)(AEGIS_SCALE).expectation}, got ${(0,strict/* shown */.SP)(value)}`;
            return { name, score: null, threshold, passed: null, problem };
        }
        return { name, score: value, threshold, passed: value !== null && threshold !== null ? value >= threshold : null };
    });
}
/**
 * Aegis has no status field: a run is finished when `finished_at` is set, and
 * passed by `is_gte_threshold`, which must agree with `result` and `threshold`.
 * When it is null beside both numbers, the verdict is the comparison it reports.
 */
function vendorVerdict(body) {
    const verdict = body.is_gte_threshold;
    if (verdict === null && body.result !== null) {
        const derived = `${body.result} ${body.result >= body.threshold ? '≥' : '<'} threshold ${body.threshold}`;
        const detail = { label: 'Verdict', value: `derived by eval-gate: "is_gte_threshold" is null, and result ${derived}` };
        return { vendorPassed: body.result >= body.threshold, verdictGap: null, details: [detail] };
    }
    if (verdict === null)
        return { vendorPassed: null, verdictGap: 'field "is_gte_threshold" is null on a finished run' };
    if (body.result === null)
        throw new errors/* SchemaError */.Ar(`field "result": null on a finished run whose "is_gte_threshold" is ${verdict}, so that verdict rests on nothing`);
    if (body.result >= body.threshold !== verdict) {
        throw (0,strict/* disagreement */.fn)(['is_gte_threshold', verdict], ['result', body.result], `the result is ${body.result >= body.threshold ? 'at or above' : 'below'} the threshold of ${body.threshold}`);
    }
    return { vendorPassed: verdict, verdictGap: null };
}
/** Why a budget's figure is missing from this answer (only asked of a finished run). */
function gapsOf(data, scan) {
    const gaps = {};
    if (data.total_cost == null)
        gaps.cost = 'field "total_cost" is null or not a number';
    if ((0,schema/* durationBetweenMs */.ZZ)(data.started_at, data.finished_at) === null)
        gaps.duration = 'fields "started_at" and "finished_at" do not give a duration';
    if (scan.latencyGap)
        gaps.latency = scan.latencyGap;
    return Object.keys(gaps).length > 0 ? gaps : null;
}
function parse(body) {
    const data = (0,schema/* parseWith */.Ku)(run, body);
    const finished = data.finished_at !== null;
    // A run that evaluated nothing is never a pass, whatever its verdict says.
    if (finished && data.evaluations.length === 0)
        throw new errors/* SchemaError */.Ar('field "evaluations": empty on a finished run, so nothing was evaluated');
    const scan = scanEvaluations(data.evaluations, finished);
    const { details: verdictDetails = [], ...verdict } = finished ? vendorVerdict(data) : { vendorPassed: null, verdictGap: null };
    return {
        status: finished ? 'completed' : 'running',
        ...verdict,
        score: data.result,
        vendorThreshold: data.threshold,
        passRate: scan.total > 0 ? (scan.total - scan.failureCount) / scan.total : null,
        metrics: metricsOf(data, scan),
        failures: scan.failures,
        failureCount: scan.failureCount,
        records: scan.records,
        sampleRank: null,
        costUsd: data.total_cost ?? null,
        durationMs: (0,schema/* durationBetweenMs */.ZZ)(data.started_at, data.finished_at),
        latencyMs: scan.latencyGap === null ? scan.latencyMs : null,
        budgetGaps: gapsOf(data, scan),
        url: null,
        progress: !finished && scan.total > 0 ? { done: scan.finished, total: scan.total } : null,
        vendorError: null,
        inFlightNote: null,
        details: [
            ...verdictDetails,
            ...(0,schema/* presentDetails */.kw)([
                ['Dataset', data.dataset],
                ['Model', data.model_slug],
                ['Alias', data.alias],
            ]),
        ],
    };
}
const aegis = {
    defaultBaseUrl: 'https://api.aegisevals.ai/api/v1',
    runIdPattern: { pattern: /^\d+$/, expected: 'an integer run id' },
    authHeaders: ({ apiKey }) => ({ authorization: `Bearer ${apiKey}` }),
    runPath: (runId) => `/runs/${encodeURIComponent(runId)}`,
    parse,
    start: aegisStart,
};


/***/ }),

/***/ 1131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ parseWith),
/* harmony export */   QE: () => (/* binding */ firstMatches),
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _strict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4097);



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
function expectationOf(issue) {
    switch (issue.code) {
        case 'custom':
            return issue.message;
        case 'invalid_type':
            return issue.expected;
        case 'invalid_value':
            return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
        default:
            return issue.message;
    }
}
/**
 * The issue to tell of a union: the branch that got furthest into the value,
 * else every branch's expectation ("one of … or object").
 */
function unionIssue(issue) {
    const inner = issue.errors.flat();
    const deepest = inner.reduce((best, i) => (i.path.length > (best?.path.length ?? 0) ? i : best), null);
    if (deepest)
        return { ...deepest, path: [...issue.path, ...deepest.path] };
    const expectations = [...new Set(inner.map(expectationOf))];
    return { ...issue, code: 'custom', message: expectations.join(' or ') };
}
/** `field "a.b[2]": expected true or false, got the string "false"`: which field drifted, what it should be, what it was. */
function describeIssue(root, issue) {
    if (issue.code === 'invalid_union')
        return describeIssue(root, unionIssue(issue));
    const where = issue.path.length === 0 ? 'the body' : `field "${fieldName(issue.path)}"`;
    return `${where}: expected ${expectationOf(issue)}, got ${(0,_strict_js__WEBPACK_IMPORTED_MODULE_1__/* .shown */ .SP)(valueAt(root, issue.path))}`;
}
function parseWith(schema, body) {
    const result = schema.safeParse(body);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .Ar(issue ? describeIssue(body, issue) : 'body does not match the documented shape');
}
/** For display-only fields: any other type or absence becomes null rather than failing the gate. */
const looseString = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullish().catch(null);
const looseNumber = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullish().catch(null);
const looseBoolean = zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().nullish().catch(null);
/** The same leniency, by hand, for hot loops over many items. */
const stringOrNull = (value) => (typeof value === 'string' ? value : null);
const numberOrNull = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
/** Cost as a number or a decimal string ("0.0012"). */
const looseCost = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
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


/***/ }),

/***/ 4097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hu: () => (/* binding */ rule),
/* harmony export */   Jx: () => (/* binding */ BOOLEAN),
/* harmony export */   L4: () => (/* binding */ stateOf),
/* harmony export */   LF: () => (/* binding */ read),
/* harmony export */   Mb: () => (/* binding */ checkUnique),
/* harmony export */   O2: () => (/* binding */ strict),
/* harmony export */   Po: () => (/* binding */ numberIn),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   Xd: () => (/* binding */ orNull),
/* harmony export */   a$: () => (/* binding */ TEXT),
/* harmony export */   fn: () => (/* binding */ disagreement),
/* harmony export */   i2: () => (/* binding */ COUNT),
/* harmony export */   k0: () => (/* binding */ readItem),
/* harmony export */   qv: () => (/* binding */ OBJECT),
/* harmony export */   rl: () => (/* binding */ LIST),
/* harmony export */   uk: () => (/* binding */ NUMBER),
/* harmony export */   vH: () => (/* binding */ DATE),
/* harmony export */   wF: () => (/* binding */ NON_EMPTY_TEXT),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6670);
// Strict readers for the fields that decide a verdict: exactly the documented
// type, in the documented range. A failure names the field, the expectation
// and the value: `field "result": expected a number from 0 to 100, got 150`.
// Each rule serves both the zod schemas and the hand-written scans of long lists.



/** A value as a message quotes it: primitives as JSON, containers by kind, redacted (redact.ts) and then cut to 60 characters. */
function shown(value) {
    if (value === undefined)
        return 'nothing (missing)';
    if (Array.isArray(value))
        return 'an array';
    if (value !== null && typeof value === 'object')
        return 'an object';
    // JSON writes Infinity (from a literal like 1e309) as null: show what it is.
    const json = (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(typeof value === 'number' && !Number.isFinite(value) ? String(value) : (JSON.stringify(value) ?? String(value)));
    const cut = json.length > 60 ? `${json.slice(0, 57)}…` : json;
    return typeof value === 'string' ? `the string ${cut}` : cut;
}
const rule = (expectation, test) => ({
    expectation,
    test: test,
});
/** A finite number in [min, max]. */
const numberIn = (min, max) => rule(`a number from ${min} to ${max}`, (v) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max);
const NUMBER = rule('a finite number', (v) => typeof v === 'number' && Number.isFinite(v));
/** A count: a non-negative integer. */
const COUNT = rule('a non-negative integer below 2^53', (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0);
const BOOLEAN = rule('true or false', (v) => typeof v === 'boolean');
const OBJECT = rule('an object', (v) => v !== null && typeof v === 'object' && !Array.isArray(v));
/** A list, checked without a walk over its items (each list reads its items by hand). */
const LIST = rule('a list', (v) => Array.isArray(v));
const TEXT = rule('a string', (v) => typeof v === 'string');
/** A message that means something when present. */
const NON_EMPTY_TEXT = rule('a non-empty string', (v) => typeof v === 'string' && v.trim() !== '');
/** A vendor state: one of the documented values, case included; anything else is a state we do not know. */
const stateOf = (values) => rule(`a known state (${values.map((v) => JSON.stringify(v)).join(', ')})`, (v) => typeof v === 'string' && values.includes(v));
/** One of the documented values, case included. */
const oneOf = (values) => rule(`one of ${values.map((v) => JSON.stringify(v)).join(', ')}`, (v) => typeof v === 'string' && values.includes(v));
// An ISO 8601 date and time, as the vendors document their timestamps.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** The number the ASCII digits at [from, to) of a string spell; read by char code, as a scan of 100,000 dates must not allocate. */
function digitsAt(text, from, to) {
    let n = 0;
    for (let i = from; i < to; i += 1)
        n = n * 10 + text.charCodeAt(i) - 48;
    return n;
}
/** Date.parse takes 2026-02-30 as 2 March: the day must exist in its month. */
function dayExists(isoDateTime) {
    const year = digitsAt(isoDateTime, 0, 4);
    const month = digitsAt(isoDateTime, 5, 7);
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return digitsAt(isoDateTime, 8, 10) <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}
/** A real date: an ISO 8601 date-time that parses and whose day exists (so not `""`, `"not a date"` or 2026-02-30). */
const DATE = rule('an ISO 8601 date-time', (v) => typeof v === 'string' && ISO_DATE_TIME.test(v) && Number.isFinite(Date.parse(v)) && dayExists(v));
/** The rule, or null (missing is still an error). */
function orNull(r) {
    return rule(`${r.expectation} or null`, (v) => v === null || r.test(v));
}
/** The rule as a zod schema, for the object schemas of the adapters. */
function strict(r) {
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .custom */ .IeY(r.test, { error: r.expectation });
}
/** For hand-written scans: the value, or a SchemaError naming the field, the expectation and the value. */
function read(r, value, field) {
    if (r.test(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .Ar(`field "${field}": expected ${r.expectation}, got ${shown(value)}`);
}
/**
 * read() for one field of item `index` of a long list: the field's name is
 * built only when the value fails, as 100,000 items must not build 500,000 names.
 */
function readItem(r, item, list, index, key) {
    const value = item[key];
    if (r.test(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .Ar(`field "${list}[${index}].${key}": expected ${r.expectation}, got ${shown(value)}`);
}
/** Two fields of one payload that disagree: quotes both, never picks one. */
function disagreement(first, second, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .Ar(`fields "${first[0]}" (${shown(first[1])}) and "${second[0]}" (${shown(second[1])}) disagree: ${why}`);
}
/** Items of a list that decides must be distinct: one listed twice would count twice. */
function checkUnique(items, keyOf, field, key) {
    const seen = new Map();
    items.forEach((item, index) => {
        const k = keyOf(item);
        const first = seen.get(k);
        if (first !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .Ar(`field "${field}[${index}].${key}": ${shown(k)} again, as in item ${first}; one item listed twice`);
        seen.set(k, index);
    });
}


/***/ })

};
