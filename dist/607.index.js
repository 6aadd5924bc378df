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


/***/ })

};
