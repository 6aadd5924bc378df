export const id = 529;
export const ids = [529];
export const modules = {

/***/ 2529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   avido: () => (/* binding */ avido)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(182);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1131);
/* harmony import */ var _strict_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4097);





/** The documented states of a run and of each of its evals, case included. */
const STATES = ['PENDING', 'IN_PROGRESS', 'PASSED', 'COMPLETED', 'FAILED'];
const state = (0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .strict */ .O2)((0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .stateOf */ .L4)(STATES));
const evalItem = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ id: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI, status: state, type: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI, passed: (0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .strict */ .O2)(_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .BOOLEAN */ .Jx).optional() });
// Avido's SDK shows a newer `result` object with counts and no status.
const resultCounts = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    passed: (0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .strict */ .O2)(_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .COUNT */ .i2),
    failed: (0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .strict */ .O2)(_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .COUNT */ .i2),
    total: (0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .strict */ .O2)(_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .COUNT */ .i2),
    passRate: (0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .strict */ .O2)((0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .orNull */ .Xd)((0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .numberIn */ .Po)(0, 100))).optional(),
    // Shown only: a value off its 0–1 scale is shown as unknown, never fails the gate.
    averageScore: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().min(0).max(1).nullish().catch(null),
    evals: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(evalItem).optional(),
});
// The fields that decide are strict (avido-fields.ts gives each one's role); the rest are loose.
const run = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    status: state.optional(),
    result: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([(0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .strict */ .O2)((0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .oneOf */ .yL)(['PASSED', 'FAILED'])), resultCounts]).nullish(),
    evals: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(evalItem).optional(),
    createdAt: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI,
    modifiedAt: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI,
});
const evalPassed = (e) => e.status === 'PASSED' || (e.status === 'COMPLETED' && e.passed === true);
const inFlight = (s) => s === 'PENDING' || s === 'IN_PROGRESS';
/** The documented run, or the same run wrapped as `{ "run": … }` by later API versions (never both at once). */
function unwrap(body) {
    if (!body || typeof body !== 'object' || !('run' in body))
        return body;
    if ('status' in body || 'result' in body) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .Ar('field "run": a wrapped run beside a top-level "status" or "result", so two runs in one answer');
    }
    return body.run;
}
/** Counts whose parts exceed their total, or a pass rate that is not theirs, are corrupt. */
function checkCounts(c) {
    if (c.passed + c.failed > c.total)
        throw (0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .disagreement */ .fn)(['result.passed', c.passed], ['result.failed', c.failed], `together above "result.total" ${c.total}`);
    if (c.passRate != null && c.total > 0 && Math.abs(c.passRate - (c.passed / c.total) * 100) > 0.1) {
        throw (0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .disagreement */ .fn)(['result.passRate', c.passRate], ['result.passed', c.passed], `${c.passed} of ${c.total} is not that rate`);
    }
}
/** An eval whose `passed` flag says the opposite of its status is corrupt. */
function checkEval(e, index) {
    if (e.passed === undefined || (e.status !== 'PASSED' && e.status !== 'FAILED') || (e.status === 'PASSED') === e.passed)
        return;
    throw (0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .disagreement */ .fn)([`evals[${index}].status`, e.status], [`evals[${index}].passed`, e.passed], 'one says passed, the other failed');
}
/**
 * The evals of a finished run must all be finished, agree with its counts when
 * it gives them, and not fail under a run that says it passed.
 */
function checkEvalsOfFinished(data, counts, evals, vendorPassed) {
    const unfinished = evals.findIndex((e) => inFlight(e.status));
    if (unfinished >= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .Ar(`field "evals[${unfinished}].status": ${evals[unfinished]?.status} in a finished run, so the two disagree`);
    const passed = evals.filter(evalPassed).length;
    if (counts && evals.length > 0 && (passed !== counts.passed || evals.length - passed !== counts.failed)) {
        throw (0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .disagreement */ .fn)(['result.passed', counts.passed], ['evals', `${passed} of ${evals.length} passed`], 'the counts are not the evals listed');
    }
    const failing = evals.findIndex((e) => !evalPassed(e));
    if (vendorPassed === true && failing >= 0) {
        throw (0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .disagreement */ .fn)([data.result ? 'result' : 'status', data.result ?? data.status], [`evals[${failing}].status`, evals[failing]?.status], 'a passed run with an eval that did not pass');
    }
}
/** Avido's states onto ours; PASSED, COMPLETED and FAILED are terminal, the verdict is decided apart. */
function statusOf(data, counts) {
    if (data.status === undefined) {
        if (!counts)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .Ar(`field "status": expected ${(0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .stateOf */ .L4)(STATES).expectation}, got nothing (missing)`);
        return counts.total > 0 && counts.passed + counts.failed === counts.total ? 'completed' : 'running';
    }
    if (data.status === 'PENDING')
        return 'pending';
    return data.status === 'IN_PROGRESS' ? 'running' : 'completed';
}
/** The verdict the counts give: all passed, some failed, or not all counted yet. */
function countsVerdict(c) {
    if (c.passed + c.failed !== c.total)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .Ar(`field "result": counts ${c.passed} passed and ${c.failed} failed of ${c.total} on a finished run`);
    if (c.total === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .Ar('field "result.total": 0 on a finished run, so nothing was evaluated');
    return c.failed === 0;
}
/** The result and the status each may give a verdict; when both do, they must agree. */
function verdictOf(data, counts) {
    const result = data.result;
    // A COMPLETED status says nothing of the verdict, so the result must be there (null when Avido gives none).
    if (data.status === 'COMPLETED' && result === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .Ar('field "result": expected "PASSED", "FAILED" or the counts on a COMPLETED run, got nothing (missing)');
    }
    const fromResult = counts ? countsVerdict(counts) : result === 'PASSED' || result === 'FAILED' ? result === 'PASSED' : null;
    const fromStatus = data.status === 'PASSED' || data.status === 'FAILED' ? data.status === 'PASSED' : null;
    if (fromResult !== null && fromStatus !== null && fromResult !== fromStatus) {
        throw (0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .disagreement */ .fn)(['status', data.status], ['result', counts ? `${counts.failed} failed` : result], 'one says passed, the other failed');
    }
    const vendorPassed = fromResult ?? fromStatus;
    return vendorPassed === null
        ? { vendorPassed, verdictGap: 'field "result" is missing on a COMPLETED run' }
        : { vendorPassed, verdictGap: null };
}
function toFailure(e) {
    return { name: `eval ${e.id ?? '?'}`, metric: e.type ?? null, score: null, threshold: null, message: `status ${e.status}`, prompt: null };
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
    return evals.length > 0 ? { done: evals.filter((e) => !inFlight(e.status)).length, total: evals.length } : null;
}
function parse(body) {
    const data = (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWith */ .Ku)(run, unwrap(body));
    const counts = typeof data.result === 'object' && data.result !== null ? data.result : null;
    if (counts)
        checkCounts(counts);
    const evals = data.evals ?? counts?.evals ?? [];
    evals.forEach(checkEval);
    (0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .checkUnique */ .Mb)(evals, (e) => e.id ?? Symbol('no id'), 'evals', 'id');
    const status = statusOf(data, counts);
    const verdict = status === 'completed' ? verdictOf(data, counts) : {};
    if (status === 'completed')
        checkEvalsOfFinished(data, counts, evals, verdict.vendorPassed ?? null);
    const failing = (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .firstMatches */ .QE)(evals, _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_FAILURES_KEPT */ .g2, (e) => !inFlight(e.status) && !evalPassed(e), toFailure);
    const passRate = passRateOf(counts, evals);
    const metrics = evals.map((e) => ({
        name: `${e.type ?? 'eval'} ${e.id ?? ''}`.trim(),
        score: null,
        threshold: null,
        passed: inFlight(e.status) ? null : evalPassed(e),
    }));
    return {
        ...(0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .emptySnapshot */ .W)(status),
        ...verdict,
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
    defaultBaseUrl: 'https://api.avidoai.com/v0',
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
