export const id = 766;
export const ids = [766];
export const modules = {

/***/ 7766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishPendingStatus: () => (/* binding */ publishPendingStatus),
  publishReport: () => (/* binding */ publishReport),
  publishStartFailure: () => (/* binding */ publishStartFailure)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/report/guarded-core.ts
var guarded_core = __webpack_require__(9552);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
// EXTERNAL MODULE: ./src/report/github/context.ts
var github_context = __webpack_require__(6935);
// EXTERNAL MODULE: ./src/rules/rules.ts + 6 modules
var rules = __webpack_require__(2502);
// EXTERNAL MODULE: ./src/report/footer.ts
var footer = __webpack_require__(7403);
// EXTERNAL MODULE: ./src/report/json-report.ts
var json_report = __webpack_require__(4225);
// EXTERNAL MODULE: ./src/report/junit.ts
var junit = __webpack_require__(2998);
;// CONCATENATED MODULE: ./src/report/outputs.ts
// When runs end differently, the status output names the most telling one.
const STATUS_ORDER = ['error', 'timed_out', 'cancelled', 'failed', 'running', 'pending', 'completed'];
const outputs_text = (value) => (value === null || value === undefined ? '' : String(value));
/**
 * The step outputs. Numbers as JavaScript prints them, unrounded; per-run
 * figures only when there is exactly one run; empty string for no value.
 */
function gateOutputs(gate, extra) {
    const only = gate.runs.length === 1 ? gate.runs[0] : undefined;
    const statuses = new Set(gate.runs.map((v) => v.run.status));
    return {
        verdict: gate.verdict,
        passed: String(gate.verdict === 'pass'),
        status: STATUS_ORDER.find((s) => statuses.has(s)) ?? 'error',
        score: outputs_text(only?.run.score),
        threshold: outputs_text(only?.decision.thresholdApplied),
        'pass-rate': outputs_text(only?.run.passRate),
        'sample-rank': outputs_text(only?.run.sampleRank),
        sampled: String(gate.sampled),
        'run-url': outputs_text(only?.run.url),
        'comment-url': outputs_text(extra.commentUrl),
        report: outputs_text(extra.reportPath),
        regression: gate.regression,
        warnings: String(gate.warnings ?? 0),
    };
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/render.ts + 3 modules
var render = __webpack_require__(7515);
// EXTERNAL MODULE: ./src/report/github/to-github.ts + 1 modules
var to_github = __webpack_require__(8880);
// EXTERNAL MODULE: ./src/report/github/approval-push.ts
var approval_push = __webpack_require__(214);
;// CONCATENATED MODULE: ./src/report/publish.ts














async function appendSummary(markdown) {
    const summaryPath = process.env.GITHUB_STEP_SUMMARY;
    if (!summaryPath)
        return;
    // The last guard: the summary was built from redacted text, but no line of it escapes this.
    await (0,promises_.appendFile)(summaryPath, (0,redact/* redact */.E$)(markdown), 'utf8').catch((error) => guarded_core.core.warning(`eval-gate: could not write the job summary: ${(0,errors/* messageOf */.bD)(error)}`));
}
/** A gate that could not start (bad input, an unknown vendor) still explains itself in the job summary. */
async function publishStartFailure(message) {
    const context = (0,github_context/* runnerContext */.c)();
    await appendSummary(`## ⚠️ Evals could not be decided\n\n**Why:** ${(0,report_escape/* escapeInline */.VV)(message, 2000)}\n\n${(0,footer/* footer */.q)(context, new Date())}\n`);
}
/** The commit status while the gate polls; the action's one way into the report side, so it loads once. */
async function publishPendingStatus(settings, vendorLabel) {
    await (0,to_github/* setPendingStatus */.cR)(settings, vendorLabel, (0,github_context/* runnerContext */.c)());
}
/** Renders once, then writes the JSON report, the job summary, the comment and the outputs; reporting problems only warn. */
async function publishReport(gate, settings, options) {
    const context = (0,github_context/* runnerContext */.c)();
    const body = (0,render/* renderReport */.B1)(gate, { name: settings.name, sampleRate: settings.sampleRate });
    const markdown = `${body}\n\n${(0,footer/* footer */.q)(context, new Date())}\n`;
    let reportPath = null;
    try {
        reportPath = await (0,json_report/* writeJsonReport */.a_)((0,json_report/* jsonReport */.L7)(gate, { name: settings.name, rules: (0,rules/* ruleConfigOf */.Ci)(settings) }));
    }
    catch (error) {
        guarded_core.core.warning(`eval-gate: could not write the JSON report: ${(0,errors/* messageOf */.bD)(error)}`);
    }
    if (settings.junitPath)
        await (0,junit/* writeJunitFile */.m)(settings.junitPath, gate, settings).catch((error) => guarded_core.core.warning(`eval-gate: could not write the JUnit file: ${(0,errors/* messageOf */.bD)(error)}`));
    await appendSummary(markdown);
    // A cancelled job has seconds before it is killed: the summary and outputs matter more than the comment.
    // Reporting never changes the verdict: even a bug on the GitHub side only warns.
    const published = options.cancelled
        ? null
        : await (0,to_github/* publishToGitHub */.Wt)(gate, settings, context, markdown, options.github).catch((error) => {
            guarded_core.core.warning(`eval-gate: reporting to GitHub stopped (${(0,errors/* messageOf */.bD)(error)}); the verdict stands`);
            return null;
        });
    // Without GitHub's answer no decision is known: a run awaiting review stays pending.
    const review = published?.review ?? (await (0,approval_push/* reviewOnPush */.YP)(gate, settings, context, null)).review;
    const outputs = gateOutputs(gate, { commentUrl: published?.commentUrl ?? null, reportPath });
    for (const [name, value] of Object.entries({ ...outputs, review }))
        guarded_core.core.setOutput(name, value);
    return review;
}


/***/ })

};
