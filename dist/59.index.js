export const id = 59;
export const ids = [59];
export const modules = {

/***/ 59:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eigenpal: () => (/* binding */ eigenpal)
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
;// CONCATENATED MODULE: ./src/providers/eigenpal-experiment.ts
// An Eigenpal experiment (a dataset's runs as one unit), GET /api/v1/automations/{id}/experiments/{experimentId}
// (docs.eigenpal.com, "Get experiment"): `status` (queued, running, completed) and the counts `runCount`,
// `completedCount`, `passedCount`, `failedCount`, with `avgScore`. The counts decide; eigenpal-fields.ts
// gives each one's role. `runs` is read loosely, to name the failing runs.





const STATES = ['queued', 'running', 'completed'];
const experiment = schemas/* object */.Ikc({
    status: (0,strict/* strict */.O2)((0,strict/* stateOf */.L4)(STATES)),
    runCount: (0,strict/* strict */.O2)(strict/* COUNT */.i2),
    completedCount: (0,strict/* strict */.O2)(strict/* COUNT */.i2),
    passedCount: (0,strict/* strict */.O2)(strict/* COUNT */.i2),
    failedCount: (0,strict/* strict */.O2)(strict/* COUNT */.i2),
    avgScore: (0,strict/* strict */.O2)((0,strict/* orNull */.Xd)((0,strict/* numberIn */.Po)(0, 1))),
    automationId: schema/* looseString */.yI,
    runs: schemas/* array */.YOg(schemas/* object */.Ikc({ id: schema/* looseString */.yI, exampleId: schema/* looseString */.yI, passed: schema/* looseBoolean */.bi }).catch({ id: null, exampleId: null, passed: null }))
        .nullish()
        .catch(null),
});
/** Counts that cannot all be true: never a verdict. */
function checkCounts(data) {
    if (data.completedCount > data.runCount) {
        throw (0,strict/* disagreement */.fn)(['completedCount', data.completedCount], ['runCount', data.runCount], 'more runs completed than the experiment has');
    }
    if (data.passedCount + data.failedCount > data.completedCount) {
        throw (0,strict/* disagreement */.fn)(['passedCount', data.passedCount], ['completedCount', data.completedCount], 'more runs judged than completed');
    }
    if (data.status === 'completed' && data.completedCount < data.runCount) {
        throw (0,strict/* disagreement */.fn)(['status', data.status], ['completedCount', data.completedCount], `only ${data.completedCount} of ${data.runCount} runs completed`);
    }
    if (data.status === 'completed' && data.runCount === 0) {
        throw new errors/* SchemaError */.Ar('field "runCount": 0 on a completed experiment, so nothing was evaluated');
    }
}
function failingRuns(data) {
    return (data.runs ?? [])
        .filter((run) => run.passed === false)
        .map((run) => ({
        name: run.exampleId ?? run.id ?? 'run',
        metric: null,
        score: null,
        threshold: null,
        message: run.id ? `run ${run.id}` : null,
        prompt: null,
    }));
}
const STATUS = { queued: 'pending', running: 'running', completed: 'completed' };
function parseExperiment(body) {
    const data = (0,schema/* parseWith */.Ku)(experiment, body);
    checkCounts(data);
    const status = STATUS[data.status];
    const done = status === 'completed';
    return {
        ...(0,model/* emptySnapshot */.W)(status),
        // Every run of the experiment passed its evaluators: a run neither passed nor failed is not a pass.
        vendorPassed: done ? data.passedCount === data.runCount : null,
        score: done ? data.avgScore : null,
        passRate: done ? data.passedCount / data.runCount : null,
        failures: failingRuns(data),
        failureCount: done ? data.runCount - data.passedCount : data.failedCount,
        progress: data.runCount > 0 ? { done: data.completedCount, total: data.runCount } : null,
        details: (0,schema/* presentDetails */.kw)([
            ['Automation', data.automationId],
            ['Experiment runs', `${data.passedCount} passed, ${data.failedCount} failed of ${data.runCount}`],
        ]),
    };
}

// EXTERNAL MODULE: ./src/inputs/values.ts
var values = __webpack_require__(8463);
// EXTERNAL MODULE: ./src/providers/start-rules.ts
var start_rules = __webpack_require__(5364);
;// CONCATENATED MODULE: ./src/providers/eigenpal-start.ts
// Eigenpal Studio's create requests (docs.eigenpal.com, "Start a run" and "Create experiment"):
// POST /api/v1/runs with `target` answers { id, type, finished }; POST /api/v1/automations/{id}/experiments
// (examples?, batchConcurrency?, sourceRef?) answers { id, runs, total }. An experiment needs its
// automation to be read again, so its run id carries both: `experiment:<automation>:<experiment id>`.



const EXPECTED = 'a body with "target" (POST /runs) or "automation" (POST /automations/{automation}/experiments), not both';
const EXPERIMENT_PREFIX = 'experiment:';
/** `experiment:<automation>:<id>` into its parts; null for a plain run id. */
function experimentOf(runId) {
    if (!runId.startsWith(EXPERIMENT_PREFIX))
        return null;
    const rest = runId.slice(EXPERIMENT_PREFIX.length);
    const colon = rest.indexOf(':');
    if (colon <= 0 || colon === rest.length - 1)
        return null;
    return { automation: rest.slice(0, colon), experimentId: rest.slice(colon + 1) };
}
function experimentRunId(automation, experimentId) {
    return `${EXPERIMENT_PREFIX}${automation}:${experimentId}`;
}
function automationOf(body) {
    const automation = body.automation;
    if (typeof automation === 'string' && (0,values/* toRunIds */.PP)(automation)?.length === 1 && !automation.includes(':'))
        return automation;
    throw new errors/* InputError */.dz(`start: expected "automation" to be an automation id or typed alias such as "workflows.invoice" (letters, digits, . _ ~ -), got ${JSON.stringify(automation)}`);
}
const eigenpalStart = {
    plan(body) {
        const run = 'target' in body;
        const experiment = 'automation' in body;
        if (run === experiment)
            throw (0,start_rules/* startMismatch */.Pe)('eigenpal', EXPECTED, body);
        if (run)
            return { path: '/runs', body, idsOf: (answer) => [(0,start_rules/* runIdAt */.MW)((0,start_rules/* answerObject */.iQ)(answer).id, 'id')] };
        const { automation: _, ...rest } = body;
        const automation = automationOf(body);
        return {
            path: `/automations/${encodeURIComponent(automation)}/experiments`,
            body: rest,
            idsOf: (answer) => [experimentRunId(automation, (0,start_rules/* runIdAt */.MW)((0,start_rules/* answerObject */.iQ)(answer).id, 'id'))],
        };
    },
    findHint: "look for it among the automation's runs and experiments in Eigenpal Studio (GET /api/v1/runs), by its metadata if the body gave any",
};

;// CONCATENATED MODULE: ./src/providers/eigenpal.ts







/** The retry Eigenpal made of a failed run; null or absent when there is none (the SDK's RunRetry). */
const NEXT_RUN = (0,strict/* rule */.Hu)('null or an object with the retry run\'s "id" (a non-empty string)', (v) => v === null || (v !== null && typeof v === 'object' && !Array.isArray(v) && strict/* NON_EMPTY_TEXT */.wF.test(v.id)));
const source = schemas/* object */.Ikc({
    name: schema/* looseString */.yI,
    version: schema/* looseString */.yI,
    model: schema/* looseString */.yI,
    git: schemas/* object */.Ikc({ requestedRef: schema/* looseString */.yI, resolvedRef: schema/* looseString */.yI, commitSha: schema/* looseString */.yI }).nullish().catch(null),
})
    .nullish()
    .catch(null);
/** Eigenpal's execution states (its SDK's types), case included. */
const eigenpal_STATES = ['created', 'pending', 'running', 'waiting', 'finalizing', 'completed', 'failed', 'rejected', 'cancelled'];
const TERMINAL = new Set(['completed', 'failed', 'rejected', 'cancelled']);
/** Eigenpal's eval scores run from 0 to 1. */
const EIGENPAL_SCALE = (0,strict/* numberIn */.Po)(0, 1);
// The fields that decide are strict (eigenpal-fields.ts gives each one's role); the rest are loose.
const run = schemas/* object */.Ikc({
    finished: (0,strict/* strict */.O2)(strict/* BOOLEAN */.Jx),
    // Not in the documented example; Eigenpal's SDK types give it. Used when present.
    execution: schemas/* object */.Ikc({
        status: (0,strict/* strict */.O2)((0,strict/* stateOf */.L4)(eigenpal_STATES)).optional(),
        retry: schemas/* object */.Ikc({ nextRun: (0,strict/* strict */.O2)(NEXT_RUN).optional() }).nullish(),
    }),
    // Terminal runs always carry it: null when the run succeeded, else the failure.
    error: (0,strict/* strict */.O2)((0,strict/* orNull */.Xd)(strict/* NON_EMPTY_TEXT */.wF)).optional(),
    eval: schemas/* object */.Ikc({ score: (0,strict/* strict */.O2)((0,strict/* orNull */.Xd)(EIGENPAL_SCALE)), passed: (0,strict/* strict */.O2)((0,strict/* orNull */.Xd)(strict/* BOOLEAN */.Jx)), example: schema/* looseString */.yI, exampleId: schema/* looseString */.yI })
        .optional(),
    sampleRank: schema/* looseNumber */._,
    type: schema/* looseString */.yI,
    timing: schemas/* object */.Ikc({ durationMs: schema/* looseNumber */._ }).nullish().catch(null),
    source,
});
/** `finished` and `execution.status` must tell the same story; until they do, the run is not over. */
function terminalDisagreement(data) {
    const status = data.execution.status;
    if (status === undefined || TERMINAL.has(status) === data.finished)
        return null;
    return `"finished" is ${data.finished} but "execution.status" is "${status}"; waiting for the two to agree`;
}
/** Eigenpal's execution states onto ours; `finished` decides when the status is absent. */
function statusOf(data) {
    // A terminal failure message outranks a "completed" label.
    const ended = data.error ? 'failed' : 'completed';
    switch (data.execution.status) {
        case undefined:
            return data.finished ? ended : 'running';
        case 'created':
        case 'pending':
            return 'pending';
        case 'running':
        case 'waiting':
        case 'finalizing':
            return 'running';
        case 'completed':
            return ended;
        case 'failed':
        case 'rejected':
            return 'failed';
        case 'cancelled':
            return 'cancelled';
    }
}
function detailsOf(data) {
    const s = data.source;
    const ref = s?.git?.resolvedRef ?? s?.git?.requestedRef;
    const sha = s?.git?.commitSha;
    return (0,schema/* presentDetails */.kw)([
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
/** The run Eigenpal started to retry this one: followed only from a failed run, a contradiction on any other. */
function nextRunOf(data, status) {
    const next = data.execution.retry?.nextRun;
    if (!next)
        return null;
    if (status !== 'failed')
        throw (0,strict/* disagreement */.fn)(['execution.retry.nextRun.id', next.id], ['execution.status', data.execution.status ?? status], 'a run that has not failed was retried');
    return next.id;
}
function parse(body, runId) {
    if (runId !== undefined && experimentOf(runId))
        return parseExperiment(body);
    const data = (0,schema/* parseWith */.Ku)(run, body);
    const disagreement = terminalDisagreement(data);
    if (disagreement)
        return { ...(0,model/* emptySnapshot */.W)('running'), inFlightNote: disagreement, details: detailsOf(data) };
    if (data.finished && data.error === undefined)
        throw new errors/* SchemaError */.Ar('field "error": expected a non-empty string or null on a finished run, got nothing (missing)');
    const status = statusOf(data);
    const rank = data.sampleRank;
    const score = data.eval?.score ?? null;
    const failed = data.eval?.passed === false;
    return {
        ...(0,model/* emptySnapshot */.W)(status),
        ...verdictOf(data, status),
        score,
        failures: failed
            ? [
                {
                    name: data.eval?.example ?? data.eval?.exampleId ?? 'eval example',
                    metric: null,
                    score,
                    threshold: null,
                    message: data.error ?? null,
                    prompt: null,
                },
            ]
            : [],
        failureCount: failed ? 1 : 0,
        sampleRank: rank != null && rank >= 0 && rank < 1 ? rank : null,
        durationMs: data.timing?.durationMs ?? null,
        vendorError: status === 'failed' || status === 'cancelled' ? (data.error ?? null) : null,
        details: detailsOf(data),
        nextRunId: nextRunOf(data, status),
    };
}
const eigenpal = {
    defaultBaseUrl: 'https://studio.eigenpal.com/api/v1',
    authHeaders: ({ apiKey }) => ({ authorization: `Bearer ${apiKey}` }),
    // No expand: the sections it adds (input, usage, debug) are not in the report.
    runPath: (runId) => {
        const experiment = experimentOf(runId);
        return experiment
            ? `/automations/${encodeURIComponent(experiment.automation)}/experiments/${encodeURIComponent(experiment.experimentId)}`
            : `/runs/${encodeURIComponent(runId)}`;
    },
    parse,
    start: eigenpalStart,
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
/* unused harmony exports fieldName, describeIssue, booleanOrNull */
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
const booleanOrNull = (value) => (typeof value === 'boolean' ? value : null);
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
/* harmony export */   fn: () => (/* binding */ disagreement),
/* harmony export */   i2: () => (/* binding */ COUNT),
/* harmony export */   qv: () => (/* binding */ OBJECT),
/* harmony export */   uk: () => (/* binding */ NUMBER),
/* harmony export */   vH: () => (/* binding */ DATE),
/* harmony export */   wF: () => (/* binding */ NON_EMPTY_TEXT),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* unused harmony export TEXT */
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
const TEXT = rule('a string', (v) => typeof v === 'string');
/** A message that means something when present. */
const NON_EMPTY_TEXT = rule('a non-empty string', (v) => typeof v === 'string' && v.trim() !== '');
/** A vendor state: one of the documented values, case included; anything else is a state we do not know. */
const stateOf = (values) => rule(`a known state (${values.map((v) => JSON.stringify(v)).join(', ')})`, (v) => typeof v === 'string' && values.includes(v));
/** One of the documented values, case included. */
const oneOf = (values) => rule(`one of ${values.map((v) => JSON.stringify(v)).join(', ')}`, (v) => typeof v === 'string' && values.includes(v));
// An ISO 8601 date and time, as the vendors document their timestamps.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
/** A real date: an ISO 8601 date-time that parses (so not `""`, `"0"` or `"not a date"`). */
const DATE = rule('an ISO 8601 date-time', (v) => typeof v === 'string' && ISO_DATE_TIME.test(v) && Number.isFinite(Date.parse(v)));
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
