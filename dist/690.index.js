export const id = 690;
export const ids = [690];
export const modules = {

/***/ 3690:
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
;// CONCATENATED MODULE: ./src/providers/utc-span.ts
// The milliseconds from one date-time to another, exactly as Date.parse would give them, without
// parsing the common case: both in UTC on the same day (`YYYY-MM-DDTHH:MM:SS[.fff]Z`), as a run's
// evaluations are. On 100,000 evaluations Date.parse alone cost 80 ms of CPU, 5% of reading the run.

/** Milliseconds into the day of `…THH:MM:SS[.f, .ff or .fff]Z`; -1 when the text is not of that form. */
function msOfDay(text) {
    const length = text.length;
    if (length !== 20 && (length < 22 || length > 24))
        return -1;
    if (text[10] !== 'T' || text[13] !== ':' || text[16] !== ':' || text[length - 1] !== 'Z')
        return -1;
    const hours = (0,strict/* digitsAt */.md)(text, 11, 2);
    const minutes = (0,strict/* digitsAt */.md)(text, 14, 2);
    const seconds = (0,strict/* digitsAt */.md)(text, 17, 2);
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59)
        return -1;
    let fraction = 0;
    if (length > 20) {
        const places = length - 21;
        fraction = text[19] === '.' ? (0,strict/* digitsAt */.md)(text, 20, places) : -1;
        if (fraction < 0)
            return -1;
        fraction *= 10 ** (3 - places);
    }
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction;
}
/** Whether two texts start with the same `YYYY-MM-DD`. */
function sameDay(a, b) {
    for (let i = 0; i < 10; i += 1)
        if (a.charCodeAt(i) !== b.charCodeAt(i))
            return false;
    return true;
}
/** `Date.parse(end) - Date.parse(start)`, NaN included, computed without parsing when both are simple UTC times of one day. */
function utcSpanMs(start, end) {
    if (start.length >= 20 && end.length >= 20 && sameDay(start, end) && (0,strict/* dayExists */.DZ)(start)) {
        const from = msOfDay(start);
        const to = msOfDay(end);
        if (from >= 0 && to >= 0)
            return to - from;
    }
    return Date.parse(end) - Date.parse(start);
}

// EXTERNAL MODULE: ./src/providers/record-outcomes.ts
var record_outcomes = __webpack_require__(9091);
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
    const ms = typeof startedAt === 'string' && finishedAt !== null ? utcSpanMs(startedAt, finishedAt) : Number.NaN;
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
    const records = (0,record_outcomes/* recordOutcomesBuilder */.gX)(items.length);
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
    // Aegis refuses a second run with an alias it has seen (400, "duplicate alias"): each repeat would be refused.
    repeatProblem: (body) => body.alias === undefined || body.alias === null
        ? null
        : 'Aegis takes each "alias" once per account, so a second create with it would be refused; leave "alias" out',
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
