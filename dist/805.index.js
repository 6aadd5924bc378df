export const id = 805;
export const ids = [805];
export const modules = {

/***/ 6805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eigenpal: () => (/* binding */ eigenpal)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(182);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1131);
/* harmony import */ var _strict_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4097);





const source = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    name: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI,
    version: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI,
    model: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI,
    git: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ requestedRef: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI, resolvedRef: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI, commitSha: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI }).nullish().catch(null),
})
    .nullish()
    .catch(null);
/** Eigenpal's execution states (its SDK's types), case included. */
const STATES = ['created', 'pending', 'running', 'waiting', 'finalizing', 'completed', 'failed', 'rejected', 'cancelled'];
const TERMINAL = new Set(['completed', 'failed', 'rejected', 'cancelled']);
/** Eigenpal's eval scores run from 0 to 1. */
const EIGENPAL_SCALE = (0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .numberIn */ .Po)(0, 1);
// The fields that decide are strict (eigenpal-fields.ts gives each one's role); the rest are loose.
const run = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    finished: (0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .strict */ .O2)(_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .BOOLEAN */ .Jx),
    // Not in the documented example; Eigenpal's SDK types give it. Used when present.
    execution: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ status: (0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .strict */ .O2)((0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .stateOf */ .L4)(STATES)).optional() }),
    // Terminal runs always carry it: null when the run succeeded, else the failure.
    error: (0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .strict */ .O2)((0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .orNull */ .Xd)(_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .NON_EMPTY_TEXT */ .wF)).optional(),
    eval: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ score: (0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .strict */ .O2)((0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .orNull */ .Xd)(EIGENPAL_SCALE)), passed: (0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .strict */ .O2)((0,_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .orNull */ .Xd)(_strict_js__WEBPACK_IMPORTED_MODULE_3__/* .BOOLEAN */ .Jx)), example: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI, exampleId: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI })
        .optional(),
    sampleRank: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseNumber */ ._,
    type: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseString */ .yI,
    timing: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ durationMs: _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .looseNumber */ ._ }).nullish().catch(null),
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
    return (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .presentDetails */ .kw)([
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
function parse(body) {
    const data = (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWith */ .Ku)(run, body);
    const disagreement = terminalDisagreement(data);
    if (disagreement)
        return { ...(0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .emptySnapshot */ .WX)('running'), inFlightNote: disagreement, details: detailsOf(data) };
    if (data.finished && data.error === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .Ar('field "error": expected a non-empty string or null on a finished run, got nothing (missing)');
    const status = statusOf(data);
    const rank = data.sampleRank;
    const score = data.eval?.score ?? null;
    const failed = data.eval?.passed === false;
    return {
        ...(0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .emptySnapshot */ .WX)(status),
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
    };
}
const eigenpal = {
    name: 'eigenpal',
    label: 'Eigenpal Studio',
    defaultBaseUrl: 'https://studio.eigenpal.com/api/v1',
    docsUrl: 'https://studio.eigenpal.com/docs/api-reference',
    authHeaders: ({ apiKey }) => ({ authorization: `Bearer ${apiKey}` }),
    // No expand: the sections it adds (input, usage, debug) are not in the report.
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
    return `field "${fieldName(issue.path)}": expected ${expectationOf(issue)}, got ${(0,_strict_js__WEBPACK_IMPORTED_MODULE_1__/* .shown */ .SP)(valueAt(root, issue.path))}`;
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// Strict readers for the fields that decide a verdict: exactly the documented
// type, in the documented range. A failure names the field, the expectation
// and the value: `field "result": expected a number from 0 to 100, got 150`.
// Each rule serves both the zod schemas and the hand-written scans of long lists.


/** A value as a message quotes it: primitives as JSON, containers by kind, at most 60 characters. */
function shown(value) {
    if (value === undefined)
        return 'nothing (missing)';
    if (Array.isArray(value))
        return 'an array';
    if (value !== null && typeof value === 'object')
        return 'an object';
    const json = JSON.stringify(value) ?? String(value);
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
const COUNT = rule('a non-negative integer', (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0);
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
    return zod__WEBPACK_IMPORTED_MODULE_1__/* .custom */ .IeY(r.test, { error: r.expectation });
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
