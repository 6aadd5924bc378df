export const id = 607;
export const ids = [607];
export const modules = {

/***/ 3607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  humanloop: () => (/* binding */ humanloop)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
// EXTERNAL MODULE: ./src/providers/schema.ts
var schema = __webpack_require__(1131);
;// CONCATENATED MODULE: ./src/providers/humanloop-stats.ts


// GET /evaluations/{id}/stats, per run and per evaluator. Boolean evaluators
// count `num_true` out of `total_logs`; numeric ones give a `mean`.
const evaluatorStats = schemas/* object */.Ikc({
    evaluator_version_id: schema/* looseString */.yI,
    total_logs: schema/* looseNumber */._,
    num_true: schema/* looseNumber */._,
    mean: schema/* looseNumber */._,
});
const runStats = schemas/* object */.Ikc({ run_id: schema/* looseString */.yI, evaluator_stats: schemas/* array */.YOg(evaluatorStats) });
const stats = schemas/* object */.Ikc({ run_stats: schemas/* array */.YOg(runStats) });
/**
 * Score and pass rate from the stats of the runs under test (the control run
 * left out when there are others): the pass rate is the share of true
 * judgements over all boolean evaluators, the score that share times 100, or,
 * with only numeric evaluators, the mean of their means. Each evaluator is a metric.
 */
function scoresFromStats(body, controlRunIds) {
    const { run_stats: all } = (0,schema/* parseWith */.Ku)(stats, body);
    const isControl = (r) => r.run_id != null && controlRunIds.has(r.run_id);
    const tested = all.some((r) => !isControl(r)) ? all.filter((r) => !isControl(r)) : all;
    const total = { booleanTrue: 0, booleanLogs: 0, means: [] };
    const perEvaluator = new Map();
    for (const run of tested) {
        for (const e of run.evaluator_stats) {
            const key = e.evaluator_version_id ?? 'evaluator';
            const tally = perEvaluator.get(key) ?? { booleanTrue: 0, booleanLogs: 0, means: [] };
            perEvaluator.set(key, tally);
            for (const t of [tally, total]) {
                if (e.num_true != null && e.total_logs) {
                    t.booleanTrue += e.num_true;
                    t.booleanLogs += e.total_logs;
                }
                else if (e.mean != null) {
                    t.means.push(e.mean);
                }
            }
        }
    }
    const passRate = total.booleanLogs > 0 ? total.booleanTrue / total.booleanLogs : null;
    const metrics = [...perEvaluator].map(([name, t]) => ({ name, score: scoreOf(t), threshold: null, passed: null }));
    return { passRate, score: scoreOf(total), metrics };
}
function scoreOf(t) {
    if (t.booleanLogs > 0)
        return (t.booleanTrue / t.booleanLogs) * 100;
    return t.means.length > 0 ? t.means.reduce((a, b) => a + b, 0) / t.means.length : null;
}

;// CONCATENATED MODULE: ./src/providers/humanloop.ts





const named = schemas/* object */.Ikc({ name: schema/* looseString */.yI, path: schema/* looseString */.yI }).nullish().catch(null);
const evaluationRun = schemas/* object */.Ikc({
    id: schema/* looseString */.yI,
    status: schemas/* string */.YjP(),
    orchestrated: schema/* looseBoolean */.bi,
    control: schema/* looseBoolean */.bi,
    dataset: named,
    version: named,
});
const runList = schemas/* object */.Ikc({ runs: schemas/* array */.YOg(evaluationRun) });
/** Humanloop's run states onto ours; the evaluation is as far along as its slowest run. */
function runStatus(run, index) {
    switch (run.status) {
        case 'pending':
            return 'pending';
        case 'running':
            return 'running';
        case 'completed':
            return 'completed';
        case 'cancelled':
            return 'cancelled';
        case 'failed':
            return 'failed';
        default:
            throw new errors/* SchemaError */.Ar(`field "runs[${index}].status": unknown state ${JSON.stringify(run.status)}`);
    }
}
function overallStatus(statuses) {
    // No runs yet: the evaluation was just created and its runs are still being added.
    if (statuses.length === 0)
        return 'pending';
    for (const status of ['running', 'pending', 'failed', 'cancelled']) {
        if (statuses.includes(status))
            return status;
    }
    return 'completed';
}
function describeRun(run, index) {
    const version = run.version?.name ?? run.version?.path ?? run.id ?? `run ${index + 1}`;
    const parts = [version, run.dataset?.name ?? run.dataset?.path, run.status, run.control ? 'control' : null];
    return { label: `Run ${index + 1}`, value: parts.filter(Boolean).join(' · ') };
}
function parse(body) {
    const { runs } = (0,schema/* parseWith */.Ku)(runList, body);
    const statuses = runs.map(runStatus);
    const status = overallStatus(statuses);
    const idle = runs.filter((run, i) => run.orchestrated === false && (statuses[i] === 'running' || statuses[i] === 'pending')).length;
    return {
        ...(0,model/* emptySnapshot */.WX)(status),
        vendorPassed: status === 'completed' ? true : null,
        progress: runs.length > 0 ? { done: statuses.filter((s) => s !== 'running' && s !== 'pending').length, total: runs.length } : null,
        details: runs.map(describeRun),
        inFlightNote: idle > 0 ? `${idle} run(s) are not orchestrated by Humanloop and stay running until their owner marks them complete` : null,
    };
}
function controlRunIds(body) {
    return new Set((0,schema/* parseWith */.Ku)(runList, body).runs.flatMap((r) => (r.control && r.id ? [r.id] : [])));
}
/** Scores only when a rule needs them; the web link is one short try that may fail without harm. */
async function enrich(snapshot, ctx) {
    const id = encodeURIComponent(ctx.runId);
    const link = ctx
        .getJsonOnce(`/evaluations/${id}`)
        .then((body) => schemas/* object */.Ikc({ url: schemas/* url */.OZ5({ protocol: /^https$/ }) }).safeParse(body).data?.url ?? null)
        .catch(() => null);
    const stats = ctx.needsScores ? scoresFromStats(await ctx.getJson(`/evaluations/${id}/stats`), controlRunIds(ctx.lastBody)) : null;
    return { ...snapshot, ...stats, url: await link };
}
const humanloop = {
    name: 'humanloop',
    label: 'Humanloop',
    defaultBaseUrl: 'https://api.humanloop.com/v5',
    docsUrl: 'https://humanloop.com/docs/api',
    authHeaders: ({ apiKey }) => ({ 'x-api-key': apiKey }),
    runPath: (runId) => `/evaluations/${encodeURIComponent(runId)}/runs`,
    parse,
    enrich,
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
