export const id = 129;
export const ids = [129];
export const modules = {

/***/ 129:
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
// EXTERNAL MODULE: ./src/inputs/values.ts
var values = __webpack_require__(8463);
;// CONCATENATED MODULE: ./src/providers/eigenpal-scores.ts
// Eigenpal's automated evaluator results (the SDK's EvalResult, types.gen.ts): GET /runs/{id}/scores
// answers { scores: EvalResult[] } (docs.eigenpal.com "List run evaluator scores"; it replaced
// /eval-results in SDK 0.9.0), and an experiment gives them per run in `resultsByRun`. Each result:
// evaluatorName, evaluatorType, score|null, passed|null, passThreshold|null ("Score threshold required
// for this evaluator to pass"), error|null ("Evaluator error, when scoring failed").




const LIST = (0,strict/* rule */.Hu)('a list', Array.isArray);
function readResult(item, at) {
    const o = (0,strict/* read */.LF)(strict/* OBJECT */.qv, item, at);
    const result = {
        evaluator: (0,strict/* read */.LF)(strict/* NON_EMPTY_TEXT */.wF, o.evaluatorName, `${at}.evaluatorName`),
        type: (0,schema/* stringOrNull */.e0)(o.evaluatorType),
        score: (0,strict/* read */.LF)((0,strict/* orNull */.Xd)(strict/* NUMBER */.uk), o.score, `${at}.score`),
        passed: (0,strict/* read */.LF)((0,strict/* orNull */.Xd)(strict/* BOOLEAN */.Jx), o.passed, `${at}.passed`),
        threshold: (0,strict/* read */.LF)((0,strict/* orNull */.Xd)(strict/* NUMBER */.uk), o.passThreshold, `${at}.passThreshold`),
        error: (0,strict/* read */.LF)((0,strict/* orNull */.Xd)(strict/* NON_EMPTY_TEXT */.wF), o.error, `${at}.error`),
    };
    if (result.passed === true && result.error !== null) {
        throw (0,strict/* disagreement */.fn)([`${at}.passed`, true], [`${at}.error`, result.error], 'an evaluator that errored did not pass');
    }
    if (result.passed === true && result.score !== null && result.threshold !== null && result.score < result.threshold) {
        throw (0,strict/* disagreement */.fn)([`${at}.passed`, true], [`${at}.score`, result.score], `a score under its passThreshold ${result.threshold} did not pass`);
    }
    return result;
}
/** A list of results, one per evaluator: an evaluator listed twice would be counted twice. */
function readEvalResults(value, field) {
    const results = (0,strict/* read */.LF)(LIST, value, field).map((item, i) => readResult(item, `${field}[${i}]`));
    (0,strict/* checkUnique */.Mb)(results, (r) => r.evaluator, field, 'evaluatorName');
    return results;
}
/** An evaluator's verdict: failed when it says so or when it errored; null when it gives none. */
function verdictOf(result) {
    return result.error !== null ? false : result.passed;
}
function failureOf(result, name) {
    return { name, metric: result.evaluator, score: result.score, threshold: result.threshold, message: result.error, prompt: null };
}
const names = (results) => `${results
    .slice(0, 3)
    .map((r) => (0,values/* quoted */.TL)(r.evaluator))
    .join(', ')}${results.length > 3 ? ` and ${results.length - 3} more` : ''}`;
function metricOf(result) {
    const problem = result.error === null ? null : `evaluator ${(0,values/* quoted */.TL)(result.evaluator)} errored: ${(0,values/* quoted */.TL)(result.error)}`;
    return { name: result.evaluator, score: result.score, threshold: result.threshold, passed: verdictOf(result), problem };
}
/**
 * A completed run without an `eval` block, judged by its evaluators: each is a metric, a failed or
 * errored one fails the run and is named, one without a verdict leaves the run without one, and no
 * evaluator at all means nothing was evaluated.
 */
function withScores(snapshot, body) {
    const results = readEvalResults((0,strict/* read */.LF)(strict/* OBJECT */.qv, body, '(the answer)').scores, 'scores');
    if (results.length === 0) {
        throw new errors/* SchemaError */.Ar('nothing was evaluated: the run has no "eval" block, and field "scores" of its evaluator scores (GET /runs/{id}/scores) is an empty list');
    }
    const failed = results.filter((r) => verdictOf(r) === false);
    const undecided = results.filter((r) => verdictOf(r) === null);
    const passed = results.length - failed.length - undecided.length;
    return {
        ...snapshot,
        vendorPassed: failed.length > 0 ? false : undecided.length > 0 ? null : true,
        verdictGap: failed.length === 0 && undecided.length > 0
            ? `evaluator ${names(undecided)} gives no verdict (field "scores[${results.indexOf(undecided[0])}].passed" is null)`
            : null,
        verdictWhy: failed.length > 0 ? `${failed.length} of ${results.length} evaluators failed: ${names(failed)}` : null,
        passRate: passed / results.length,
        metrics: results.map(metricOf),
        failures: failed.map((r) => failureOf(r, r.evaluator)),
        failureCount: failed.length,
    };
}
/**
 * A completed run (a body with `finished`) without an `eval` block is judged by GET /runs/{id}/scores;
 * an experiment (no `finished`) is judged by its own counts.
 */
async function enrichWithScores(snapshot, ctx) {
    const body = ctx.lastBody;
    if (snapshot.status !== 'completed' || body?.finished === undefined || body.eval !== undefined)
        return snapshot;
    const path = `/runs/${encodeURIComponent(ctx.runId)}/scores`;
    return (await ctx.getJson(path, (scores) => withScores(snapshot, scores)));
}

// EXTERNAL MODULE: ./src/providers/record-outcomes.ts
var record_outcomes = __webpack_require__(9091);
;// CONCATENATED MODULE: ./src/providers/eigenpal-experiment.ts
// An Eigenpal experiment (a dataset's runs as one unit), GET /api/v1/automations/{id}/experiments/{experimentId}
// (docs.eigenpal.com "Get experiment"; the SDK's ExperimentDetail): `status` (queued, running, completed), the
// counts `runCount`, `completedCount`, `passedCount`, `failedCount`, `avgScore`, the `runs` (id, status,
// exampleId, exampleName; no verdict) and `resultsByRun`, each run's evaluator results. The counts decide and
// are checked against resultsByRun; test/fields/eigenpal-fields.ts gives each field's role. An older answer without
// resultsByRun is decided by its counts alone, its failing runs unnamed.








const STATES = ['queued', 'running', 'completed'];
const experiment = schemas/* object */.Ikc({
    status: (0,strict/* strict */.O2)((0,strict/* stateOf */.L4)(STATES)),
    runCount: (0,strict/* strict */.O2)(strict/* COUNT */.i2),
    completedCount: (0,strict/* strict */.O2)(strict/* COUNT */.i2),
    passedCount: (0,strict/* strict */.O2)(strict/* COUNT */.i2),
    failedCount: (0,strict/* strict */.O2)(strict/* COUNT */.i2),
    avgScore: (0,strict/* strict */.O2)((0,strict/* orNull */.Xd)((0,strict/* numberIn */.Po)(0, 1))),
    automationId: schema/* looseString */.yI,
    version: schema/* looseString */.yI,
    runs: schemas/* array */.YOg(schemas/* object */.Ikc({ id: schema/* looseString */.yI, exampleId: schema/* looseString */.yI, exampleName: schema/* looseString */.yI })
        .catch({ id: null, exampleId: null, exampleName: null }))
        .nullish()
        .catch(null),
    resultsByRun: schemas/* unknown */.L5J().optional(),
});
function runVerdict(results) {
    const verdicts = results.map(verdictOf);
    if (verdicts.includes(false))
        return false;
    return verdicts.length > 0 && verdicts.every((v) => v === true) ? true : null;
}
/** resultsByRun, each run named by its example; null for an answer without it. */
function resultsOf(data) {
    if (data.resultsByRun === undefined)
        return null;
    const byRun = (0,strict/* read */.LF)(strict/* OBJECT */.qv, data.resultsByRun, 'resultsByRun');
    return Object.entries(byRun).map(([runId, list]) => {
        const run = data.runs?.find((r) => r.id === runId);
        const results = readEvalResults(list, `resultsByRun.${runId}`);
        const exampleId = run?.exampleId ?? null;
        return { runId, exampleId, name: run?.exampleName ?? exampleId ?? runId, results, verdict: runVerdict(results) };
    });
}
/** Counts that cannot all be true: never a verdict. */
function checkCounts(data) {
    if (data.completedCount > data.runCount) {
        throw (0,strict/* disagreement */.fn)(['completedCount', data.completedCount], ['runCount', data.runCount], 'more runs completed than the experiment has');
    }
    if (data.passedCount + data.failedCount > data.completedCount) {
        throw (0,strict/* disagreement */.fn)(['passedCount', data.passedCount], ['completedCount', data.completedCount], 'more runs judged than completed');
    }
    if (data.status === 'completed' && data.completedCount < data.runCount) {
        const why = `only ${data.completedCount} of ${data.runCount} runs completed`;
        throw (0,strict/* disagreement */.fn)(['status', data.status], ['completedCount', data.completedCount], why);
    }
    if (data.status === 'completed' && data.runCount === 0) {
        throw new errors/* SchemaError */.Ar('field "runCount": 0 on a completed experiment, so nothing was evaluated');
    }
}
/** A completed experiment's counts must be what its runs and their results say. */
function checkAgainstResults(data, runs) {
    const listed = data.runs?.map((r) => r.id) ?? [];
    const stranger = runs.find((r) => !listed.includes(r.runId));
    if (stranger)
        throw new errors/* SchemaError */.Ar(`field "resultsByRun": names run ${(0,values/* quoted */.TL)(stranger.runId)}, which "runs" does not list`);
    if (listed.length !== data.runCount)
        throw (0,strict/* disagreement */.fn)(['runCount', data.runCount], ['runs', `${listed.length} runs`], 'not the runs listed');
    const passed = runs.filter((r) => r.verdict === true).length;
    const failed = runs.filter((r) => r.verdict === false).length;
    if (passed !== data.passedCount) {
        throw (0,strict/* disagreement */.fn)(['passedCount', data.passedCount], ['resultsByRun', `${passed} runs whose evaluators all passed`], 'not the same runs');
    }
    if (failed !== data.failedCount) {
        throw (0,strict/* disagreement */.fn)(['failedCount', data.failedCount], ['resultsByRun', `${failed} runs with a failed evaluator`], 'not the same runs');
    }
}
/** Each failing evaluator of each failing run, named by the run's example. */
function failuresOf(runs) {
    return runs.flatMap((run) => run.results.filter((r) => verdictOf(r) === false).map((r) => failureOf(r, run.name)));
}
function failedRunsText(runs) {
    const failed = runs.filter((r) => r.verdict === false);
    if (failed.length === 0)
        return null;
    const named = failed.slice(0, 3).map((r) => (0,values/* quoted */.TL)(r.name));
    return `${failed.length} of ${runs.length} runs failed: ${named.join(', ')}${failed.length > 3 ? ` and ${failed.length - 3} more` : ''}`;
}
/**
 * Each run of the experiment as one record keyed by its example (`exampleId`): passed when all its
 * evaluators passed, scored by the mean of their scores. An older answer without resultsByRun, or one with results
 * for only some runs, gives counts only (a run without results is not a pass).
 */
function recordsOf(data, runs) {
    if (!runs || runs.length !== data.runCount)
        return (0,record_outcomes/* countedOutcomes */.CU)(data.passedCount, data.runCount);
    const records = (0,record_outcomes/* recordOutcomesBuilder */.gX)(runs.length);
    for (const run of runs) {
        const scores = run.results.map((r) => r.score).filter((s) => s !== null);
        const mean = scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
        records.add(run.exampleId, null, run.verdict === true, mean);
    }
    return records.build();
}
const STATUS = { queued: 'pending', running: 'running', completed: 'completed' };
function parseExperiment(body) {
    const data = (0,schema/* parseWith */.Ku)(experiment, body);
    checkCounts(data);
    const runs = resultsOf(data);
    const status = STATUS[data.status];
    const done = status === 'completed';
    if (done && runs)
        checkAgainstResults(data, runs);
    const failures = runs ? failuresOf(runs) : [];
    return {
        ...(0,model/* emptySnapshot */.WX)(status),
        // Every run of the experiment passed its evaluators: a run neither passed nor failed is not a pass.
        vendorPassed: done ? data.passedCount === data.runCount : null,
        verdictWhy: runs ? failedRunsText(runs) : null,
        score: done ? data.avgScore : null,
        passRate: done ? data.passedCount / data.runCount : null,
        failures,
        failureCount: runs ? failures.length : done ? data.runCount - data.passedCount : data.failedCount,
        progress: data.runCount > 0 ? { done: data.completedCount, total: data.runCount } : null,
        records: done ? recordsOf(data, runs) : null,
        // The experiment's `version` is the code its runs ran (the sourceRef it was started with).
        provenance: { fields: [{ field: 'version', value: data.version || null, role: 'code' }], problem: null },
        details: (0,schema/* presentDetails */.kw)([
            ['Automation', data.automationId],
            ['Evaluated', data.version ? `version ${data.version}` : 'not recorded'],
            ['Experiment runs', `${data.passedCount} passed, ${data.failedCount} failed of ${data.runCount}`],
        ]),
    };
}

;// CONCATENATED MODULE: ./src/providers/eigenpal-provenance.ts

/** Each field is documented as string | null: anything else, absence included, leaves the record unreadable. */
function readFields(entries) {
    const fields = [];
    for (const [field, value, role] of entries) {
        if (value !== null && !strict/* NON_EMPTY_TEXT */.wF.test(value)) {
            return { fields, problem: `field "${field}": expected a non-empty string or null, got ${(0,strict/* shown */.SP)(value)}` };
        }
        fields.push({ field, value, role });
    }
    return { fields, problem: null };
}
/** The run's record of its code, by its `type`: the commit and refs of an agent run, the version of a workflow run. */
function provenanceOf(body) {
    const run = body;
    const source = run.source;
    if (!strict/* OBJECT */.qv.test(source))
        return { fields: [], problem: `field "source": expected an object, got ${(0,strict/* shown */.SP)(source)}` };
    if (run.type === 'workflow')
        return readFields([['source.version', source.version, 'code']]);
    if (run.type !== 'agent')
        return { fields: [], problem: `field "type": expected "workflow" or "agent", got ${(0,strict/* shown */.SP)(run.type)}` };
    // "git?: RunSourceGit | null": an agent run without it names no commit.
    const git = source.git ?? { commitSha: null, resolvedRef: null, requestedRef: null };
    if (!strict/* OBJECT */.qv.test(git))
        return { fields: [], problem: `field "source.git": expected an object or null, got ${(0,strict/* shown */.SP)(git)}` };
    return readFields([
        ['source.git.commitSha', git.commitSha, 'code'],
        ['source.git.resolvedRef', git.resolvedRef, 'name'],
        ['source.git.requestedRef', git.requestedRef, 'name'],
    ]);
}
/** What the run evaluated, as the report shows it: `commit 9fceb02… (ref refs/heads/main)` or `version 7`. */
function evaluatedText(provenance) {
    if (provenance.problem)
        return `not readable (${provenance.problem})`;
    const value = (field) => provenance.fields.find((f) => f.field === field)?.value ?? null;
    const version = value('source.version');
    if (version)
        return `version ${version}`;
    const commit = value('source.git.commitSha');
    const ref = value('source.git.resolvedRef') ?? value('source.git.requestedRef');
    if (commit)
        return `commit ${commit}${ref ? ` (ref ${ref})` : ''}`;
    return ref ? `ref ${ref} (no commit recorded)` : 'not recorded';
}

// EXTERNAL MODULE: ./src/providers/start-rules.ts
var start_rules = __webpack_require__(5364);
;// CONCATENATED MODULE: ./src/providers/eigenpal-start.ts
// Eigenpal Studio's create requests (docs.eigenpal.com, "Start a run", "Run dataset example" and
// "Create experiment"; the SDK's RunsStartData, AutomationsExamplesRunData and ExperimentCreate):
// - POST /runs?version=<ref> with `target` answers { id, type, finished };
// - POST /automations/{id}/examples/{exampleId}/run, which takes no body and no version, answers
//   { id, type, batchId, finished: false };
// - POST /automations/{id}/experiments (examples?, batchConcurrency?, sourceRef?) answers { id, runs, total }.
// An experiment needs its automation to be read again, so its run id carries both:
// `experiment:<automation>:<experiment id>`.



const EXPECTED = 'a body with "target" (POST /runs), "automation" and "exampleId" (one dataset example, POST /automations/{automation}/examples/{exampleId}/run) or "automation" without "exampleId" (an experiment, POST /automations/{automation}/experiments), not "target" with "automation"';
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
/** An id the body gives for a path segment (an automation, a dataset example), as run-id takes ids, without ":". */
function idAt(body, key, what) {
    const id = body[key];
    if (typeof id === 'string' && (0,values/* toRunIds */.PP)(id)?.length === 1 && !id.includes(':'))
        return id;
    throw new errors/* InputError */.dz(`start: expected "${key}" to be ${what} (letters, digits, . _ ~ -), got ${JSON.stringify(id)}`);
}
const AUTOMATION = 'an automation id or typed alias such as "workflows.invoice"';
const runIdOf = (answer) => [(0,start_rules/* runIdAt */.MW)((0,start_rules/* answerObject */.iQ)(answer).id, 'id')];
/** POST /runs, pinned to `ref` by the `version` query parameter. */
function runPlan(body, ref) {
    return { path: ref ? `/runs?version=${encodeURIComponent(ref)}` : '/runs', body, idsOf: runIdOf };
}
/** One dataset example: its request takes no body and no version, so neither can be asked of it. */
function examplePlan(body, ref) {
    const automation = idAt(body, 'automation', AUTOMATION);
    const example = idAt(body, 'exampleId', 'a dataset example id');
    const extra = Object.keys(body).filter((key) => key !== 'automation' && key !== 'exampleId');
    if (extra.length > 0) {
        throw new errors/* InputError */.dz(`start: expected only "automation" and "exampleId" for one dataset example, whose request takes no body, got also ${extra.map((k) => JSON.stringify(k)).join(', ')}; to run examples with options, start an experiment ("automation" with "examples")`);
    }
    if (ref !== null) {
        throw new errors/* InputError */.dz(`ref: expected no ref with one dataset example (POST /automations/{automation}/examples/{exampleId}/run takes no version, so it runs the latest code), got ${JSON.stringify(ref)}; to pin it, start an experiment of that example: {"automation": ${JSON.stringify(automation)}, "examples": [${JSON.stringify(example)}]}`);
    }
    return {
        path: `/automations/${encodeURIComponent(automation)}/examples/${encodeURIComponent(example)}/run`,
        body: undefined,
        idsOf: runIdOf,
    };
}
/** An experiment, pinned to `ref` by `sourceRef`; a body that names other code is bad input. */
function experimentPlan(body, ref) {
    const automation = idAt(body, 'automation', AUTOMATION);
    const { automation: _, ...rest } = body;
    const given = rest.sourceRef;
    if (ref !== null && given !== undefined && !(typeof given === 'string' && (0,values/* sameCode */.om)(given, ref))) {
        throw new errors/* InputError */.dz(`ref, start: expected the start body's "sourceRef" to name the code of ref ${JSON.stringify(ref)} (or to be left out), got ${JSON.stringify(given)}`);
    }
    return {
        path: `/automations/${encodeURIComponent(automation)}/experiments`,
        body: ref !== null && given === undefined ? { ...rest, sourceRef: ref } : rest,
        idsOf: (answer) => [experimentRunId(automation, (0,start_rules/* runIdAt */.MW)((0,start_rules/* answerObject */.iQ)(answer).id, 'id'))],
    };
}
const eigenpalStart = {
    plan(body, ref) {
        const run = 'target' in body;
        const automation = 'automation' in body;
        if (run === automation)
            throw (0,start_rules/* startMismatch */.Pe)('eigenpal', EXPECTED, body);
        if (run)
            return runPlan(body, ref);
        return 'exampleId' in body ? examplePlan(body, ref) : experimentPlan(body, ref);
    },
    findHint: "look for it among the automation's runs and experiments in Eigenpal Studio (GET /runs, filtered by sourceRef or batchId), by its metadata if the body gave any",
};

;// CONCATENATED MODULE: ./src/providers/eigenpal-base-url.ts
// Where Eigenpal's API answers an API key. Its SDK (0.11+, docs/configuration.md and src/client.ts)
// defaults to https://api.eigenpal.com with /v1 paths for cloud calls; its doc pages show
// https://studio.eigenpal.com/api/v1, the same-origin prefix of Studio's browser clients. The same
// paths follow either prefix.
const STUDIO_HOST = 'studio.eigenpal.com';
const DEFAULT_BASE_URL = 'https://api.eigenpal.com/v1';
/**
 * A base-url with a path is used as given. A bare host, as the SDK's EIGENPAL_BASE_URL takes one,
 * gets the prefix that host serves: /api/v1 on Studio's host, /v1 (the SDK's) elsewhere.
 */
function apiPrefixOf(baseUrl) {
    const url = new URL(baseUrl);
    if (url.pathname !== '/')
        return baseUrl;
    return `${url.origin}${url.hostname === STUDIO_HOST ? '/api/v1' : '/v1'}`;
}

;// CONCATENATED MODULE: ./src/providers/eigenpal.ts











/** The rerun of this run; null or absent when there is none (the SDK's RunExecutionRetry). */
const NEXT_RUN = (0,strict/* rule */.Hu)('null or an object with the retry run\'s "id" (a non-empty string)', (v) => v === null || (v !== null && typeof v === 'object' && !Array.isArray(v) && strict/* NON_EMPTY_TEXT */.wF.test(v.id)));
// What the run evaluated is read by eigenpal-provenance.ts; these are its display fields.
const source = schemas/* object */.Ikc({ name: schema/* looseString */.yI, model: schema/* looseString */.yI }).nullish().catch(null);
/** Eigenpal's execution states (its SDK's types), case included. */
const eigenpal_STATES = ['created', 'pending', 'running', 'waiting', 'finalizing', 'completed', 'failed', 'rejected', 'cancelled'];
const TERMINAL = new Set(['completed', 'failed', 'rejected', 'cancelled']);
/** Eigenpal's eval scores run from 0 to 1. */
const EIGENPAL_SCALE = (0,strict/* numberIn */.Po)(0, 1);
// The fields that decide are strict (test/fields/eigenpal-fields.ts gives each one's role); the rest are loose.
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
function detailsOf(data, provenance, status) {
    const next = data.execution.retry?.nextRun;
    return (0,schema/* presentDetails */.kw)([
        ['Automation', data.source?.name],
        ['Model', data.source?.model],
        ['Evaluated', evaluatedText(provenance)],
        ['Example', data.eval?.example ?? data.eval?.exampleId],
        // A rerun of a run that did not fail is someone's second look: this run keeps its own verdict.
        ['Rerun', next && status && status !== 'failed' ? `${next.id} exists; this run's own verdict is used` : null],
    ]);
}
function eigenpal_verdictOf(data, status) {
    if (status !== 'completed')
        return { vendorPassed: status === 'failed' || status === 'cancelled' ? false : null, verdictGap: null };
    // Finished is not evaluated: the evaluators' scores (enrich) give the verdict of a run without `eval`.
    if (!data.eval)
        return { vendorPassed: null, verdictGap: 'the run has no "eval" block and its evaluator scores were not read' };
    const passed = data.eval.passed;
    return passed == null
        ? { vendorPassed: null, verdictGap: 'field "eval.passed" is missing on an eval-scoped run' }
        : { vendorPassed: passed, verdictGap: null };
}
/** The rerun of a failed run, which the gate follows; a run that did not fail is judged on its own (detailsOf notes the rerun). */
function nextRunOf(data, status) {
    return status === 'failed' ? (data.execution.retry?.nextRun?.id ?? null) : null;
}
/** The failing example of an eval-scoped run, for the report. */
function eigenpal_failuresOf(data) {
    if (data.eval?.passed !== false)
        return [];
    const name = data.eval.example ?? data.eval.exampleId ?? 'eval example';
    return [{ name, metric: null, score: data.eval.score, threshold: null, message: data.error ?? null, prompt: null }];
}
/** An eval-scoped run is one record, keyed by its dataset example (`eval.exampleId`), for pairing with a baseline. */
function eigenpal_recordsOf(data, status) {
    if (status !== 'completed' || data.eval?.passed == null)
        return null;
    const records = (0,record_outcomes/* recordOutcomesBuilder */.gX)(1);
    records.add(data.eval.exampleId ?? null, null, data.eval.passed, data.eval.score);
    return records.build();
}
function parse(body, runId) {
    if (runId !== undefined && experimentOf(runId))
        return parseExperiment(body);
    const data = (0,schema/* parseWith */.Ku)(run, body);
    const provenance = provenanceOf(body);
    const disagreement = terminalDisagreement(data);
    if (disagreement)
        return { ...(0,model/* emptySnapshot */.WX)('running'), inFlightNote: disagreement, details: detailsOf(data, provenance) };
    if (data.finished && data.error === undefined)
        throw new errors/* SchemaError */.Ar('field "error": expected a non-empty string or null on a finished run, got nothing (missing)');
    const status = statusOf(data);
    const rank = data.sampleRank;
    const failures = eigenpal_failuresOf(data);
    return {
        ...(0,model/* emptySnapshot */.WX)(status),
        ...eigenpal_verdictOf(data, status),
        score: data.eval?.score ?? null,
        failures,
        failureCount: failures.length,
        sampleRank: rank != null && rank >= 0 && rank < 1 ? rank : null,
        durationMs: data.timing?.durationMs ?? null,
        vendorError: status === 'failed' || status === 'cancelled' ? (data.error ?? null) : null,
        details: detailsOf(data, provenance, status),
        nextRunId: nextRunOf(data, status),
        records: eigenpal_recordsOf(data, status),
        provenance,
    };
}
const eigenpal = {
    defaultBaseUrl: DEFAULT_BASE_URL,
    apiPrefixOf: apiPrefixOf,
    recordsCode: true,
    authHeaders: ({ apiKey }) => ({ authorization: `Bearer ${apiKey}` }),
    // No expand: the sections it adds (input, usage, debug) are not in the report.
    runPath: (runId) => {
        const experiment = experimentOf(runId);
        return experiment
            ? `/automations/${encodeURIComponent(experiment.automation)}/experiments/${encodeURIComponent(experiment.experimentId)}`
            : `/runs/${encodeURIComponent(runId)}`;
    },
    parse,
    enrich: enrichWithScores,
    start: eigenpalStart,
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
