export const id = 626;
export const ids = [626];
export const modules = {

/***/ 1626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseAggregateInputs: () => (/* binding */ parseAggregateInputs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2898);


/**
 * The only inputs the aggregate step reads. Any other one given (a vendor's,
 * a rule's, one added later) is an error rather than silently unused.
 */
const AGGREGATE_INPUTS = [
    'aggregate',
    'name',
    'github-token',
    'timeout',
    'poll-interval',
    'comment',
    'pr-number',
    'commit-status',
];
function parseAggregateInputs(read) {
    const raw = {};
    for (const [name, fallback] of Object.entries(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_DEFAULTS */ .WJ))
        raw[name] = read(name).trim() || fallback;
    const allowed = AGGREGATE_INPUTS;
    const extra = Object.keys(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_DEFAULTS */ .WJ).filter((name) => !allowed.includes(name) && raw[name] !== _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_DEFAULTS */ .WJ[name]);
    if (extra.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${extra.join(', ')}: expected no vendor or rule input beside aggregate (the aggregate step only reads the gates' commit statuses; it takes ${AGGREGATE_INPUTS.join(', ')}), got ${extra.length === 1 ? 'it' : 'them'}`);
    }
    const result = _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .schema */ .wQ
        .pick({
        aggregate: true,
        name: true,
        'github-token': true,
        timeout: true,
        'poll-interval': true,
        comment: true,
        'pr-number': true,
        'commit-status': true,
    })
        .safeParse(raw);
    if (!result.success) {
        const issue = result.error.issues[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${String(issue?.path[0] ?? 'input')}: ${issue?.message ?? 'invalid value'}`);
    }
    const value = result.data;
    const token = value['github-token'];
    if (!token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('github-token: expected a token that reads commit statuses and writes them (statuses: write), got nothing');
    if (value.comment === 'aggregate')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('comment: expected always, on-failure or never on the aggregate step itself, got "aggregate" (which goes on the gates it reports)');
    if (value['commit-status'] === 'never') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('commit-status: expected auto or always with aggregate (its commit status is the check branch protection requires), got never');
    }
    const pattern = value.aggregate ?? '';
    return {
        pattern,
        name: value.name ?? pattern,
        githubToken: token,
        timeoutMs: value.timeout,
        pollIntervalMs: value['poll-interval'],
        comment: value.comment,
        prNumber: value['pr-number'],
    };
}


/***/ })

};
