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
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/providers/schema.ts
var schema = __webpack_require__(1131);
// EXTERNAL MODULE: ./src/providers/strict.ts
var strict = __webpack_require__(4097);
;// CONCATENATED MODULE: ./src/providers/humanloop-stats.ts




// GET /evaluations/{id}/stats, per run and per evaluator. Boolean evaluators
// count `num_true` out of `total_logs`; numeric ones give a `mean`. Every
// figure here can decide a rule, so all are strict.
const evaluatorStats = schemas/* object */.Ikc({
    evaluator_version_id: (0,strict/* strict */.O2)(strict/* NON_EMPTY_TEXT */.wF),
    total_logs: (0,strict/* strict */.O2)(strict/* COUNT */.i2),
    // Part of total_logs, as the SDK documents it ("This includes Nulls and Errors"); checked against the figures beside it.
    num_errors: (0,strict/* strict */.O2)(strict/* COUNT */.i2).optional(),
    num_true: (0,strict/* strict */.O2)((0,strict/* orNull */.Xd)(strict/* COUNT */.i2)).optional(),
    mean: (0,strict/* strict */.O2)((0,strict/* orNull */.Xd)(strict/* NUMBER */.uk)).optional(),
});
const runStats = schemas/* object */.Ikc({ run_id: (0,strict/* strict */.O2)(strict/* NON_EMPTY_TEXT */.wF), evaluator_stats: schemas/* array */.YOg(evaluatorStats) });
const stats = schemas/* object */.Ikc({ run_stats: schemas/* array */.YOg(runStats) });
/**
 * An errored log judged nothing: errors are part of the logs, a True judgement
 * is not an error, and a mean needs one log that did not error.
 */
function checkErrors(e, at) {
    const errors = e.num_errors ?? 0;
    const errorsField = [`${at}.num_errors`, errors];
    if (errors > e.total_logs)
        throw (0,strict/* disagreement */.fn)(errorsField, [`${at}.total_logs`, e.total_logs], 'more errors than logs');
    if (e.num_true != null && errors > 0 && e.num_true + errors > e.total_logs)
        throw (0,strict/* disagreement */.fn)([`${at}.num_true`, e.num_true], errorsField, `true judgements and errors add up to more than "total_logs" ${e.total_logs}`);
    if (e.num_true == null && e.mean != null && errors > 0 && errors === e.total_logs)
        throw (0,strict/* disagreement */.fn)([`${at}.mean`, e.mean], errorsField, 'a mean over logs that all errored');
}
/** Adds one evaluator's figures: a boolean one needs logs it judged, a numeric one its mean; anything else is corrupt. */
function addTo(tally, e, at) {
    checkErrors(e, at);
    if (e.num_true != null) {
        if (e.total_logs === 0)
            throw new errors/* SchemaError */.Ar(`field "${at}.total_logs": 0 beside "num_true", so the evaluator judged nothing`);
        if (e.num_true > e.total_logs)
            throw (0,strict/* disagreement */.fn)([`${at}.num_true`, e.num_true], [`${at}.total_logs`, e.total_logs], 'more true than judged');
        tally.booleanTrue += e.num_true;
        tally.booleanLogs += e.total_logs;
    }
    else if (e.mean != null) {
        tally.means.push(e.mean);
    }
    else {
        throw new errors/* SchemaError */.Ar(`field "${at}": expected "num_true" (a boolean evaluator) or "mean" (a numeric one), got neither`);
    }
}
/**
 * The stats to score: those of the runs under test (the control runs left out
 * when there are others). Every stats entry must be a run of this evaluation,
 * and every run under test must have judged something: a run missing from the
 * stats would otherwise leave the score to the others.
 */
function testedStats(all, runs) {
    const known = new Set(runs.map((r) => r.id));
    all.forEach((r, i) => {
        if (!known.has(r.run_id))
            throw new errors/* SchemaError */.Ar(`field "run_stats[${i}].run_id": ${(0,strict/* shown */.SP)(r.run_id)} is not a run of this evaluation`);
    });
    const underTest = runs.some((r) => !r.control) ? runs.filter((r) => !r.control) : runs;
    return underTest.map((run) => {
        const found = all.find((r) => r.run_id === run.id);
        if (!found || found.evaluator_stats.length === 0) {
            throw new errors/* SchemaError */.Ar(`field "run_stats": run ${JSON.stringify(run.id)} has no evaluator stats, so it judged nothing`);
        }
        return found;
    });
}
/**
 * Score and pass rate from the stats of the runs under test: the pass rate is
 * the share of true judgements over all boolean evaluators, the score that
 * share times 100, or, with only numeric evaluators, the mean of their means.
 * Each evaluator is a metric.
 */
function scoresFromStats(body, runs) {
    const { run_stats: all } = (0,schema/* parseWith */.Ku)(stats, body);
    (0,strict/* checkUnique */.Mb)(all, (r) => r.run_id, 'run_stats', 'run_id');
    all.forEach((r, i) => (0,strict/* checkUnique */.Mb)(r.evaluator_stats, (e) => e.evaluator_version_id, `run_stats[${i}].evaluator_stats`, 'evaluator_version_id'));
    const total = { booleanTrue: 0, booleanLogs: 0, means: [] };
    const perEvaluator = new Map();
    for (const run of testedStats(all, runs)) {
        const runIndex = all.indexOf(run);
        run.evaluator_stats.forEach((e, i) => {
            const key = e.evaluator_version_id;
            const tally = perEvaluator.get(key) ?? { booleanTrue: 0, booleanLogs: 0, means: [] };
            perEvaluator.set(key, tally);
            const at = `run_stats[${runIndex}].evaluator_stats[${i}]`;
            addTo(tally, e, at);
            addTo(total, e, at);
        });
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

// EXTERNAL MODULE: ./src/inputs/base-url.ts
var base_url = __webpack_require__(5872);
;// CONCATENATED MODULE: ./src/providers/humanloop.ts






const named = schemas/* object */.Ikc({ name: schema/* looseString */.yI, path: schema/* looseString */.yI }).nullish().catch(null);
/** Humanloop's run states, case included. */
const STATES = ['pending', 'running', 'completed', 'cancelled', 'failed'];
// The fields that decide are strict (test/fields/humanloop-fields.ts gives each one's role); the rest are loose.
const evaluationRun = schemas/* object */.Ikc({
    id: (0,strict/* strict */.O2)(strict/* NON_EMPTY_TEXT */.wF),
    status: (0,strict/* strict */.O2)((0,strict/* stateOf */.L4)(STATES)),
    orchestrated: schema/* looseBoolean */.bi,
    // Read strictly only when scores are (evaluationRuns): a control run matters to nothing else.
    control: schemas/* unknown */.L5J().optional(),
    dataset: named,
    version: named,
});
const runList = schemas/* object */.Ikc({ runs: schemas/* array */.YOg(evaluationRun) });
/** Humanloop's run states are ours; the evaluation is as far along as its slowest run. */
const runStatus = (run) => run.status;
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
    const parts = [version, run.dataset?.name ?? run.dataset?.path, run.status, run.control === true ? 'control' : null];
    return { label: `Run ${index + 1}`, value: parts.filter(Boolean).join(' · ') };
}
function parse(body) {
    const { runs } = (0,schema/* parseWith */.Ku)(runList, body);
    (0,strict/* checkUnique */.Mb)(runs, (run) => run.id, 'runs', 'id');
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
/** Which runs are control runs, which scoring leaves out. */
function evaluationRuns(body) {
    return (0,schema/* parseWith */.Ku)(runList, body).runs.map((r, i) => ({ id: r.id, control: (0,strict/* read */.LF)(strict/* BOOLEAN */.Jx, r.control, `runs[${i}].control`) }));
}
/** Humanloop's web app, where its evaluation links point. */
const WEB_HOST = 'app.humanloop.com';
/**
 * Scores only when a rule needs them; the web link is one short try that may
 * fail without harm, and is kept only on a host we know (Humanloop's app, or
 * the host of base-url), so a vendor answer cannot point reviewers elsewhere.
 */
async function enrich(snapshot, ctx) {
    const id = encodeURIComponent(ctx.runId);
    const link = ctx
        .getJsonOnce(`/evaluations/${id}`)
        .then((body) => schemas/* object */.Ikc({ url: schemas/* string */.YjP() }).safeParse(body).data?.url ?? null)
        .then((url) => (0,base_url/* onKnownHost */.RS)(url, [WEB_HOST, new URL(ctx.baseUrl).hostname]))
        .catch(() => null);
    const stats = ctx.needsScores ? scoresFromStats(await ctx.getJson(`/evaluations/${id}/stats`), evaluationRuns(ctx.lastBody)) : null;
    return { ...snapshot, ...stats, url: await link };
}
const humanloop = {
    defaultBaseUrl: 'https://api.humanloop.com/v5',
    authHeaders: ({ apiKey }) => ({ 'x-api-key': apiKey }),
    runPath: (runId) => `/evaluations/${encodeURIComponent(runId)}/runs`,
    parse,
    enrich,
    // CURRENT.md §5: the shutdown date comes from secondary sources (W&B's migration report, Humanloop's changelog as cited).
    warning: 'Humanloop is discontinued: it shut its platform down on 2025-09-08, so its API may no longer answer. eval-gate keeps this adapter as it is, with no new Humanloop features; move these evals to another vendor.',
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
