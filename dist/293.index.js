export const id = 293;
export const ids = [293];
export const modules = {

/***/ 6293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  avido: () => (/* binding */ avido)
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
;// CONCATENATED MODULE: ./src/providers/avido-legacy.ts
// Avido's older run shape (avido.txt [its page: sim/fixtures/README.md]): a run `status` and an `evals[]` list with a
// status per eval (PENDING…FAILED). Still read: runs fetched from an API that answers so, and the
// intermediate `result` counts listed with such evals.




/** The documented states of a run and of each of its evals, case included. */
const STATES = ['PENDING', 'IN_PROGRESS', 'PASSED', 'COMPLETED', 'FAILED'];
const state = (0,strict/* strict */.O2)((0,strict/* stateOf */.L4)(STATES));
const evalItem = schemas/* object */.Ikc({ id: schema/* looseString */.yI, status: state, type: schema/* looseString */.yI, passed: (0,strict/* strict */.O2)(strict/* BOOLEAN */.Jx).optional() });
const evalPassed = (e) => e.status === 'PASSED' || (e.status === 'COMPLETED' && e.passed === true);
const inFlight = (s) => s === 'PENDING' || s === 'IN_PROGRESS';
/** An eval whose `passed` flag says the opposite of its status is corrupt. */
function checkEval(e, index, field) {
    if (e.passed === undefined || (e.status !== 'PASSED' && e.status !== 'FAILED') || (e.status === 'PASSED') === e.passed)
        return;
    const at = `${field}[${index}]`;
    throw (0,strict/* disagreement */.fn)([`${at}.status`, e.status], [`${at}.passed`, e.passed], 'one says passed, the other failed');
}
/**
 * The evals of a finished run must all be finished, agree with its counts when
 * it gives them, and not fail under a run that says it passed.
 */
function checkEvalsOfFinished(verdictField, counts, evals, vendorPassed) {
    const { items, field } = evals;
    const unfinished = items.findIndex((e) => inFlight(e.status));
    if (unfinished >= 0)
        throw new errors/* SchemaError */.Ar(`field "${field}[${unfinished}].status": ${items[unfinished]?.status} in a finished run, so the two disagree`);
    const passed = items.filter(evalPassed).length;
    if (counts && items.length > 0 && (passed !== counts.passed || items.length - passed !== counts.failed)) {
        throw (0,strict/* disagreement */.fn)(['result.passed', counts.passed], [field, `${passed} of ${items.length} passed`], 'the counts are not the evals listed');
    }
    const failing = items.findIndex((e) => !evalPassed(e));
    if (vendorPassed === true && failing >= 0) {
        const why = 'a passed run with an eval that did not pass';
        throw (0,strict/* disagreement */.fn)(verdictField, [`${field}[${failing}].status`, items[failing]?.status], why);
    }
}
function toFailure(e) {
    return { name: `eval ${e.id ?? '?'}`, metric: e.type ?? null, score: null, threshold: null, message: `status ${e.status}`, prompt: null };
}
function evalMetrics(evals) {
    return evals.map((e) => ({
        name: `${e.type ?? 'eval'} ${e.id ?? ''}`.trim(),
        score: null,
        threshold: null,
        passed: inFlight(e.status) ? null : evalPassed(e),
    }));
}

;// CONCATENATED MODULE: ./src/providers/avido-rows.ts


/** A pass rate on Avido's 0–100 scale (the docs' example is 50 for one of two). */
const PERCENT = (0,strict/* orNull */.Xd)((0,strict/* numberIn */.Po)(0, 100));
const SCORE = (0,strict/* orNull */.Xd)((0,strict/* numberIn */.Po)(0, 1));
/** A pass rate that is not its counts' (off by more than rounding) is corrupt. */
function checkRate(rate, passed, total, at) {
    if (rate == null || total === 0 || Math.abs(rate - (passed / total) * 100) <= 0.1)
        return;
    throw (0,strict/* disagreement */.fn)([`${at}passRate`, rate], [`${at}passed`, passed], `${passed} of ${total} is not that rate`);
}
/** One row, its counts strict; a name that is not text falls back on the id, so a rule on the name finds nothing. */
function readRow(item, at) {
    const e = (0,strict/* read */.LF)(strict/* OBJECT */.qv, item, at.slice(0, -1));
    const row = {
        id: (0,schema/* stringOrNull */.e0)(e.id),
        name: (0,schema/* stringOrNull */.e0)(e.name)?.trim() || `eval ${(0,schema/* stringOrNull */.e0)(e.id) ?? '?'}`,
        type: (0,schema/* stringOrNull */.e0)(e.type),
        passed: (0,strict/* read */.LF)(strict/* COUNT */.i2, e.passed, `${at}passed`),
        failed: (0,strict/* read */.LF)(strict/* COUNT */.i2, e.failed, `${at}failed`),
        total: (0,strict/* read */.LF)(strict/* COUNT */.i2, e.total, `${at}total`),
        passRate: (0,strict/* read */.LF)((0,strict/* orNull */.Xd)(PERCENT), e.passRate ?? null, `${at}passRate`),
        averageScore: e.averageScore,
    };
    if (row.passed + row.failed > row.total)
        throw (0,strict/* disagreement */.fn)([`${at}passed`, row.passed], [`${at}failed`, row.failed], `together above "${at}total" ${row.total}`);
    checkRate(row.passRate, row.passed, row.total, at);
    return row;
}
/** The rows at `field` (e.g. `run.result.evals`), each checked against its own counts. */
function readRows(items, field) {
    return items.map((item, i) => readRow(item, `${field}[${i}].`));
}
const rowFinished = (row) => row.passed + row.failed === row.total;
/** The row's average score when it is on its 0–1 scale, else null (the metric then carries the problem). */
const scoreOf = (row) => SCORE.test(row.averageScore ?? null) ? (row.averageScore ?? null) : null;
/**
 * Each row is a metric named by its `name`, scored by its `averageScore` (0–1),
 * its type and pass rate beside it. A score off that scale, or a name two rows
 * share, is the metric's problem: an error for a rule on it, nothing otherwise.
 */
function rowMetrics(rows, field, finished) {
    const names = rows.map((r) => r.name);
    return rows.map((row, i) => {
        const scoreOk = SCORE.test(row.averageScore ?? null);
        const twice = names.indexOf(row.name) !== i || names.lastIndexOf(row.name) !== i;
        const problem = twice
            ? `field "${field}[${i}].name": ${(0,strict/* shown */.SP)(row.name)} names more than one eval, so a rule on it is ambiguous`
            : scoreOk
                ? null
                : `field "${field}[${i}].averageScore": expected ${SCORE.expectation}, got ${(0,strict/* shown */.SP)(row.averageScore)}`;
        // From the counts, which the row's passRate must match: 66.7%, not 66.66666666666667%.
        const rate = row.total > 0 ? `pass rate ${+((row.passed / row.total) * 100).toFixed(1)}% (${row.passed} of ${row.total})` : 'nothing evaluated';
        return {
            name: row.name,
            score: scoreOf(row),
            threshold: null,
            passed: finished && rowFinished(row) ? row.failed === 0 : null,
            problem,
            detail: [row.type, rate].filter(Boolean).join(' · '),
        };
    });
}
/** The evals with failures, by name: the first few kept, all counted. */
function rowFailures(rows) {
    const failing = rows.filter((r) => r.failed > 0);
    const first = failing.slice(0, schema/* MAX_FAILURES_KEPT */.g2).map((r) => ({
        name: r.name,
        metric: r.type,
        score: scoreOf(r),
        threshold: null,
        message: `${r.failed} of ${r.total} failed`,
        prompt: null,
    }));
    return { first, count: failing.length };
}

;// CONCATENATED MODULE: ./src/providers/avido-counts.ts
// Avido's run `result` as counts (docs.avidoai.com, "Get a single run by ID"; SDK RunResult): `passed`,
// `failed`, `total` tests, `passRate` on 0–100, `averageScore` on 0–1, and its evals, either the
// current aggregate rows (avido-rows.ts) or the intermediate copy's per-eval items (avido-legacy.ts).
// The run has no status: these counts are the only evidence that it is over.




const resultCounts = schemas/* object */.Ikc({
    passed: (0,strict/* strict */.O2)(strict/* COUNT */.i2),
    failed: (0,strict/* strict */.O2)(strict/* COUNT */.i2),
    total: (0,strict/* strict */.O2)(strict/* COUNT */.i2),
    passRate: (0,strict/* strict */.O2)(PERCENT).optional(),
    averageScore: (0,strict/* strict */.O2)((0,strict/* orNull */.Xd)((0,strict/* numberIn */.Po)(0, 1))).optional(),
    evals: schemas/* array */.YOg(schemas/* unknown */.L5J()).optional(),
});
/** Counts whose parts exceed their total, or a pass rate that is not theirs, are corrupt. */
function checkCounts(c, at) {
    if (c.passed + c.failed > c.total)
        throw (0,strict/* disagreement */.fn)([`${at}result.passed`, c.passed], [`${at}result.failed`, c.failed], `together above "${at}result.total" ${c.total}`);
    checkRate(c.passRate, c.passed, c.total, `${at}result.`);
}
/** What the gate takes as the end of a run that has no status, as the timeout tells it. */
const NO_STATUS = "Avido's run has no status, so eval-gate reads it as finished only once its result counts every test (total above 0, passed + failed = total) and every eval's row adds up likewise";
/** Why a run with counts is not finished yet; null when it is. */
function unfinishedReason(c, rows, field) {
    if (c.total === 0)
        return `"${field}.total" is 0, so no test has been counted yet`;
    if (c.passed + c.failed < c.total)
        return `${c.passed + c.failed} of ${c.total} tests counted`;
    const open = rows.findIndex((r) => !rowFinished(r));
    if (open < 0)
        return null;
    const row = rows[open];
    return `eval ${JSON.stringify(row.name)} has counted ${row.passed + row.failed} of ${row.total}`;
}
/** The verdict the counts give: all passed, or some failed. A finished run counts every test, and at least one. */
function countsVerdict(c, at) {
    if (c.passed + c.failed !== c.total)
        throw new errors/* SchemaError */.Ar(`field "${at}result": counts ${c.passed} passed and ${c.failed} failed of ${c.total} on a finished run`);
    if (c.total === 0)
        throw new errors/* SchemaError */.Ar(`field "${at}result.total": 0 on a finished run, so nothing was evaluated`);
    return c.failed === 0;
}
/** Every eval row of a finished run is counted, and none has failures under a run that counts no failed test. */
function checkRowsOfFinished(counts, rows, at) {
    const open = rows.findIndex((r) => !rowFinished(r));
    if (open >= 0) {
        const row = rows[open];
        throw new errors/* SchemaError */.Ar(`field "${at}result.evals[${open}]": ${row.passed + row.failed} of ${row.total} counted on a finished run`);
    }
    const failing = rows.findIndex((r) => r.failed > 0);
    if (counts && counts.failed === 0 && failing >= 0) {
        const why = 'no failed test, yet an eval with failures';
        throw (0,strict/* disagreement */.fn)([`${at}result.failed`, 0], [`${at}result.evals[${failing}].failed`, rows[failing]?.failed], why);
    }
}

;// CONCATENATED MODULE: ./src/providers/avido.ts








// The fields that decide are strict (test/fields/avido-fields.ts gives each one's role); the rest are loose.
const runShape = schemas/* object */.Ikc({
    status: state.optional(),
    result: schemas/* union */.KCZ([(0,strict/* strict */.O2)((0,strict/* oneOf */.yL)(['PASSED', 'FAILED'])), resultCounts]).nullish(),
    evals: schemas/* array */.YOg(evalItem).optional(),
    createdAt: schema/* looseString */.yI,
    modifiedAt: schema/* looseString */.yI,
});
const hasStatus = (item) => item !== null && typeof item === 'object' && 'status' in item;
/** The current `{ "run": … }` or the older flat run (never both at once), with its evals read in the form they come. */
function read(body) {
    const wrapped = body !== null && typeof body === 'object' && !Array.isArray(body) && 'run' in body;
    if (wrapped && ('status' in body || 'result' in body)) {
        throw new errors/* SchemaError */.Ar('field "run": a wrapped run beside a top-level "status" or "result", so two runs in one answer');
    }
    const at = wrapped ? 'run.' : '';
    const data = wrapped ? (0,schema/* parseWith */.Ku)(schemas/* object */.Ikc({ run: runShape }), body).run : (0,schema/* parseWith */.Ku)(runShape, body);
    const counts = typeof data.result === 'object' && data.result !== null ? data.result : null;
    const listed = counts?.evals ?? [];
    // Rows with a status are the intermediate copy's per-eval items; the current rows carry counts and no status.
    if (data.evals || listed.some(hasStatus)) {
        const field = data.evals ? `${at}evals` : `${at}result.evals`;
        // Keyed by the field's own name, so that a bad item is named where it sits (`run.result.evals[1].status`).
        const items = data.evals ?? (0,schema/* parseWith */.Ku)(schemas/* object */.Ikc({ [field]: schemas/* array */.YOg(evalItem) }), { [field]: listed })[field] ?? [];
        return { data, at, wrapped, counts, items: { items, field }, rows: [] };
    }
    return { data, at, wrapped, counts, items: { items: [], field: `${at}evals` }, rows: readRows(listed, `${at}result.evals`) };
}
/** Avido's states onto ours. Without a status (the current API), the counts are the only evidence that a run is over. */
function statusOf({ data, at, wrapped, counts, rows }) {
    if (data.status === 'PENDING')
        return { status: 'pending', note: null };
    if (data.status !== undefined)
        return { status: data.status === 'IN_PROGRESS' ? 'running' : 'completed', note: null };
    if (!counts) {
        // A flat run always named its status; a wrapped run is in progress until Avido fills in its result.
        if (!wrapped || data.result != null)
            throw new errors/* SchemaError */.Ar(`field "${at}status": expected ${(0,strict/* stateOf */.L4)(STATES).expectation}, got nothing (missing)`);
        return { status: 'running', note: `${NO_STATUS}; so far "${at}result" is ${data.result === null ? 'null' : 'missing'}` };
    }
    const why = unfinishedReason(counts, rows, `${at}result`);
    return why ? { status: 'running', note: `${NO_STATUS}; so far ${why}` } : { status: 'completed', note: null };
}
/** The result and the status each may give a verdict; when both do, they must agree. */
function verdictOf({ data, at, counts }) {
    const result = data.result;
    // A COMPLETED status says nothing of the verdict, so the result must be there (null when Avido gives none).
    if (data.status === 'COMPLETED' && result === undefined) {
        throw new errors/* SchemaError */.Ar(`field "${at}result": expected "PASSED", "FAILED" or the counts on a COMPLETED run, got nothing (missing)`);
    }
    const fromResult = counts ? countsVerdict(counts, at) : result === 'PASSED' || result === 'FAILED' ? result === 'PASSED' : null;
    const fromStatus = data.status === 'PASSED' || data.status === 'FAILED' ? data.status === 'PASSED' : null;
    if (fromResult !== null && fromStatus !== null && fromResult !== fromStatus) {
        const said = counts ? `${counts.failed} failed` : result;
        throw (0,strict/* disagreement */.fn)([`${at}status`, data.status], [`${at}result`, said], 'one says passed, the other failed');
    }
    const vendorPassed = fromResult ?? fromStatus;
    return vendorPassed === null
        ? { vendorPassed, verdictGap: `field "${at}result" is missing on a COMPLETED run` }
        : { vendorPassed, verdictGap: null };
}
/** From the counts of tests when the vendor gives them (kept, since its failures listed are evals), else from the evals listed. */
function passRateOf(counts, items) {
    if (!counts)
        return { passRate: items.length > 0 ? items.filter(evalPassed).length / items.length : null };
    if (counts.total === 0)
        return { passRate: null, passCounts: null };
    return { passRate: counts.passed / counts.total, passCounts: { passed: counts.passed, total: counts.total } };
}
function progressOf(counts, items) {
    if (counts && counts.total > 0)
        return { done: counts.passed + counts.failed, total: counts.total };
    return items.length > 0 ? { done: items.filter((e) => !inFlight(e.status)).length, total: items.length } : null;
}
function parse(body) {
    const r = read(body);
    const { data, counts, items, rows } = r;
    if (counts)
        checkCounts(counts, r.at);
    items.items.forEach((e, i) => checkEval(e, i, items.field));
    (0,strict/* checkUnique */.Mb)(items.items, (e) => e.id ?? Symbol('no id'), items.field, 'id');
    (0,strict/* checkUnique */.Mb)(rows, (e) => e.id ?? Symbol('no id'), `${r.at}result.evals`, 'id');
    const { status, note } = statusOf(r);
    const verdict = status === 'completed' ? verdictOf(r) : {};
    if (status === 'completed') {
        checkEvalsOfFinished([`${r.at}${data.result ? 'result' : 'status'}`, data.result ?? data.status], counts, items, verdict.vendorPassed ?? null);
        checkRowsOfFinished(counts, rows, r.at);
    }
    const failing = rows.length > 0
        ? rowFailures(rows)
        : (0,schema/* firstMatches */.QE)(items.items, schema/* MAX_FAILURES_KEPT */.g2, (e) => !inFlight(e.status) && !evalPassed(e), toFailure);
    const figures = passRateOf(counts, items.items);
    return {
        ...(0,model/* emptySnapshot */.WX)(status),
        ...verdict,
        ...figures,
        score: figures.passRate == null ? null : figures.passRate * 100,
        metrics: rows.length > 0 ? rowMetrics(rows, `${r.at}result.evals`, status === 'completed') : evalMetrics(items.items),
        failures: failing.first,
        failureCount: failing.count,
        durationMs: status === 'completed' ? (0,schema/* durationBetweenMs */.ZZ)(data.createdAt, data.modifiedAt) : null,
        progress: progressOf(counts, items.items),
        details: counts?.averageScore != null ? [{ label: 'Average score', value: String(counts.averageScore) }] : [],
        inFlightNote: note,
    };
}
const avido = {
    defaultBaseUrl: 'https://api.avidoai.com/v0',
    authHeaders: ({ apiKey, applicationId }) => ({ 'x-api-key': apiKey, ...(applicationId ? { 'x-application-id': applicationId } : {}) }),
    runPath: (runId) => `/runs/${encodeURIComponent(runId)}`,
    parse,
    applicationIdRequired: 'Avido requires it as x-application-id on every request',
    authRefusedHint: 'check application-id too: Avido refuses a request whose x-application-id is missing or is not the application this key and run belong to',
    noStart: "Avido's trigger, POST /v0/tasks/trigger, answers 204 with no run id, so there is no run to gate",
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
