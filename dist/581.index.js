export const id = 581;
export const ids = [581];
export const modules = {

/***/ 5581:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cli: () => (/* binding */ cli)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _inputs_cli_flags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69);
/* harmony import */ var _inputs_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1601);
/* harmony import */ var _report_terminal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7496);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4902);
/* harmony import */ var _report_json_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4225);
/* harmony import */ var _report_junit_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2998);
/* harmony import */ var _report_render_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9886);
/* harmony import */ var _report_text_report_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6510);
/* harmony import */ var _rules_rules_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4141);
// npx eval-gate: the same gate from any CI or a laptop. Same code path as the action.











const EXIT = { pass: 0, fail: 1, error: 2 };
const DEFAULT_KEY_VARIABLE = 'EVAL_GATE_API_KEY';
function parseFlags(argv) {
    const options = Object.fromEntries(_inputs_cli_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .CLI_FLAGS */ .h.map((f) => [f.name, { type: 'string', multiple: f.name === 'run-id' }]));
    return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: argv,
        options: { ...options, 'api-key-env': { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean' } },
        strict: true,
    }).values;
}
function inputReader(flags, env, keyVariable) {
    return (name) => {
        if (name === 'api-key')
            return env[keyVariable] ?? '';
        const value = flags[name];
        return Array.isArray(value) ? value.join('\n') : typeof value === 'string' ? value : '';
    };
}
function formatOf(flags, stdoutIsTerminal) {
    const given = flags.format;
    if (given === undefined)
        return (0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultFormat */ .DF)(stdoutIsTerminal);
    if (_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .FORMATS */ .hR.includes(given))
        return given;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`format: expected ${_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .FORMATS */ .hR.join(', ')}, got ${JSON.stringify(given)}`);
}
function exitCodeOf(gate, failOn) {
    return gate.verdict === 'fail' && failOn === 'never' ? 0 : EXIT[gate.verdict];
}
function report(gate, settings, format, colour) {
    const meta = { name: settings.name, sampleRate: settings.sampleRate };
    switch (format) {
        // Lossless: the guard lives in JSON escapes, and no pretty-printed line can start with `::`.
        case 'json':
            return (0,_report_json_report_js__WEBPACK_IMPORTED_MODULE_6__/* .jsonText */ .s$)((0,_report_json_report_js__WEBPACK_IMPORTED_MODULE_6__/* .jsonReport */ .L7)(gate, { name: settings.name, rules: (0,_rules_rules_js__WEBPACK_IMPORTED_MODULE_10__/* .ruleConfigOf */ .Ci)(settings) }));
        case 'junit':
            return (0,_report_junit_js__WEBPACK_IMPORTED_MODULE_7__/* .junitXml */ .E)(gate, meta);
        case 'markdown':
            return (0,_report_render_js__WEBPACK_IMPORTED_MODULE_8__/* .renderReport */ .B1)(gate, meta);
        case 'text':
            return (0,_report_text_report_js__WEBPACK_IMPORTED_MODULE_9__/* .renderText */ .S)(gate, { ...meta, colour });
    }
}
async function cli(argv, env = process.env, stdoutIsTerminal = process.stdout.isTTY === true) {
    const fail = (message) => {
        (0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .printer */ .ll)(process.stderr, env)(`eval-gate: ${message}`);
        return EXIT.error;
    };
    if (argv.some((arg) => arg === '--api-key' || arg.startsWith('--api-key='))) {
        return fail(`--api-key is not taken, so that the key stays out of shell history; put it in ${DEFAULT_KEY_VARIABLE} or name its variable with --api-key-env NAME`);
    }
    let flags;
    try {
        flags = parseFlags(argv);
    }
    catch (error) {
        // parseArgs names the unknown flag.
        return fail(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)}\nRun eval-gate --help for the flags.`);
    }
    if (flags.help) {
        process.stdout.write((0,_inputs_cli_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .helpText */ .B)());
        return EXIT.pass;
    }
    const keyVariable = typeof flags['api-key-env'] === 'string' ? flags['api-key-env'] : DEFAULT_KEY_VARIABLE;
    try {
        const format = formatOf(flags, stdoutIsTerminal);
        const { settings, provider } = await (0,_gate_js__WEBPACK_IMPORTED_MODULE_5__/* .prepareGate */ .NF)(inputReader(flags, env, keyVariable));
        const cancel = new AbortController();
        (0,_gate_js__WEBPACK_IMPORTED_MODULE_5__/* .onCancel */ .Ao)(() => cancel.abort());
        const progress = (0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .progressPrinter */ ._F)((0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .printer */ .ll)(process.stderr, env));
        progress(`waiting for ${provider.label}: ${settings.runIds.join(', ')} (timeout ${(0,_inputs_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDurationMs */ .u)(settings.timeoutMs)})`);
        const gate = await (0,_gate_js__WEBPACK_IMPORTED_MODULE_5__/* .runGate */ .Rg)(settings, provider, { signal: cancel.signal, log: { info: progress, debug: () => { } } });
        const text = report(gate, settings, format, format === 'text' && (0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .wantsColour */ .Ml)(stdoutIsTerminal, env));
        // JSON, JUnit and text carry their own escapes (text keeps its colours); markdown goes through the log's guard.
        if (format === 'markdown' || (format === 'text' && env.GITHUB_ACTIONS === 'true'))
            (0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .printer */ .ll)(process.stdout, env)(text);
        else
            process.stdout.write(`${text}\n`);
        return exitCodeOf(gate, settings.failOn);
    }
    catch (error) {
        const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error);
        return fail(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz ? (0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .inUsersWords */ .D6)(message, keyVariable, keyVariable !== DEFAULT_KEY_VARIABLE) : message);
    }
}
process.exitCode = await cli(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 69:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ helpText),
/* harmony export */   h: () => (/* binding */ CLI_FLAGS)
/* harmony export */ });
/* harmony import */ var _providers_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7486);

/** The CLI's flags: the action's inputs that make sense outside GitHub, same names and meanings. */
const CLI_FLAGS = [
    { name: 'provider', value: 'NAME', help: `${(0,_providers_index_js__WEBPACK_IMPORTED_MODULE_0__/* .providerList */ .MH)()} (required)` },
    { name: 'run-id', value: 'ID', help: 'the run to gate; repeat the flag, or separate ids with commas, to gate several (or --start)' },
    { name: 'run-id-file', value: 'PATH', help: 'a file holding the run id(s), instead of --run-id' },
    {
        name: 'start',
        value: 'JSON',
        help: "start the run: the body of the vendor's create request (aegis, eigenpal, runtype), instead of --run-id",
    },
    { name: 'start-file', value: 'PATH', help: 'a file holding the --start body' },
    { name: 'baseline-run-id', value: 'ID', help: 'a run of the same vendor to compare against' },
    { name: 'max-regression', value: 'POINTS', help: 'fail when the score (or a metric) drops more than this below the baseline' },
    { name: 'base-url', value: 'URL', help: "the vendor's API prefix (https; http only for loopback)" },
    { name: 'threshold', value: 'N', help: "minimum score on the vendor's scale" },
    { name: 'min-pass-rate', value: 'R', help: 'minimum fraction of passing records: 0.95 or 95%' },
    { name: 'metric-thresholds', value: 'LIST', help: 'per-metric minimums: "faith: 80, ans_corr: 70"' },
    { name: 'sample-rate', value: 'R', help: 'flag a run for human review when its sampleRank is below this (default 0)' },
    { name: 'timeout', value: 'DURATION', help: 'deadline for the whole poll: 250ms, 45s, 10m, 1h (default 30m)' },
    { name: 'poll-interval', value: 'DURATION', help: 'the first wait between polls (default 2.5s)' },
    { name: 'fail-on', value: 'MODE', help: 'fail (default): exit 1 on a failing gate; never: exit 0 and only report' },
    { name: 'name', value: 'TEXT', help: "the gate's display name" },
    { name: 'application-id', value: 'ID', help: 'Avido only: sent as x-application-id' },
];
function helpText() {
    const width = Math.max(...CLI_FLAGS.map((f) => `--${f.name} ${f.value}`.length)) + 2;
    const line = (flag, help) => `  ${flag.padEnd(width)}${help}`;
    return [
        'eval-gate: wait for an LLM eval run at your vendor and gate on its result.',
        '',
        'Usage: eval-gate --provider NAME (--run-id ID | --start JSON) [options]',
        '',
        'The API key is read from the environment, never from a flag (it would stay in your shell history):',
        line('--api-key-env NAME', 'the variable that holds the key (default EVAL_GATE_API_KEY)'),
        '',
        'Options:',
        ...CLI_FLAGS.map((f) => line(`--${f.name} ${f.value}`, f.help)),
        line('--format FORMAT', 'text (default on a terminal), markdown (default when piped), json or junit (JUnit XML)'),
        line('--help', 'show this help'),
        '',
        'Exit codes: 0 pass, 1 fail, 2 error (the gate could not decide, or bad input).',
        '',
    ].join('\n');
}


/***/ }),

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




/** The machine-readable report: normalised runs, the rules applied and the verdict. No secrets are in its inputs. */
function jsonReport(gate, meta) {
    return {
        schemaVersion: 1,
        name: meta.name,
        verdict: gate.verdict,
        reason: gate.reason,
        sampled: gate.sampled,
        rules: meta.rules,
        runs: gate.runs.map(({ run, decision }) => ({ ...run, decision })),
    };
}
// Invisible and reordering characters, and the `[` of the runner's legacy `##[command]`.
// (Pretty-printing's own newlines stay; JSON.stringify escapes those inside strings.)
const UNSAFE_IN_JSON = /(?<=##)\[|(?!\n)[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const unicodeEscape = (char) => Array.from({ length: char.length }, (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');
/**
 * Pretty JSON that means exactly the same data, with every character that
 * could hide text or start a workflow command written as a `\uXXXX` escape
 * (JSON.stringify already escapes lone surrogates).
 */
function jsonText(report) {
    return JSON.stringify(report, null, 2).replace(UNSAFE_IN_JSON, unicodeEscape);
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
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5616);
/* harmony import */ var _providers_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7486);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4031);





/** Every line of the file starts with our own tag: text content keeps its newlines as `&#10;`. */
const attr = (name, value) => ` ${name}="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeXml */ .X)(String(value))}"`;
function outcomeOf(passed) {
    return passed === null ? 'skipped' : passed ? 'pass' : 'fail';
}
function casesOf({ run, decision }) {
    const cases = decision.checks.map((c) => ({ name: c.rule, group: 'rules', outcome: c.outcome, message: c.detail }));
    for (const m of run.metrics) {
        const figures = m.score !== null && m.threshold !== null ? (0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPair */ .kI)(m.score, m.threshold).join(', threshold ') : formatNullable(m.score);
        const said = m.passed === null ? 'the vendor gives no pass or fail for it' : m.passed ? 'passes' : 'fails';
        cases.push({ name: `metric ${m.name}`, group: 'metrics', outcome: outcomeOf(m.passed), message: `score ${figures}: ${said}` });
    }
    for (const r of run.failures) {
        const figures = r.score === null ? '' : `score ${r.threshold === null ? (0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatScore */ .y)(r.score) : (0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPair */ .kI)(r.score, r.threshold).join(' < ')}`;
        const message = [r.metric ? `metric ${r.metric}` : null, figures || null, r.message].filter(Boolean).join(': ');
        cases.push({ name: r.name, group: 'records', outcome: 'fail', message: message || 'the vendor reports this record failed' });
    }
    return cases;
}
const formatNullable = (value) => (value === null ? 'none' : (0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatScore */ .y)(value));
function testCase(c, classname) {
    const open = `<testcase${attr('name', c.name)}${attr('classname', `${classname}.${c.group}`)} time="0"`;
    if (c.outcome === 'pass')
        return `    ${open}/>`;
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
function testSuite(v) {
    const { run } = v;
    const cases = casesOf(v);
    const count = (outcome) => cases.filter((c) => c.outcome === outcome).length;
    const seconds = ((run.durationMs ?? 0) / 1000).toFixed(3);
    const classname = `eval-gate.${run.provider}.${run.runId}`;
    const head = `  <testsuite${attr('name', `${(0,_providers_index_js__WEBPACK_IMPORTED_MODULE_2__/* .providerLabel */ .sQ)(run.provider)} run ${run.runId}`)}${attr('tests', cases.length)}${attr('failures', count('fail'))}${attr('errors', count('error'))}${attr('skipped', count('skipped'))} time="${seconds}">`;
    const xml = [head, ...properties(run, v), ...cases.map((c) => testCase(c, classname)), '  </testsuite>'].join('\n');
    return { xml, tests: cases.length, failures: count('fail'), errors: count('error') };
}
/** The whole file: `<testsuites>` named after the gate and its verdict. */
function junitXml(gate, options) {
    const suites = gate.runs.map(testSuite);
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
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(absolute, `${junitXml(gate, options)}\n`, 'utf8');
    return absolute;
}


/***/ }),

/***/ 9886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B1: () => (/* binding */ renderReport)
});

// UNUSED EXPORTS: COMMENT_BODY_LIMIT, leftOut

// EXTERNAL MODULE: ./src/report/numbers.ts
var numbers = __webpack_require__(5616);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/table.ts
var table = __webpack_require__(790);
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
        rows.push(['Score', (0,table/* figureCell */.JW)(c.baselineScore), (0,table/* figureCell */.JW)(c.candidateScore), c.scoreDelta === null ? '—' : signed(c.scoreDelta)]);
    }
    for (const m of c.metrics)
        rows.push([`metric ${(0,report_escape/* escapeInline */.VV)(m.name, 120)}`, (0,table/* figureCell */.JW)(m.baseline), (0,table/* figureCell */.JW)(m.candidate), signed(m.delta)]);
    return (0,table/* table */.tp)(['', 'Baseline', 'This run', 'Change'], rows);
}
function newlyFailing(c) {
    if (c.newlyFailingCount === 0)
        return 'No record fails here that passed in the baseline.';
    const names = c.newlyFailing.map((name) => (0,report_escape/* escapeInline */.VV)(name, 120)).join(', ');
    const more = c.newlyFailingCount - c.newlyFailing.length;
    return `**Newly failing records (${c.newlyFailingCount}):** ${names}${more > 0 ? `, and ${more} more` : ''}`;
}
/** The baseline section: each run beside it, or why it could not be read. */
function baselineSection(gate) {
    const baseline = gate.baseline;
    if (!baseline)
        return null;
    const id = (0,report_escape/* escapeInline */.VV)(baseline.runId, 200);
    if (!baseline.run)
        return `> ⚠️ **Baseline run ${id} could not be read:** ${(0,report_escape/* escapeInline */.VV)(baseline.problem, 600)}`;
    const parts = [`### Compared with baseline run ${id}`];
    for (const { run, decision } of gate.runs) {
        if (!decision.comparison)
            continue;
        if (gate.runs.length > 1)
            parts.push(`**Run ${(0,report_escape/* escapeInline */.VV)(run.runId, 200)}**`);
        parts.push(comparisonTable(decision.comparison), newlyFailing(decision.comparison));
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
    const title = options.name ? `${HEADLINE[gate.verdict]}: ${(0,report_escape/* escapeInline */.VV)(options.name, 120)}` : HEADLINE[gate.verdict];
    return [
        ['The title was', `## ${title}`],
        ['The reason was', `**${gate.verdict === 'pass' ? 'Why it passed' : 'Why'}:** ${(0,report_escape/* escapeInline */.VV)(gate.reason, 1000)}`],
        ['The run table was', (0,run_tables/* summaryTable */.jb)(gate)],
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
/* harmony export */   jb: () => (/* binding */ summaryTable),
/* harmony export */   y6: () => (/* binding */ passCounts)
/* harmony export */ });
/* harmony import */ var _inputs_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1601);
/* harmony import */ var _providers_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7486);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4031);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5616);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(790);





/**
 * Passing and all records behind the pass rate: the failing count is the
 * rate's complement, so the total follows from both when it comes out whole
 * (formatRate shows the counts only when they give back the rate exactly).
 */
function passCounts(run) {
    if (run.passRate === null || run.passRate >= 1 || run.failureCount === 0)
        return null;
    const total = Math.round(run.failureCount / (1 - run.passRate));
    return { passed: total - run.failureCount, total };
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
    return [
        ['Verdict', `**${(0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .resultCell */ .An)(decision.verdict)}**`],
        ['Vendor', (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_1__/* .providerLabel */ .sQ)(run.provider)],
        ['Status', run.status],
        ['Score / threshold', scoreCell(run.score, decision.thresholdApplied)],
        ['Pass rate', rate === null ? '—' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .breakLinking */ .OS)(rate)],
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
/** Rules, vendor error, metrics (and, with several runs, the vendor's details) of one run. */
function runDetails({ run, decision }, several) {
    const parts = [several ? `### Run ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(run.runId, 200)}` : '### Rules'];
    parts.push((0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['Rule', 'Result', 'Detail'], 
    // A rule's name carries a metric-thresholds name, an input a pull request can set.
    decision.checks.map((c) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(c.rule, 160), (0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .resultCell */ .An)(c.outcome), (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(c.detail, 600)])));
    if (run.vendorError)
        parts.push(`**Vendor error**\n\n${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)(run.vendorError)}`);
    if (several && run.details.length > 0) {
        parts.push((0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['Field', 'Value'], run.details.map((d) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(d.label, 80), (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(d.value, 200)])));
    }
    if (run.metrics.length > 0) {
        const result = (passed) => (passed === null ? '—' : (0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .resultCell */ .An)(passed ? 'pass' : 'fail'));
        if (!several)
            parts.push('### Metrics');
        parts.push((0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['Metric', 'Score', 'Threshold', 'Result'], run.metrics.map((m) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(m.name, 120), (0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .figureCell */ .JW)(m.score), (0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .figureCell */ .JW)(m.threshold), result(m.passed)])));
    }
    return parts.join('\n\n');
}


/***/ }),

/***/ 790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ resultCell),
/* harmony export */   EH: () => (/* binding */ numberCell),
/* harmony export */   JW: () => (/* binding */ figureCell),
/* harmony export */   M$: () => (/* binding */ MARK),
/* harmony export */   jD: () => (/* binding */ tableRow),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5616);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);


/** One row of a GFM table; cells must already be escaped (no newlines, `|` escaped). */
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
/** A GFM table; cells must already be escaped. */
function table(header, rows) {
    return [tableRow(header), tableRow(header.map(() => '---')), ...rows.map(tableRow)].join('\n');
}
/** A number in a cell exactly as the outputs print it (a long digit run broken so GitHub takes it for no SHA), or a dash for none. */
function numberCell(value) {
    return value === null ? '—' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .numberText */ .$4)(value);
}
/** A figure as a person reads it (`0.791`, `33.3% (1 of 3)`), never read as a SHA or reference, or a dash for none. */
function figureCell(value, format = _numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .formatScore */ .y) {
    return value === null ? '—' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .breakLinking */ .OS)(format(value));
}
/** The marks a reviewer scans for: one per verdict, the same in every table. */
const MARK = { pass: '✅', fail: '❌', error: '⚠️' };
/** A result cell: the mark, then the word (a screen reader and a plain-text reader get the word). */
const resultCell = (verdict) => `${MARK[verdict]} ${verdict}`;


/***/ }),

/***/ 7496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D6: () => (/* binding */ inUsersWords),
/* harmony export */   DF: () => (/* binding */ defaultFormat),
/* harmony export */   Ml: () => (/* binding */ wantsColour),
/* harmony export */   _F: () => (/* binding */ progressPrinter),
/* harmony export */   hR: () => (/* binding */ FORMATS),
/* harmony export */   ll: () => (/* binding */ printer)
/* harmony export */ });
/* harmony import */ var _inputs_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1601);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6472);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4031);
// What the CLI does for a person at a terminal: where text goes, colours, progress, errors in the user's own words.



const FORMATS = ['text', 'markdown', 'json', 'junit'];
/**
 * What the CLI prints can hold vendor text. Inside a GitHub Actions step the
 * runner reads both streams for workflow commands, so the log's guard applies.
 */
function printer(stream, env) {
    const write = (line) => stream.write(`${line}\n`);
    return env.GITHUB_ACTIONS === 'true' ? (text) => (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .logUntrusted */ .t)(write, text) : (text) => write((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeLog */ .Ah)(text));
}
/** Text on a terminal, markdown when piped (what scripts of earlier versions read); `--format` overrides both. */
function defaultFormat(stdoutIsTerminal) {
    return stdoutIsTerminal ? 'text' : 'markdown';
}
/** Colours only on a terminal, and never when NO_COLOR is set to anything (no-color.org). */
function wantsColour(stdoutIsTerminal, env) {
    return stdoutIsTerminal && !env.NO_COLOR && env.TERM !== 'dumb';
}
/** Progress for stderr: each line with the time since the CLI started, so a long wait shows it is alive. */
function progressPrinter(print, now = Date.now) {
    const startedAt = now();
    return (text) => print(`[${(0,_inputs_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDurationMs */ .u)(now() - startedAt).padStart(6)}] ${text}`);
}
/**
 * An input error as the user gave the input: `--threshold` for a flag, the
 * environment variable for the key (the CLI has no api-key flag).
 */
function inUsersWords(message, keyVariable, keyVariableNamed) {
    const match = /^([a-z][a-z-]*(?:, [a-z][a-z-]*)*): ([\s\S]*)$/.exec(message);
    if (!match)
        return message;
    const [, names = '', rest = ''] = match;
    const named = names.split(', ').map((name) => {
        if (name !== 'api-key')
            return `--${name}`;
        return keyVariableNamed
            ? `${keyVariable} (the variable --api-key-env names)`
            : `${keyVariable} (or the variable named by --api-key-env NAME)`;
    });
    return `${named.join(', ')}: ${rest}`;
}


/***/ }),

/***/ 6510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _inputs_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1601);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5616);
/* harmony import */ var _providers_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7486);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4031);
/* harmony import */ var _run_tables_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6789);





/** Failing records listed per run in a terminal; the JSON report has them all. */
const TEXT_RECORDS_SHOWN = 10;
const MARK = { pass: '✔', fail: '✖', error: '⚠' };
const ANSI = { pass: '\u001B[32m', fail: '\u001B[31m', error: '\u001B[33m' };
const HEADLINE = { pass: 'Evals passed', fail: 'Evals failed', error: 'Evals could not be decided' };
const painter = (colour) => (verdict, text) => colour ? `${ANSI[verdict]}${text}\u001B[39m` : text;
const figure = (value, format = _numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatScore */ .y) => (value === null ? '—' : format(value));
/** Label and value, aligned: every line starts with our own text, so vendor text can never start one. */
const row = (label, value) => `  ${`${label}:`.padEnd(19)} ${value}`;
function scoreLine(run, threshold) {
    if (run.score === null || threshold === null)
        return `${figure(run.score)} / ${figure(threshold)}`;
    return (0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPair */ .kI)(run.score, threshold).join(' / ');
}
function runFacts({ run, decision }, paint) {
    const source = run.sampleRankSource === 'vendor' ? "the vendor's rank" : 'derived rank';
    const lines = [
        `Run ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(run.runId, 200)} at ${(0,_providers_index_js__WEBPACK_IMPORTED_MODULE_1__/* .providerLabel */ .sQ)(run.provider)}: ${paint(decision.verdict, `${MARK[decision.verdict]} ${decision.verdict}`)}`,
        row('Status', run.status),
        row('Score / threshold', scoreLine(run, decision.thresholdApplied)),
        row('Pass rate', run.passRate === null ? '—' : (0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatRate */ .CE)(run.passRate, (0,_run_tables_js__WEBPACK_IMPORTED_MODULE_3__/* .passCounts */ .y6)(run))),
        row('Sampled', `${decision.sampled ? 'yes, for human review' : 'no'} (${source} ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatRank */ .Uf)(run.sampleRank)})`),
        row('Duration', run.durationMs === null ? '—' : (0,_inputs_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDurationMs */ .u)(run.durationMs)),
        row('Cost', run.costUsd === null ? '—' : `$${run.costUsd}`),
    ];
    if (run.url)
        lines.push(row('Vendor page', (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(run.url, 300)));
    // A vendor's label after our `·`, never first on its line.
    for (const d of run.details)
        lines.push(`  · ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(d.label, 40)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(d.value, 200)}`);
    return lines;
}
function rulesAndMetrics({ run, decision }, paint) {
    const lines = ['Rules'];
    for (const c of decision.checks)
        lines.push(`  ${paint(c.outcome, MARK[c.outcome])} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(c.rule, 160)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(c.detail, 600)}`);
    if (run.vendorError)
        lines.push(`Vendor error: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(run.vendorError, 600)}`);
    if (run.metrics.length > 0)
        lines.push('Metrics');
    for (const m of run.metrics) {
        const verdict = m.passed === null ? null : m.passed ? 'pass' : 'fail';
        const mark = verdict ? paint(verdict, MARK[verdict]) : '-';
        const threshold = m.threshold === null ? '' : ` (threshold ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatScore */ .y)(m.threshold)})`;
        lines.push(`  ${mark} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(m.name, 120)}: ${figure(m.score)}${threshold}`);
    }
    return lines;
}
function records(run) {
    if (run.failureCount === 0)
        return [];
    const shown = run.failures.slice(0, TEXT_RECORDS_SHOWN);
    const more = run.failureCount - shown.length;
    const lines = [
        `Failing records: ${run.failureCount}${more > 0 ? ` (${shown.length} listed; the JSON report and the vendor's page have the rest)` : ''}`,
    ];
    for (const r of shown) {
        const parts = [
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(r.name, 120),
            r.metric ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(r.metric, 80) : null,
            r.score === null ? null : `${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatScore */ .y)(r.score)}`,
        ];
        const message = r.message ? `: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(r.message, 240)}` : '';
        lines.push(`  - ${parts.filter(Boolean).join(' · ')}${message}`);
    }
    return lines;
}
function baselineLines(gate) {
    const baseline = gate.baseline;
    if (!baseline)
        return [];
    const id = (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(baseline.runId, 200);
    if (!baseline.run)
        return [`Baseline run ${id} could not be read: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(baseline.problem, 600)}`];
    const lines = [`Compared with baseline run ${id}`];
    const change = (before, after, delta) => `${figure(before)} → ${figure(after)}${delta === null ? '' : ` (${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDelta */ .CW)(delta) === '0' ? '=' : delta > 0 ? '▲' : '▼'} ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDelta */ .CW)(delta)})`}`;
    for (const { run, decision } of gate.runs) {
        const c = decision.comparison;
        if (!c)
            continue;
        lines.push(row(`Score, run ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(run.runId, 40)}`, change(c.baselineScore, c.candidateScore, c.scoreDelta)));
        for (const m of c.metrics)
            lines.push(row(`metric ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(m.name, 40)}`, change(m.baseline, m.candidate, m.delta)));
        if (c.newlyFailingCount > 0)
            lines.push(row('  Newly failing', `${c.newlyFailingCount}: ${c.newlyFailing.map((n) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(n, 120)).join(', ')}`));
    }
    return lines;
}
/** The report for a terminal: the verdict and its reason first, then each run. No markdown, no escapes. */
function renderText(gate, options) {
    const paint = painter(options.colour);
    const title = `${MARK[gate.verdict]} ${HEADLINE[gate.verdict]}${options.name ? `: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(options.name, 120)}` : ''}`;
    const blocks = [[paint(gate.verdict, title), `Why: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(gate.reason, 1000)}`]];
    for (const v of gate.runs.filter((r) => r.decision.sampled)) {
        const [rank, rate] = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPair */ .kI)(v.run.sampleRank, options.sampleRate, _numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatRank */ .Uf);
        blocks.push([`Selected for human review: run ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(v.run.runId, 200)} has sample rank ${rank} < sample-rate ${rate}.`]);
    }
    for (const v of gate.runs)
        blocks.push([...runFacts(v, paint), ...rulesAndMetrics(v, paint), ...records(v.run)]);
    const baseline = baselineLines(gate);
    if (baseline.length > 0)
        blocks.push(baseline);
    return blocks.map((b) => b.join('\n')).join('\n\n');
}


/***/ })

};
