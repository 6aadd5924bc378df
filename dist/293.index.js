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

// EXTERNAL MODULE: ./src/providers/record-outcomes.ts
var record_outcomes = __webpack_require__(9091);
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
/**
 * The older answers' evals, keyed by their `id`; else the current run's counts, unkeyed: it names no test (its
 * per-trace tests are a separate listing that cannot be filtered by run), so a regression test is unpaired.
 */
function recordsOf(counts, items) {
    if (items.length > 0) {
        const records = (0,record_outcomes/* recordOutcomesBuilder */.gX)(items.length);
        for (const e of items)
            records.add(e.id ?? null, null, evalPassed(e), null);
        return records.build();
    }
    return counts && counts.total > 0 ? (0,record_outcomes/* countedOutcomes */.CU)(counts.passed, counts.total) : null;
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
        records: status === 'completed' ? recordsOf(counts, items.items) : null,
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


/***/ })

};
