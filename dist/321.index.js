export const id = 321;
export const ids = [321];
export const modules = {

/***/ 460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cli: () => (/* binding */ cli)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
;// CONCATENATED MODULE: ./src/inputs/cli-flags.ts

/** The CLI's flags: the action's inputs that make sense outside GitHub, same names and meanings. */
const CLI_FLAGS = [
    { name: 'provider', value: 'NAME', help: `${(0,model/* providerList */.MH)()} (required)` },
    { name: 'run-id', value: 'ID', help: 'the run to gate; repeat the flag, or separate ids with commas, to gate several (or --start)' },
    { name: 'run-id-file', value: 'PATH', help: 'a file holding the run id(s), instead of --run-id' },
    {
        name: 'start',
        value: 'JSON',
        help: "start the run: the body of the vendor's create request (aegis, eigenpal, runtype), instead of --run-id",
    },
    { name: 'start-file', value: 'PATH', help: 'a file holding the --start body' },
    { name: 'repeats', value: 'N', help: 'with --start: start N runs (1-10) and judge each record by its majority (default 1)' },
    {
        name: 'confirm-failures',
        value: 'BOOL',
        help: 'with --start: true starts a failed run once more and fails only on what fails in both',
    },
    { name: 'baseline-run-id', value: 'ID', help: 'a run of the same vendor to compare against' },
    { name: 'max-regression', value: 'POINTS', help: 'fail when the score (or a metric) drops more than this below the baseline' },
    { name: 'regression-confidence', value: 'C', help: 'with --max-regression: fail only on a drop significant at this confidence (0.95)' },
    { name: 'base-url', value: 'URL', help: "the vendor's API prefix (https; http only for loopback)" },
    { name: 'threshold', value: 'N', help: "minimum score on the vendor's scale" },
    { name: 'min-pass-rate', value: 'R', help: 'minimum fraction of passing records: 0.95 or 95%' },
    { name: 'metric-thresholds', value: 'LIST', help: 'per-metric minimums: "faith: 80, ans_corr: 70"' },
    { name: 'max-cost', value: 'USD', help: 'fail when the runs cost more than this in all (aegis, runtype)' },
    { name: 'max-duration', value: 'DURATION', help: "fail when a run took longer than this by the vendor's own clock" },
    { name: 'max-p95-latency', value: 'DURATION', help: "fail when the records' 95th percentile latency is over this (aegis, runtype)" },
    { name: 'max-tokens', value: 'N', help: 'fail when the runs used more tokens than this in all (runtype)' },
    { name: 'warn-on', value: 'LIST', help: 'rules whose failures only warn: "max-cost, min-pass-rate"' },
    { name: 'sample-rate', value: 'R', help: 'flag a run for human review when its sampleRank is below this (default 0)' },
    { name: 'timeout', value: 'DURATION', help: 'deadline for the whole poll: 250ms, 45s, 10m, 1h (default 30m)' },
    { name: 'poll-interval', value: 'DURATION', help: 'the first wait between polls (default 2.5s)' },
    { name: 'fail-on', value: 'MODE', help: 'fail (default): exit 1 on a failing gate; never: exit 0 and only report' },
    { name: 'name', value: 'TEXT', help: "the gate's display name" },
    { name: 'application-id', value: 'ID', help: 'Avido only: sent as x-application-id' },
    { name: 'ref', value: 'REF', help: 'eigenpal only: the git ref or commit the run must evaluate (default: $EVAL_GATE_REF)' },
];
/** Inputs the CLI also takes from the environment when the flag is not given, named like EVAL_GATE_API_KEY. */
const CLI_ENV = { ref: 'EVAL_GATE_REF' };
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

// EXTERNAL MODULE: ./src/inputs/duration.ts
var duration = __webpack_require__(1601);
// EXTERNAL MODULE: ./src/report/log.ts
var log = __webpack_require__(6472);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
;// CONCATENATED MODULE: ./src/report/terminal.ts
// What the CLI does for a person at a terminal: where text goes, colours, progress, errors in the user's own words.




const FORMATS = ['text', 'markdown', 'json', 'junit'];
/**
 * What the CLI prints can hold vendor text. Inside a GitHub Actions step the
 * runner reads both streams for workflow commands, so the log's guard applies.
 * Every line is redacted as it is written too (redact.ts): the last guard.
 */
function printer(stream, env) {
    const write = (line) => stream.write(`${(0,redact/* redact */.E$)(line)}\n`);
    return env.GITHUB_ACTIONS === 'true' ? (text) => (0,log/* logUntrusted */.t)(write, text) : (text) => write((0,report_escape/* escapeLog */.Ah)(text));
}
/**
 * A report our renderers made: never guarded again (each renderer escaped the
 * vendor text in it for its format), but inside a GitHub Actions step still
 * kept from being read as workflow commands.
 */
function reportPrinter(stream, env) {
    const write = (line) => stream.write(`${line}\n`);
    return env.GITHUB_ACTIONS === 'true' ? (text) => (0,log/* logRendered */.q)(write, text) : write;
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
    return (text) => print(`[${(0,duration/* formatDurationMs */.u)(now() - startedAt).padStart(6)}] ${text}`);
}
/** An input as the CLI's user gives it: `--threshold` for a flag, the environment variable for the key (the CLI has no api-key flag). */
function cliInputName(name, keyVariable) {
    return name === 'api-key' ? keyVariable : `--${name}`;
}
/** An input error as the user gave the input, saying for the key where its variable's name comes from. */
function inUsersWords(message, keyVariable, keyVariableNamed) {
    const match = /^([a-z][a-z-]*(?:, [a-z][a-z-]*)*): ([\s\S]*)$/.exec(message);
    if (!match)
        return message;
    const [, names = '', rest = ''] = match;
    const named = names.split(', ').map((name) => {
        const given = cliInputName(name, keyVariable);
        if (name !== 'api-key')
            return given;
        return keyVariableNamed ? `${given} (the variable --api-key-env names)` : `${given} (or the variable named by --api-key-env NAME)`;
    });
    return `${named.join(', ')}: ${rest}`;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/gate.ts + 16 modules
var src_gate = __webpack_require__(8381);
// EXTERNAL MODULE: ./src/poll/cancel.ts
var poll_cancel = __webpack_require__(7111);
// EXTERNAL MODULE: ./src/report/json-report.ts
var json_report = __webpack_require__(4225);
// EXTERNAL MODULE: ./src/report/junit.ts
var junit = __webpack_require__(2998);
// EXTERNAL MODULE: ./src/report/render.ts + 3 modules
var render = __webpack_require__(7515);
// EXTERNAL MODULE: ./src/numbers.ts
var numbers = __webpack_require__(725);
// EXTERNAL MODULE: ./src/providers/index.ts
var providers = __webpack_require__(7486);
// EXTERNAL MODULE: ./src/rules/rules.ts + 6 modules
var rules = __webpack_require__(2502);
// EXTERNAL MODULE: ./src/report/run-tables.ts
var run_tables = __webpack_require__(6789);
;// CONCATENATED MODULE: ./src/report/text-report.ts






/** Failing records listed per run in a terminal; the JSON report has them all. */
const TEXT_RECORDS_SHOWN = 10;
const MARK = { pass: '✔', fail: '✖', error: '⚠', skipped: '-', warning: '⚠' };
const ANSI = {
    pass: '\u001B[32m',
    fail: '\u001B[31m',
    error: '\u001B[33m',
    skipped: '\u001B[90m',
    warning: '\u001B[33m',
};
const HEADLINE = { pass: 'Evals passed', fail: 'Evals failed', error: 'Evals could not be decided' };
const painter = (colour) => (outcome, text) => colour ? `${ANSI[outcome]}${text}\u001B[39m` : text;
const figure = (value, format = numbers/* formatScore */.y) => (value === null ? '—' : format(value));
/** Label and value, aligned: every line starts with our own text, so vendor text can never start one. */
const row = (label, value) => `  ${`${label}:`.padEnd(19)} ${value}`;
function scoreLine(run, threshold) {
    if (run.score === null || threshold === null)
        return `${figure(run.score)} / ${figure(threshold)}`;
    return (0,numbers/* formatPair */.kI)(run.score, threshold).join(' / ');
}
function runFacts({ run, decision }, paint) {
    const source = run.sampleRankSource === 'vendor' ? "the vendor's rank" : 'derived rank';
    const labels = (0,run_tables/* figureLabels */.a7)(run);
    const lines = [
        `Run ${(0,report_escape/* escapeText */.X1)(run.runId, 200)} at ${(0,providers/* providerLabel */.sQ)(run.provider)}: ${paint(decision.verdict, `${MARK[decision.verdict]} ${decision.verdict}`)}`,
        row('Status', run.status),
        row(`${labels.score} / threshold`, scoreLine(run, decision.thresholdApplied)),
        row(labels.passRate, run.passRate === null ? '—' : (0,numbers/* formatRate */.CE)(run.passRate, (0,run_tables/* passCounts */.y6)(run))),
        row('Sampled', `${decision.sampled ? 'yes, for human review' : 'no'} (${source} ${(0,numbers/* formatRank */.Uf)(run.sampleRank)})`),
        row('Duration', run.durationMs === null ? '—' : (0,duration/* formatDurationMs */.u)(run.durationMs)),
        row('Cost', run.costUsd === null ? '—' : `$${run.costUsd}`),
    ];
    if (run.url)
        lines.push(row('Vendor page', (0,report_escape/* escapeText */.X1)(run.url, 300)));
    // A vendor's label after our `·`, never first on its line.
    for (const d of run.details)
        lines.push(`  · ${(0,report_escape/* escapeText */.X1)(d.label, 40)}: ${(0,report_escape/* escapeText */.X1)(d.value, 200)}`);
    return lines;
}
/** `Evals passed with 1 warning`: the verdict with warn-on's warnings counted. */
const headline = (gate) => gate.verdict === 'pass' && (gate.warnings ?? 0) > 0 ? `Evals ${(0,rules/* verdictWords */.L2)(gate)}` : HEADLINE[gate.verdict];
const checkLine = (c, paint) => `  ${paint(c.outcome, MARK[c.outcome])} ${(0,report_escape/* escapeText */.X1)(c.rule, 160)}: ${(0,report_escape/* escapeText */.X1)(c.detail, 600)}`;
function rulesAndMetrics({ run, decision }, paint) {
    const lines = ['Rules'];
    for (const c of decision.checks)
        lines.push(checkLine(c, paint));
    if (run.vendorError)
        lines.push(`Vendor error: ${(0,report_escape/* escapeText */.X1)(run.vendorError, 600)}`);
    if (run.metrics.length > 0)
        lines.push('Metrics');
    for (const m of run.metrics) {
        const verdict = m.passed === null ? null : m.passed ? 'pass' : 'fail';
        const mark = verdict ? paint(verdict, MARK[verdict]) : '-';
        const threshold = m.threshold === null ? '' : ` (threshold ${(0,numbers/* formatScore */.y)(m.threshold)})`;
        const detail = m.detail ? ` · ${(0,report_escape/* escapeText */.X1)(m.detail, 200)}` : '';
        lines.push(`  ${mark} ${(0,report_escape/* escapeText */.X1)(m.name, 120)}: ${figure(m.score)}${threshold}${detail}`);
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
            (0,report_escape/* escapeText */.X1)(r.name, 120),
            r.metric ? (0,report_escape/* escapeText */.X1)(r.metric, 80) : null,
            r.score === null ? null : `${(0,numbers/* formatScore */.y)(r.score)}`,
        ];
        const message = r.message ? `: ${(0,report_escape/* escapeText */.X1)(r.message, 240)}` : '';
        lines.push(`  - ${parts.filter(Boolean).join(' · ')}${message}`);
    }
    return lines;
}
function baselineLines(gate) {
    const baseline = gate.baseline;
    if (!baseline)
        return [];
    const id = (0,report_escape/* escapeText */.X1)(baseline.runId, 200);
    if (!baseline.run)
        return [`Baseline run ${id} could not be read: ${(0,report_escape/* escapeText */.X1)(baseline.problem, 600)}`];
    const lines = [`Compared with baseline run ${id}`];
    const change = (before, after, delta) => `${figure(before)} → ${figure(after)}${delta === null ? '' : ` (${(0,numbers/* formatDelta */.CW)(delta) === '0' ? '=' : delta > 0 ? '▲' : '▼'} ${(0,numbers/* formatDelta */.CW)(delta)})`}`;
    for (const { run, decision } of gate.runs) {
        const c = decision.comparison;
        if (!c)
            continue;
        lines.push(row(`Score, run ${(0,report_escape/* escapeText */.X1)(run.runId, 40)}`, change(c.baselineScore, c.candidateScore, c.scoreDelta)));
        for (const m of c.metrics)
            lines.push(row(`metric ${(0,report_escape/* escapeText */.X1)(m.name, 40)}`, change(m.baseline, m.candidate, m.delta)));
        if (c.newlyFailingCount > 0)
            lines.push(row('  Newly failing', `${c.newlyFailingCount}: ${c.newlyFailing.map((n) => (0,report_escape/* escapeText */.X1)(n, 120)).join(', ')}`));
    }
    return lines;
}
/** The report for a terminal: the verdict and its reason first, then each run. No markdown, no escapes. */
function renderText(gate, options) {
    const paint = painter(options.colour);
    const title = `${MARK[gate.verdict]} ${headline(gate)}${options.name ? `: ${(0,report_escape/* escapeText */.X1)(options.name, 120)}` : ''}`;
    const blocks = [[paint(gate.verdict, title), `Why: ${(0,report_escape/* escapeText */.X1)(gate.reason, 1000)}`]];
    for (const v of gate.runs.filter((r) => r.decision.sampled)) {
        const [rank, rate] = (0,numbers/* formatPair */.kI)(v.run.sampleRank, options.sampleRate, numbers/* formatRank */.Uf);
        blocks.push([`Selected for human review: run ${(0,report_escape/* escapeText */.X1)(v.run.runId, 200)} has sample rank ${rank} < sample-rate ${rate}.`]);
    }
    for (const v of gate.runs)
        blocks.push([...runFacts(v, paint), ...rulesAndMetrics(v, paint), ...records(v.run)]);
    const budgets = gate.budgets ?? [];
    if (budgets.length > 0)
        blocks.push(['Budgets, over all runs', ...budgets.map((c) => checkLine(c, paint))]);
    const baseline = baselineLines(gate);
    if (baseline.length > 0)
        blocks.push(baseline);
    return blocks.map((b) => b.join('\n')).join('\n\n');
}

;// CONCATENATED MODULE: ./src/cli.ts
// npx eval-gate: the same gate from any CI or a laptop. Same code path as the action.













const EXIT = { pass: 0, fail: 1, error: 2 };
const DEFAULT_KEY_VARIABLE = 'EVAL_GATE_API_KEY';
function parseFlags(argv) {
    const options = Object.fromEntries(CLI_FLAGS.map((f) => [f.name, { type: 'string', multiple: f.name === 'run-id' }]));
    return (0,external_node_util_.parseArgs)({
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
        const variable = CLI_ENV[name];
        if (value === undefined && variable)
            return env[variable] ?? '';
        return Array.isArray(value) ? value.join('\n') : typeof value === 'string' ? value : '';
    };
}
function formatOf(flags, stdoutIsTerminal) {
    const given = flags.format;
    if (given === undefined)
        return defaultFormat(stdoutIsTerminal);
    if (FORMATS.includes(given))
        return given;
    throw new errors/* InputError */.dz(`format: expected ${FORMATS.join(', ')}, got ${JSON.stringify(given)}`);
}
function exitCodeOf(gate, failOn) {
    return gate.verdict === 'fail' && failOn === 'never' ? 0 : EXIT[gate.verdict];
}
function report(gate, settings, format, colour) {
    const meta = { name: settings.name, sampleRate: settings.sampleRate };
    switch (format) {
        // Lossless: the guard lives in JSON escapes, and no pretty-printed line can start with `::`.
        case 'json':
            return (0,json_report/* jsonText */.s$)((0,json_report/* jsonReport */.L7)(gate, { name: settings.name, rules: (0,rules/* ruleConfigOf */.Ci)(settings) }));
        case 'junit':
            return (0,junit/* junitXml */.E)(gate, meta);
        case 'markdown':
            return (0,render/* renderReport */.B1)(gate, meta);
        case 'text':
            return renderText(gate, { ...meta, colour });
    }
}
/** The CLI: its exit code. `timing` is the wall clock's unless a test gives its own. */
async function cli(argv, env = process.env, stdoutIsTerminal = process.stdout.isTTY === true, timing) {
    const fail = (message) => {
        printer(process.stderr, env)(`eval-gate: ${message}`);
        return EXIT.error;
    };
    // Held before the flags are read, so that an error quoting a key pasted as an argument shows none of it; prepareGate holds them all.
    (0,redact/* holdSecrets */.Dd)([env[DEFAULT_KEY_VARIABLE] ?? '']);
    if (argv.some((arg) => arg === '--api-key' || arg.startsWith('--api-key='))) {
        return fail(`--api-key is not taken, so that the key stays out of shell history; put it in ${DEFAULT_KEY_VARIABLE} or name its variable with --api-key-env NAME`);
    }
    let flags;
    try {
        flags = parseFlags(argv);
    }
    catch (error) {
        // parseArgs names the unknown flag.
        return fail(`${(0,errors/* messageOf */.bD)(error)}\nRun eval-gate --help for the flags.`);
    }
    if (flags.help) {
        process.stdout.write(helpText());
        return EXIT.pass;
    }
    const keyVariable = typeof flags['api-key-env'] === 'string' ? flags['api-key-env'] : DEFAULT_KEY_VARIABLE;
    try {
        const format = formatOf(flags, stdoutIsTerminal);
        const { settings, provider } = await (0,src_gate/* prepareGate */.NF)(inputReader(flags, env, keyVariable));
        if (provider.warning)
            printer(process.stderr, env)(`eval-gate: warning: ${provider.warning}`);
        const cancel = new AbortController();
        const stopListening = (0,poll_cancel/* onCancel */.A)(() => cancel.abort());
        const stderr = printer(process.stderr, env);
        const progress = progressPrinter(stderr);
        const timeout = `(timeout ${(0,duration/* formatDurationMs */.u)(settings.timeoutMs)})`;
        // Started runs have no id until the vendor answers; the start request logs it then.
        progress(settings.start
            ? `starting a run at ${provider.label} ${timeout}`
            : `waiting for ${provider.label}: ${settings.runIds.join(', ')} ${timeout}`);
        const gate = await (0,src_gate/* runGate */.Rg)(settings, provider, {
            signal: cancel.signal,
            log: { info: progress, debug: () => { } },
            inputName: (name) => cliInputName(name, keyVariable),
            timing,
        }).finally(stopListening);
        const text = report(gate, settings, format, format === 'text' && wantsColour(stdoutIsTerminal, env));
        // Each format escaped the vendor text in it; JSON and JUnit never hold a line the runner would read as a command.
        if (format === 'markdown' || format === 'text')
            reportPrinter(process.stdout, env)((0,redact/* redact */.E$)(text));
        else
            process.stdout.write(`${(0,redact/* redact */.E$)(text)}\n`);
        // On stderr whatever the format, so that a report piped away or in XML never hides why.
        stderr(`eval-gate: ${(0,rules/* verdictLine */.MT)(gate)}`);
        return exitCodeOf(gate, settings.failOn);
    }
    catch (error) {
        const message = (0,errors/* messageOf */.bD)(error);
        return fail(error instanceof errors/* InputError */.dz ? inUsersWords(message, keyVariable, keyVariable !== DEFAULT_KEY_VARIABLE) : message);
    }
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
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(725);
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
/** The marks a reviewer scans for: one per verdict (and for a rule skipped), the same in every table. */
const MARK = { pass: '✅', fail: '❌', error: '⚠️', skipped: '➖', warning: '⚠️' };
/** A result cell: the mark, then the word (a screen reader and a plain-text reader get the word). */
const resultCell = (outcome) => `${MARK[outcome]} ${outcome}`;


/***/ })

};
