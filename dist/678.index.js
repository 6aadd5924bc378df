export const id = 678;
export const ids = [678];
export const modules = {

/***/ 4225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ jsonReport),
/* harmony export */   a_: () => (/* binding */ writeJsonReport),
/* harmony export */   s$: () => (/* binding */ jsonText)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6670);





/** The machine-readable report: normalised runs, the rules applied and the verdict. No secrets are in its inputs. */
function jsonReport(gate, meta) {
    return {
        schemaVersion: 1,
        name: meta.name,
        verdict: gate.verdict,
        reason: gate.reason,
        sampled: gate.sampled,
        rules: meta.rules,
        warnings: gate.warnings ?? 0,
        budgets: gate.budgets ?? [],
        // Per-record outcomes and latencies are typed arrays (100,000 records): counted here, not listed.
        runs: gate.runs.map(({ run: { records, latencyMs, ...run }, decision }) => ({
            ...run,
            recordCount: records?.keys.length ?? null,
            latencyCount: latencyMs?.length ?? null,
            decision,
        })),
    };
}
// Invisible and reordering characters, and the `[` of the runner's legacy `##[command]`.
// (Pretty-printing's own newlines stay; JSON.stringify escapes those inside strings.)
const UNSAFE_IN_JSON = /(?<=##)\[|(?!\n)[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const unicodeEscape = (char) => Array.from({ length: char.length }, (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');
/**
 * Pretty JSON that means exactly the same data, redacted before it is encoded,
 * with every character that could hide text or start a workflow command
 * written as a `\uXXXX` escape (JSON.stringify already escapes lone surrogates).
 */
function jsonText(report) {
    return JSON.stringify((0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactDeep */ .KL)(report), null, 2).replace(UNSAFE_IN_JSON, unicodeEscape);
}
async function writeJsonReport(report, directory = process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)()) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(directory, `eval-gate-report-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.json`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(path, `${jsonText(report)}\n`, 'utf8');
    return path;
}


/***/ }),

/***/ 2998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ junitXml),
/* harmony export */   m: () => (/* binding */ writeJunitFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(725);
/* harmony import */ var _providers_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7486);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4031);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6670);






/** Every line of the file starts with our own tag: text content keeps its newlines as `&#10;`. */
const attr = (name, value) => ` ${name}="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeXml */ .X)(String(value))}"`;
function outcomeOf(passed) {
    return passed === null ? 'skipped' : passed ? 'pass' : 'fail';
}
function casesOf({ run, decision }) {
    const cases = decision.checks.map((c) => ({ name: c.rule, group: 'rules', outcome: c.outcome, message: c.detail }));
    for (const m of run.metrics) {
        const figures = m.score !== null && m.threshold !== null ? (0,_numbers_js__WEBPACK_IMPORTED_MODULE_5__/* .formatPair */ .kI)(m.score, m.threshold).join(', threshold ') : formatNullable(m.score);
        const said = m.passed === null ? 'the vendor gives no pass or fail for it' : m.passed ? 'passes' : 'fails';
        cases.push({ name: `metric ${m.name}`, group: 'metrics', outcome: outcomeOf(m.passed), message: `score ${figures}: ${said}` });
    }
    for (const r of run.failures) {
        const figures = r.score === null ? '' : `score ${r.threshold === null ? (0,_numbers_js__WEBPACK_IMPORTED_MODULE_5__/* .formatScore */ .y)(r.score) : (0,_numbers_js__WEBPACK_IMPORTED_MODULE_5__/* .formatPair */ .kI)(r.score, r.threshold).join(' < ')}`;
        const message = [r.metric ? `metric ${r.metric}` : null, figures || null, r.message].filter(Boolean).join(': ');
        cases.push({ name: r.name, group: 'records', outcome: 'fail', message: message || 'the vendor reports this record failed' });
    }
    return cases;
}
const formatNullable = (value) => (value === null ? 'none' : (0,_numbers_js__WEBPACK_IMPORTED_MODULE_5__/* .formatScore */ .y)(value));
function testCase(c, classname) {
    const open = `<testcase${attr('name', c.name)}${attr('classname', `${classname}.${c.group}`)} time="0"`;
    if (c.outcome === 'pass')
        return `    ${open}/>`;
    // A warn-on rule that did not hold: a passing case that says so, as CI test reporters show output.
    if (c.outcome === 'warning')
        return `    ${open}><system-out>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeXml */ .X)(`warning: ${c.message}`)}</system-out></testcase>`;
    const element = c.outcome === 'fail' ? 'failure' : c.outcome === 'error' ? 'error' : 'skipped';
    const body = `<${element}${attr('message', c.message)}${attr('type', c.group)}>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeXml */ .X)(c.message)}</${element}>`;
    return `    ${open}>${body}</testcase>`;
}
function properties(run, v) {
    const values = [
        ['eval-gate.verdict', v.decision.verdict],
        ['eval-gate.reason', v.decision.reason],
        ['eval-gate.status', run.status],
        ['eval-gate.score', run.score],
        ['eval-gate.threshold', v.decision.thresholdApplied],
        ['eval-gate.pass-rate', run.passRate],
        ['eval-gate.failing-records', run.failureCount],
        ['eval-gate.run-url', run.url],
    ];
    const shown = values.filter((entry) => entry[1] !== null);
    return [
        '    <properties>',
        ...shown.map(([name, value]) => `      <property${attr('name', name)}${attr('value', value)}/>`),
        '    </properties>',
    ];
}
function suiteOf(name, classname, cases, seconds, head = []) {
    const count = (outcome) => cases.filter((c) => c.outcome === outcome).length;
    const open = `  <testsuite${attr('name', name)}${attr('tests', cases.length)}${attr('failures', count('fail'))}${attr('errors', count('error'))}${attr('skipped', count('skipped'))} time="${seconds}">`;
    const xml = [open, ...head, ...cases.map((c) => testCase(c, classname)), '  </testsuite>'].join('\n');
    return { xml, tests: cases.length, failures: count('fail'), errors: count('error') };
}
function testSuite(v) {
    const { run } = v;
    const seconds = ((run.durationMs ?? 0) / 1000).toFixed(3);
    return suiteOf(`${(0,_providers_index_js__WEBPACK_IMPORTED_MODULE_2__/* .providerLabel */ .sQ)(run.provider)} run ${run.runId}`, `eval-gate.${run.provider}.${run.runId}`, casesOf(v), seconds, properties(run, v));
}
/** The budgets, measured over every run: a suite of their own. */
function budgetSuite(budgets) {
    const cases = budgets.map((c) => ({ name: c.rule, group: 'budgets', outcome: c.outcome, message: c.detail }));
    return suiteOf('eval-gate budgets', 'eval-gate', cases, '0.000');
}
/** The whole file: `<testsuites>` named after the gate and its verdict. */
function junitXml(gate, options) {
    const budgets = gate.budgets ?? [];
    const suites = [...gate.runs.map(testSuite), ...(budgets.length > 0 ? [budgetSuite(budgets)] : [])];
    const sum = (key) => suites.reduce((total, s) => total + s[key], 0);
    const name = `eval-gate${options.name ? `: ${options.name}` : ''}`;
    const seconds = (Math.max(0, ...gate.runs.map((v) => v.run.durationMs ?? 0)) / 1000).toFixed(3);
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites${attr('name', name)}${attr('tests', sum('tests'))}${attr('failures', sum('failures'))}${attr('errors', sum('errors'))} time="${seconds}">`,
        ...suites.map((s) => s.xml),
        '</testsuites>',
    ].join('\n');
}
/** Writes the JUnit file where the `junit` input says (relative to the workspace); returns the absolute path. */
async function writeJunitFile(path, gate, options) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(process.env.GITHUB_WORKSPACE ?? process.cwd(), path);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(absolute, `${(0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(junitXml(gate, options))}\n`, 'utf8');
    return absolute;
}


/***/ }),

/***/ 7515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tx: () => (/* binding */ COMMENT_BODY_LIMIT),
  B1: () => (/* binding */ renderReport)
});

// UNUSED EXPORTS: leftOut

// EXTERNAL MODULE: ./src/rules/rules.ts + 6 modules
var rules = __webpack_require__(2502);
// EXTERNAL MODULE: ./src/numbers.ts
var numbers = __webpack_require__(725);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/table.ts
var table = __webpack_require__(790);
// EXTERNAL MODULE: ./src/rules/regression.ts
var regression = __webpack_require__(6630);
;// CONCATENATED MODULE: ./src/report/record-figures.ts
// The per-record lines under the baseline table: how the records paired, each
// pass rate with its 95% Wilson interval and n, the records' score change with
// its 95% interval, and the records that flipped, newly failing first.



const rate = (r) => r
    ? `${(0,numbers/* formatPercent */.l9)(r.passed / r.n)} (${r.passed} of ${r.n}; 95% CI ${(0,numbers/* formatPercent */.l9)(r.interval.low)}–${(0,numbers/* formatPercent */.l9)(r.interval.high)})`
    : '—';
function names(label, shown, count) {
    if (count === 0)
        return null;
    const more = count - shown.length;
    return `**${label} (${count}):** ${shown.map((name) => (0,report_escape/* escapeInline */.VV)(name, 120)).join(', ')}${more > 0 ? `, and ${more} more` : ''}`;
}
/** The test of one row, for the table's last column: `p = 0.013 (Wilcoxon signed-rank, 40 pairs)`. */
function testCell(s) {
    if (!s)
        return '—';
    const size = s.paired ? `${s.n} pair${s.n === 1 ? '' : 's'}` : `${s.n} records, unpaired`;
    return (0,report_escape/* breakLinking */.OS)(`${(0,regression/* formatP */.MA)(s.worse)} (${s.test}, ${size})`);
}
function recordLines(r) {
    const lines = [
        `**Records:** ${r.paired} paired by key; ${r.onlyCandidate} only in this run, ${r.onlyBaseline} only in the baseline.`,
        `**Pass rate:** this run ${rate(r.candidateRate)}; baseline ${rate(r.baselineRate)}.`,
    ];
    if (r.scoreChange) {
        const interval = r.scoreChange.interval
            ? ` (95% CI ${(0,numbers/* formatDelta */.CW)(r.scoreChange.interval.low)} to ${(0,numbers/* formatDelta */.CW)(r.scoreChange.interval.high)})`
            : '';
        const how = r.scoreChange.paired ? 'paired records' : 'unpaired: the runs share no record key';
        lines.push(`**Record scores:** mean change ${(0,numbers/* formatDelta */.CW)(r.scoreChange.mean)}${interval}, ${how}.`);
    }
    const flips = [names('Newly failing', r.newlyFailing, r.newlyFailingCount), names('Newly passing', r.newlyPassing, r.newlyPassingCount)];
    lines.push(...flips.filter((line) => line !== null));
    if (r.paired > 0 && r.newlyFailingCount + r.newlyPassingCount === 0)
        lines.push('No paired record flipped.');
    return lines.join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/comparison.ts




/** ▲ +2.5 or ▼ -0.041; a change too small to show is `= 0`, and binary noise is rounded away. */
const signed = (delta) => {
    const text = (0,numbers/* formatDelta */.CW)(delta);
    const arrow = text === '0' ? '=' : delta > 0 ? '▲' : '▼';
    return `${arrow} ${(0,report_escape/* breakLinking */.OS)(text)}`;
};
function comparisonTable(c) {
    const rows = [];
    if (c.baselineScore !== null || c.candidateScore !== null) {
        const change = c.scoreDelta === null ? '—' : signed(c.scoreDelta);
        rows.push(['Score', (0,table/* figureCell */.JW)(c.baselineScore), (0,table/* figureCell */.JW)(c.candidateScore), change, testCell(c.scoreSignificance)]);
    }
    for (const m of c.metrics)
        rows.push([
            `metric ${(0,report_escape/* escapeInline */.VV)(m.name, 120)}`,
            (0,table/* figureCell */.JW)(m.baseline),
            (0,table/* figureCell */.JW)(m.candidate),
            signed(m.delta),
            testCell(m.significance),
        ]);
    // The test column only when the records could be tested: without them it would be dashes.
    const tested = c.records !== null;
    return (0,table/* table */.tp)(['', 'Baseline', 'This run', 'Change', ...(tested ? ['Is it worse? (one-sided)'] : [])], tested ? rows : rows.map((r) => r.slice(0, 4)));
}
function newlyFailing(c) {
    if (c.newlyFailingCount === 0)
        return 'No record fails here that passed in the baseline.';
    const names = c.newlyFailing.map((name) => (0,report_escape/* escapeInline */.VV)(name, 120)).join(', ');
    const more = c.newlyFailingCount - c.newlyFailing.length;
    return `**Newly failing records (${c.newlyFailingCount}):** ${names}${more > 0 ? `, and ${more} more` : ''}`;
}
/** Where baseline-run-id: auto found the baseline, and how far behind the base commit. */
function foundAt(source) {
    const branch = source.baseRef ? (0,report_escape/* escapeInline */.VV)(source.baseRef, 100) : 'the base branch';
    const behind = source.behind === 0 ? `the base commit of ${branch}` : `${source.behind} commit${source.behind === 1 ? '' : 's'} behind ${branch}`;
    return `Found automatically: the last passing record of this gate, on commit \`${source.commit.slice(0, 12)}\` (${behind}).`;
}
/** The baseline section: each run beside it, or why it could not be read. */
function baselineSection(gate) {
    const baseline = gate.baseline;
    if (!baseline && gate.baselineNote) {
        return `> ⏭️ **No baseline, so max-regression is skipped (neither a pass nor a failure):** ${(0,report_escape/* escapeInline */.VV)(gate.baselineNote, 600)}`;
    }
    if (!baseline)
        return null;
    const id = (0,report_escape/* escapeInline */.VV)(baseline.runId, 200);
    if (!baseline.run)
        return `> ⚠️ **Baseline run ${id} could not be read:** ${(0,report_escape/* escapeInline */.VV)(baseline.problem, 600)}`;
    const parts = [`### Compared with baseline run ${id}`];
    if (baseline.source)
        parts.push(foundAt(baseline.source));
    for (const { run, decision } of gate.runs) {
        if (!decision.comparison)
            continue;
        if (gate.runs.length > 1)
            parts.push(`**Run ${(0,report_escape/* escapeInline */.VV)(run.runId, 200)}**`);
        const records = decision.comparison.records;
        parts.push(comparisonTable(decision.comparison), records ? recordLines(records) : newlyFailing(decision.comparison));
    }
    return parts.join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/records.ts


/** Failing records shown per run before the rest are only counted. */
const RECORDS_SHOWN = 50;
function row(record) {
    const cells = [
        (0,report_escape/* escapeInline */.VV)(record.name, 120),
        (0,report_escape/* escapeInline */.VV)(record.metric, 80),
        (0,table/* figureCell */.JW)(record.score),
        (0,table/* figureCell */.JW)(record.threshold),
        (0,report_escape/* escapeInline */.VV)(record.message, 240),
        (0,report_escape/* escapeInline */.VV)(record.prompt, 160),
    ];
    return (0,table/* tableRow */.jD)(cells);
}
/**
 * The failing records of one run in a folded table, rows added only while they
 * fit in `budget` characters, so a 100,000-record run never builds rows it cuts.
 */
function recordsSection(run, budget) {
    if (run.failureCount === 0)
        return null;
    const header = (0,table/* table */.tp)(['Record', 'Metric', 'Score', 'Threshold', 'Explanation', 'Prompt'], []);
    const rows = [];
    let used = header.length + 400;
    for (const record of run.failures.slice(0, RECORDS_SHOWN)) {
        const line = row(record);
        if (used + line.length + 1 > budget)
            break;
        rows.push(line);
        used += line.length + 1;
    }
    if (rows.length === 0) {
        const why = run.failures.length === 0 ? "the vendor's answer does not list them" : "left out to keep this report under GitHub's size limit";
        const note = `_Failing records of run ${(0,report_escape/* escapeInline */.VV)(run.runId, 200)}: ${run.failureCount}, ${why}; see the vendor's run page (the JSON report, the step's \`report\` output, has those the vendor listed)._`;
        return note.length <= budget ? note : null;
    }
    const more = run.failureCount - rows.length;
    const summary = `Failing records of run ${(0,report_escape/* escapeHtml */.ZD)(run.runId)}: ${run.failureCount}${more > 0 ? ` (first ${rows.length} shown, ${more} more on the vendor's run page)` : ''}`;
    return ['<details>', `<summary>${summary}</summary>`, '', header, ...rows, '', '</details>'].join('\n');
}

// EXTERNAL MODULE: ./src/report/run-tables.ts
var run_tables = __webpack_require__(6789);
;// CONCATENATED MODULE: ./src/report/render.ts






/** GitHub rejects comments over 65,536 characters; this leaves room for the marker, the footer and the trend (TREND_MAX_CHARS). */
const COMMENT_BODY_LIMIT = 60_000;
/** Kept free by every section, so the notes saying what was left out always fit. */
const NOTE_ROOM = 1200;
const HEADLINE = {
    pass: '✅ Evals passed',
    fail: '❌ Evals failed',
    error: '⚠️ Evals could not be decided',
};
/** Said in place of a section that did not fit: a reviewer knows it exists and where to read it. */
function leftOut(what) {
    return `_${what} left out to keep this report under GitHub's size limit; the JSON report (the step's \`report\` output) and the vendor's run page have it._`;
}
function sampledNotice(v, sampleRate) {
    const [rank, rate] = (0,numbers/* formatPair */.kI)(v.run.sampleRank, sampleRate, numbers/* formatRank */.Uf).map(report_escape/* breakLinking */.OS);
    return `> 🔍 **Selected for human review:** run ${(0,report_escape/* escapeInline */.VV)(v.run.runId, 200)} has sample rank ${rank} < sample-rate ${rate}.`;
}
function headSections(gate, options) {
    const sampled = gate.runs.filter((v) => v.decision.sampled).map((v) => sampledNotice(v, options.sampleRate));
    const head = gate.verdict === 'pass' && (gate.warnings ?? 0) > 0 ? `✅ Evals ${(0,rules/* verdictWords */.L2)(gate)}` : HEADLINE[gate.verdict];
    const title = options.name ? `${head}: ${(0,report_escape/* escapeInline */.VV)(options.name, 120)}` : head;
    return [
        ['The title was', `## ${title}`],
        ['The reason was', `**${gate.verdict === 'pass' ? 'Why it passed' : 'Why'}:** ${(0,report_escape/* escapeInline */.VV)(gate.reason, 1000)}`],
        ['The run table was', (0,run_tables/* summaryTable */.jb)(gate)],
        ['The budgets were', (0,run_tables/* budgetsSection */.Gi)(gate)],
        ['The human review notices were', sampled.length > 0 ? sampled.join('\n\n') : null],
        ['The baseline comparison was', baselineSection(gate)],
    ];
}
/**
 * The report, rendered once for the job summary and the PR comment. Sections
 * that do not fit are left out with a note in their place, records first,
 * then run details: nothing disappears without a word.
 */
function renderReport(gate, options) {
    const limit = options.limit ?? COMMENT_BODY_LIMIT;
    const several = gate.runs.length > 1;
    const out = [];
    let used = 0;
    const add = (text) => {
        out.push(text);
        used += text.length + 2;
    };
    const tryAdd = (text) => {
        if (used + text.length + 2 + NOTE_ROOM > limit)
            return false;
        add(text);
        return true;
    };
    for (const [what, part] of headSections(gate, options))
        if (part !== null && !tryAdd(part))
            add(leftOut(what));
    const left = gate.runs.filter((v) => !tryAdd((0,run_tables/* runDetails */.C6)(v, several))).length;
    if (left > 0)
        add(leftOut(`The rules and metrics of ${left} run(s) were`));
    let recordsLeft = 0;
    for (const v of gate.runs) {
        const section = recordsSection(v.run, limit - used - NOTE_ROOM);
        if (section)
            add(section);
        else if (v.run.failureCount > 0)
            recordsLeft += 1;
    }
    if (recordsLeft > 0)
        add(leftOut(`The failing records of ${recordsLeft} run(s) were`));
    return out.join('\n\n');
}


/***/ }),

/***/ 6789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C6: () => (/* binding */ runDetails),
/* harmony export */   Gi: () => (/* binding */ budgetsSection),
/* harmony export */   a7: () => (/* binding */ figureLabels),
/* harmony export */   jb: () => (/* binding */ summaryTable),
/* harmony export */   y6: () => (/* binding */ passCounts)
/* harmony export */ });
/* harmony import */ var _inputs_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1601);
/* harmony import */ var _providers_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7486);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4031);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(725);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(790);





/**
 * Passing and all records behind the pass rate: the failing count is the
 * rate's complement, so the total follows from both when it comes out whole
 * (formatRate shows the counts only when they give back the rate exactly).
 */
function passCounts(run) {
    if (run.passCounts !== undefined)
        return run.passCounts;
    if (run.passRate === null || run.passRate >= 1 || run.failureCount === 0)
        return null;
    const total = Math.round(run.failureCount / (1 - run.passRate));
    return { passed: total - run.failureCount, total };
}
/** How the report names a run's score and pass rate: by what they count, when that is not quality (Runtype). */
function figureLabels(run) {
    if (!run.measure)
        return { score: 'Score', passRate: 'Pass rate' };
    const measure = run.measure.charAt(0).toUpperCase() + run.measure.slice(1);
    return { score: `${measure} (%)`, passRate: measure };
}
/** The score against the threshold the verdict used, told apart when rounding would make them read the same. */
function scoreCell(score, threshold) {
    if (score === null || threshold === null)
        return `${(0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .figureCell */ .JW)(score)} / ${(0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .figureCell */ .JW)(threshold)}`;
    return (0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPair */ .kI)(score, threshold).map(_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .breakLinking */ .OS).join(' / ');
}
/** The facts of a run, each as [label, markdown], in the order a reviewer reads them. */
function facts({ run, decision }) {
    const source = run.sampleRankSource === 'vendor' ? "the vendor's rank" : 'derived rank';
    const rate = run.passRate === null ? null : (0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatRate */ .CE)(run.passRate, passCounts(run));
    const labels = figureLabels(run);
    return [
        ['Verdict', `**${(0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .resultCell */ .An)(decision.verdict)}**`],
        ['Vendor', (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_1__/* .providerLabel */ .sQ)(run.provider)],
        ['Status', run.status],
        [`${labels.score} / threshold`, scoreCell(run.score, decision.thresholdApplied)],
        [labels.passRate, rate === null ? '—' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .breakLinking */ .OS)(rate)],
        ['Sampled', `${decision.sampled ? '**yes**, for human review' : 'no'} (${source} ${(0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .figureCell */ .JW)(run.sampleRank, _numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatRank */ .Uf)})`],
        ['Duration', run.durationMs === null ? '—' : (0,_inputs_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDurationMs */ .u)(run.durationMs)],
        ['Cost', run.costUsd === null ? '—' : `\\$${(0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .numberCell */ .EH)(run.costUsd)}`],
    ];
}
const runLink = (run) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .safeLink */ .o3)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(run.runId, 200), run.url);
/** One run: a two-column table, the vendor's own details (dataset, model…) at the end. */
function singleRunTable(verdict) {
    const extra = verdict.run.details.map((d) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(d.label, 80), (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(d.value, 200)]);
    return (0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['Run', runLink(verdict.run)], [...facts(verdict), ...extra]);
}
/** Several runs: a row each. */
function runsTable(runs) {
    const header = ['Run', ...facts(runs[0]).map(([label]) => label)];
    return (0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(header, runs.map((v) => [runLink(v.run), ...facts(v).map(([, value]) => value)]));
}
function summaryTable(gate) {
    const [only] = gate.runs;
    return gate.runs.length === 1 && only ? singleRunTable(only) : runsTable(gate.runs);
}
/** A table of rules: a name a pull request can set (metric-thresholds) is escaped like any text. */
function rulesTable(checks) {
    return (0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['Rule', 'Result', 'Detail'], checks.map((c) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(c.rule, 160), (0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .resultCell */ .An)(c.outcome), (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(c.detail, 600)]));
}
/** The budgets (max-cost …), measured over every gated run; null when none is set. */
function budgetsSection(gate) {
    const budgets = gate.budgets ?? [];
    return budgets.length > 0 ? `### Budgets${gate.runs.length > 1 ? ', over all runs' : ''}\n\n${rulesTable(budgets)}` : null;
}
/** Rules, vendor error, metrics (and, with several runs, the vendor's details) of one run. */
function runDetails({ run, decision }, several) {
    const parts = [several ? `### Run ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(run.runId, 200)}` : '### Rules'];
    parts.push(rulesTable(decision.checks));
    if (run.vendorError)
        parts.push(`**Vendor error**\n\n${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)(run.vendorError)}`);
    if (several && run.details.length > 0) {
        parts.push((0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['Field', 'Value'], run.details.map((d) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(d.label, 80), (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(d.value, 200)])));
    }
    if (run.metrics.length > 0) {
        const result = (passed) => (passed === null ? '—' : (0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .resultCell */ .An)(passed ? 'pass' : 'fail'));
        if (!several)
            parts.push('### Metrics');
        // A column for what the vendor says beside a score (an Avido eval's type and pass rate), only when one does.
        const detail = run.metrics.some((m) => m.detail);
        parts.push((0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['Metric', 'Score', 'Threshold', 'Result', ...(detail ? ['Detail'] : [])], run.metrics.map((m) => [
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(m.name, 120),
            (0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .figureCell */ .JW)(m.score),
            (0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .figureCell */ .JW)(m.threshold),
            result(m.passed),
            ...(detail ? [(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(m.detail ?? null, 200)] : []),
        ])));
    }
    return parts.join('\n\n');
}


/***/ })

};
