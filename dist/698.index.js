export const id = 698;
export const ids = [698];
export const modules = {

/***/ 4317:
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
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/report/github/context.ts

function readEvent(path) {
    if (!path)
        return {};
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return parsed && typeof parsed === 'object' ? parsed : {};
    }
    catch {
        return {};
    }
}
const positive = (value) => {
    const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
};
/**
 * On workflow_run, the run that triggered this one: its number follows the
 * pushes, while this run's number follows the order in which they finished.
 */
function runStampOf(env, event) {
    const trigger = event.workflow_run;
    if (env.GITHUB_EVENT_NAME === 'workflow_run' && trigger) {
        const number = positive(trigger.run_number);
        const workflow = typeof trigger.path === 'string' ? trigger.path : String(trigger.name ?? '');
        return number === null ? null : { workflow, number, attempt: positive(trigger.run_attempt) ?? 1 };
    }
    const number = positive(env.GITHUB_RUN_NUMBER);
    // GITHUB_WORKFLOW_REF is "owner/repo/.github/workflows/ci.yml@refs/…": the file names the workflow for good.
    const workflow = /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1] ?? env.GITHUB_WORKFLOW ?? '';
    return number === null ? null : { workflow, number, attempt: positive(env.GITHUB_RUN_ATTEMPT) ?? 1 };
}
function runnerContext(env = process.env) {
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY || null;
    const event = readEvent(env.GITHUB_EVENT_PATH);
    // The commit under test: a PR's head, or the head of the run a workflow_run follows, else the event's sha.
    const pullRequest = event.pull_request;
    const workflowRun = event.workflow_run;
    const candidates = [pullRequest?.head?.sha, workflowRun?.head_sha];
    const headSha = candidates.find((sha) => typeof sha === 'string' && sha !== '') ?? null;
    return {
        workflowRunUrl: repository && env.GITHUB_RUN_ID ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : null,
        commitSha: headSha ?? (env.GITHUB_SHA || null),
        eventName: env.GITHUB_EVENT_NAME || null,
        repository,
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl,
        workflow: env.GITHUB_WORKFLOW || null,
        job: env.GITHUB_JOB || null,
        event,
        runStamp: runStampOf(env, event),
    };
}

// EXTERNAL MODULE: ./src/rules/rules.ts + 2 modules
var rules = __webpack_require__(4141);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/footer.ts

/** How the footer starts, so that a section can be put above it (the trend, in the sticky comment). */
const FOOTER_START = '_eval-gate';
/** The last line: where the report came from and when. The time is kept here so comparisons can leave it out. */
function footer(context, now) {
    const parts = ['eval-gate'];
    if (context.workflowRunUrl)
        parts.push((0,report_escape/* safeLink */.o3)('workflow run', context.workflowRunUrl));
    if (context.commitSha)
        parts.push(`commit ${(0,report_escape/* escapeInline */.VV)(context.commitSha.slice(0, 12), 12)}`);
    parts.push(`updated ${now.toISOString().replace(/\.\d+Z$/, 'Z')}`);
    return `_${parts.join(' · ')}_`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/report/json-report.ts




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
async function writeJsonReport(report, directory = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)()) {
    const path = (0,external_node_path_.join)(directory, `eval-gate-report-${(0,external_node_crypto_.randomUUID)()}.json`);
    await (0,promises_.writeFile)(path, `${jsonText(report)}\n`, 'utf8');
    return path;
}

// EXTERNAL MODULE: ./src/report/numbers.ts
var numbers = __webpack_require__(5616);
// EXTERNAL MODULE: ./src/providers/index.ts
var providers = __webpack_require__(7486);
;// CONCATENATED MODULE: ./src/report/junit.ts





/** Every line of the file starts with our own tag: text content keeps its newlines as `&#10;`. */
const attr = (name, value) => ` ${name}="${(0,report_escape/* escapeXml */.X)(String(value))}"`;
function outcomeOf(passed) {
    return passed === null ? 'skipped' : passed ? 'pass' : 'fail';
}
function casesOf({ run, decision }) {
    const cases = decision.checks.map((c) => ({ name: c.rule, group: 'rules', outcome: c.outcome, message: c.detail }));
    for (const m of run.metrics) {
        const figures = m.score !== null && m.threshold !== null ? (0,numbers/* formatPair */.kI)(m.score, m.threshold).join(', threshold ') : formatNullable(m.score);
        const said = m.passed === null ? 'the vendor gives no pass or fail for it' : m.passed ? 'passes' : 'fails';
        cases.push({ name: `metric ${m.name}`, group: 'metrics', outcome: outcomeOf(m.passed), message: `score ${figures}: ${said}` });
    }
    for (const r of run.failures) {
        const figures = r.score === null ? '' : `score ${r.threshold === null ? (0,numbers/* formatScore */.y)(r.score) : (0,numbers/* formatPair */.kI)(r.score, r.threshold).join(' < ')}`;
        const message = [r.metric ? `metric ${r.metric}` : null, figures || null, r.message].filter(Boolean).join(': ');
        cases.push({ name: r.name, group: 'records', outcome: 'fail', message: message || 'the vendor reports this record failed' });
    }
    return cases;
}
const formatNullable = (value) => (value === null ? 'none' : (0,numbers/* formatScore */.y)(value));
function testCase(c, classname) {
    const open = `<testcase${attr('name', c.name)}${attr('classname', `${classname}.${c.group}`)} time="0"`;
    if (c.outcome === 'pass')
        return `    ${open}/>`;
    const element = c.outcome === 'fail' ? 'failure' : c.outcome === 'error' ? 'error' : 'skipped';
    const body = `<${element}${attr('message', c.message)}${attr('type', c.group)}>${(0,report_escape/* escapeXml */.X)(c.message)}</${element}>`;
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
    const head = `  <testsuite${attr('name', `${(0,providers/* providerLabel */.sQ)(run.provider)} run ${run.runId}`)}${attr('tests', cases.length)}${attr('failures', count('fail'))}${attr('errors', count('error'))}${attr('skipped', count('skipped'))} time="${seconds}">`;
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
    const absolute = (0,external_node_path_.resolve)(process.env.GITHUB_WORKSPACE ?? process.cwd(), path);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(absolute), { recursive: true });
    await (0,promises_.writeFile)(absolute, `${junitXml(gate, options)}\n`, 'utf8');
    return absolute;
}

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
    };
}

;// CONCATENATED MODULE: ./src/report/table.ts


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
    return value === null ? '—' : (0,report_escape/* numberText */.$4)(value);
}
/** A figure as a person reads it (`0.791`, `33.3% (1 of 3)`), never read as a SHA or reference, or a dash for none. */
function figureCell(value, format = numbers/* formatScore */.y) {
    return value === null ? '—' : (0,report_escape/* breakLinking */.OS)(format(value));
}
/** The marks a reviewer scans for: one per verdict, the same in every table. */
const MARK = { pass: '✅', fail: '❌', error: '⚠️' };
/** A result cell: the mark, then the word (a screen reader and a plain-text reader get the word). */
const resultCell = (verdict) => `${MARK[verdict]} ${verdict}`;

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
        rows.push(['Score', figureCell(c.baselineScore), figureCell(c.candidateScore), c.scoreDelta === null ? '—' : signed(c.scoreDelta)]);
    }
    for (const m of c.metrics)
        rows.push([`metric ${(0,report_escape/* escapeInline */.VV)(m.name, 120)}`, figureCell(m.baseline), figureCell(m.candidate), signed(m.delta)]);
    return table(['', 'Baseline', 'This run', 'Change'], rows);
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
        figureCell(record.score),
        figureCell(record.threshold),
        (0,report_escape/* escapeInline */.VV)(record.message, 240),
        (0,report_escape/* escapeInline */.VV)(record.prompt, 160),
    ];
    return tableRow(cells);
}
/**
 * The failing records of one run in a folded table, rows added only while they
 * fit in `budget` characters, so a 100,000-record run never builds rows it cuts.
 */
function recordsSection(run, budget) {
    if (run.failureCount === 0)
        return null;
    const header = table(['Record', 'Metric', 'Score', 'Threshold', 'Explanation', 'Prompt'], []);
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

// EXTERNAL MODULE: ./src/inputs/duration.ts
var duration = __webpack_require__(1601);
;// CONCATENATED MODULE: ./src/report/run-tables.ts





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
        return `${figureCell(score)} / ${figureCell(threshold)}`;
    return (0,numbers/* formatPair */.kI)(score, threshold).map(report_escape/* breakLinking */.OS).join(' / ');
}
/** The facts of a run, each as [label, markdown], in the order a reviewer reads them. */
function facts({ run, decision }) {
    const source = run.sampleRankSource === 'vendor' ? "the vendor's rank" : 'derived rank';
    const rate = run.passRate === null ? null : (0,numbers/* formatRate */.CE)(run.passRate, passCounts(run));
    return [
        ['Verdict', `**${resultCell(decision.verdict)}**`],
        ['Vendor', (0,providers/* providerLabel */.sQ)(run.provider)],
        ['Status', run.status],
        ['Score / threshold', scoreCell(run.score, decision.thresholdApplied)],
        ['Pass rate', rate === null ? '—' : (0,report_escape/* breakLinking */.OS)(rate)],
        ['Sampled', `${decision.sampled ? '**yes**, for human review' : 'no'} (${source} ${figureCell(run.sampleRank, numbers/* formatRank */.Uf)})`],
        ['Duration', run.durationMs === null ? '—' : (0,duration/* formatDurationMs */.u)(run.durationMs)],
        ['Cost', run.costUsd === null ? '—' : `\\$${numberCell(run.costUsd)}`],
    ];
}
const runLink = (run) => (0,report_escape/* safeLink */.o3)((0,report_escape/* escapeInline */.VV)(run.runId, 200), run.url);
/** One run: a two-column table, the vendor's own details (dataset, model…) at the end. */
function singleRunTable(verdict) {
    const extra = verdict.run.details.map((d) => [(0,report_escape/* escapeInline */.VV)(d.label, 80), (0,report_escape/* escapeInline */.VV)(d.value, 200)]);
    return table(['Run', runLink(verdict.run)], [...facts(verdict), ...extra]);
}
/** Several runs: a row each. */
function runsTable(runs) {
    const header = ['Run', ...facts(runs[0]).map(([label]) => label)];
    return table(header, runs.map((v) => [runLink(v.run), ...facts(v).map(([, value]) => value)]));
}
function summaryTable(gate) {
    const [only] = gate.runs;
    return gate.runs.length === 1 && only ? singleRunTable(only) : runsTable(gate.runs);
}
/** Rules, vendor error, metrics (and, with several runs, the vendor's details) of one run. */
function runDetails({ run, decision }, several) {
    const parts = [several ? `### Run ${(0,report_escape/* escapeInline */.VV)(run.runId, 200)}` : '### Rules'];
    parts.push(table(['Rule', 'Result', 'Detail'], 
    // A rule's name carries a metric-thresholds name, an input a pull request can set.
    decision.checks.map((c) => [(0,report_escape/* escapeInline */.VV)(c.rule, 160), resultCell(c.outcome), (0,report_escape/* escapeInline */.VV)(c.detail, 600)])));
    if (run.vendorError)
        parts.push(`**Vendor error**\n\n${(0,report_escape/* codeBlock */.DV)(run.vendorError)}`);
    if (several && run.details.length > 0) {
        parts.push(table(['Field', 'Value'], run.details.map((d) => [(0,report_escape/* escapeInline */.VV)(d.label, 80), (0,report_escape/* escapeInline */.VV)(d.value, 200)])));
    }
    if (run.metrics.length > 0) {
        const result = (passed) => (passed === null ? '—' : resultCell(passed ? 'pass' : 'fail'));
        if (!several)
            parts.push('### Metrics');
        parts.push(table(['Metric', 'Score', 'Threshold', 'Result'], run.metrics.map((m) => [(0,report_escape/* escapeInline */.VV)(m.name, 120), figureCell(m.score), figureCell(m.threshold), result(m.passed)])));
    }
    return parts.join('\n\n');
}

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
        ['The run table was', summaryTable(gate)],
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
    const left = gate.runs.filter((v) => !tryAdd(runDetails(v, several))).length;
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

// EXTERNAL MODULE: ./src/gate.ts + 10 modules
var gate = __webpack_require__(9449);
;// CONCATENATED MODULE: ./src/report/github/pacing.ts
/**
 * A stand-in for one of plugin-throttling's Bottleneck groups: each job
 * starts at least `gapMs` after the one before, waiting on the injected clock
 * (Bottleneck's own timers would wait real time, even in tests). When the
 * phase is cancelled the wait ends at once; the request hook then refuses
 * to send.
 */
function pacedGroup(gapMs, timing, signal) {
    let nextAtMs = Number.NEGATIVE_INFINITY;
    const limiter = {
        /** Bottleneck's schedule([options,] task, ...args). */
        async schedule(...given) {
            const [task, ...args] = (typeof given[0] === 'function' ? given : given.slice(1));
            const nowMs = timing.now();
            const startAtMs = Math.max(nowMs, nextAtMs);
            nextAtMs = startAtMs + gapMs;
            if (startAtMs > nowMs)
                await timing.sleep(startAtMs - nowMs, signal).catch(() => undefined);
            return task(...args);
        },
    };
    return { key: (_id) => limiter };
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/report/github/retry.ts


/** One GitHub request, one attempt: GitHub answers in well under a second, so a call that takes this long is hung. */
const GITHUB_REQUEST_TIMEOUT_MS = 10_000;
/** The whole report to GitHub after the verdict (status, lookups, comment, label), waits for rate limits included. */
const REPORT_BUDGET_MS = 120_000;
/** The pending status while the gate polls: it must not hold the verdict up for long. */
const PENDING_BUDGET_MS = 15_000;
/** GitHub asks for at least a minute when a secondary rate limit names no time. */
const SECONDARY_LIMIT_FALLBACK_S = 60;
/** The API version every request pins (X-GitHub-Api-Version). */
const GITHUB_API_VERSION = '2022-11-28';
const MAX_RATE_LIMIT_WAITS = 2;
/** A 5xx or a network error is tried again this many times, after 1 s, then 4 s (as @octokit/plugin-retry waits). */
const GITHUB_RETRIES = 2;
const retryWaitMs = (retry) => (retry + 1) ** 2 * 1000;
const REAL_GITHUB_TIMING = {
    now: Date.now,
    sleep: (ms, signal) => (0,external_node_timers_promises_.setTimeout)(ms, undefined, { signal }),
    requestTimeoutMs: GITHUB_REQUEST_TIMEOUT_MS,
};
/** The phase's budget from now, cancelled with `cancel` too; `stop` ends it early (after a hung request). */
function phaseBounds(budgetMs, cancel, now = Date.now) {
    const stop = new AbortController();
    const signals = [stop.signal, AbortSignal.timeout(budgetMs), ...(cancel ? [cancel] : [])];
    const bounds = { signal: AbortSignal.any(signals), deadlineAtMs: now() + budgetMs, now };
    return { bounds, stop: (reason) => stop.abort(reason), budgetMs };
}
/**
 * Whether to wait out a rate limit: a couple of times at most, and only when
 * the wait ends before the phase's deadline. Otherwise the call fails and the
 * warning says when the limit resets.
 */
function rateLimitWaitOk(retryAfterS, retryCount, bounds) {
    if (bounds.signal.aborted || retryCount >= MAX_RATE_LIMIT_WAITS)
        return false;
    return bounds.now() + retryAfterS * 1000 <= bounds.deadlineAtMs;
}
const pathOf = (url) => new URL(url, 'http://github.invalid').pathname;
/**
 * An Octokit plugin, listed before plugin-throttling so that its hook runs
 * inside the throttling one: it pins the API version, gives each attempt its
 * own timeout tied to the phase's signal, and tries a 5xx or a network error
 * again (GITHUB_RETRIES), waiting on the injected clock within the phase's
 * deadline. A hang is not retried: it stops the phase.
 */
function boundedRequests(bounds, stop, timing = REAL_GITHUB_TIMING) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            const where = `${options.method} ${pathOf(octokit.request.endpoint.parse(options).url)}`;
            // before-after-hook binds the options the hook was given: changes must be made on them, in place.
            options.headers['x-github-api-version'] = GITHUB_API_VERSION;
            for (let retry = 0;; retry += 1) {
                try {
                    return await attempt(async () => request(options), options.request, where, bounds, stop, timing);
                }
                catch (error) {
                    const waitMs = retryWaitMs(retry);
                    const status = error.status;
                    const retryable = !(error instanceof errors/* GitHubTimeoutError */.Dr || error instanceof errors/* GitHubStoppedError */.x5) && typeof status === 'number' && status >= 500;
                    if (!retryable || retry >= GITHUB_RETRIES || bounds.now() + waitMs >= bounds.deadlineAtMs)
                        throw error;
                    await timing.sleep(waitMs, bounds.signal).catch(() => {
                        throw stoppedError(bounds, `${where} not tried again`);
                    });
                }
            }
        });
    };
}
/** One attempt, within its own timeout and the phase's signal. */
async function attempt(send, requestOptions, where, bounds, stop, timing) {
    const remainingMs = bounds.deadlineAtMs - bounds.now();
    if (bounds.signal.aborted || remainingMs <= 0)
        throw stoppedError(bounds, `${where} not sent`);
    const timeoutMs = Math.min(timing.requestTimeoutMs, remainingMs);
    const timeout = AbortSignal.timeout(timeoutMs);
    requestOptions.signal = AbortSignal.any([bounds.signal, timeout]);
    try {
        return await send();
    }
    catch (error) {
        if (timeout.aborted && !bounds.signal.aborted) {
            const hung = new errors/* GitHubTimeoutError */.Dr(where, timeoutMs);
            stop(hung);
            throw hung;
        }
        if (bounds.signal.aborted)
            throw stoppedError(bounds, `${where} cut off`);
        throw error;
    }
}
/** Why the phase stopped: an earlier hang, its budget, or cancellation. */
function stoppedError(bounds, what) {
    const reason = bounds.signal.reason;
    if (reason instanceof errors/* GitHubTimeoutError */.Dr)
        return new errors/* GitHubStoppedError */.x5(`${what}: ${reason.message}`);
    const outOfTime = (reason instanceof DOMException && reason.name === 'TimeoutError') || bounds.now() >= bounds.deadlineAtMs;
    if (outOfTime)
        return new errors/* GitHubStoppedError */.x5(`${what}: the time eval-gate gives reporting to GitHub ran out`);
    return new errors/* GitHubStoppedError */.x5(`${what}: the job was cancelled`);
}

;// CONCATENATED MODULE: ./src/report/github/client.ts


const toComment = (c) => ({
    id: c.id,
    body: c.body ?? '',
    userLogin: c.user?.login ?? null,
    createdAt: c.created_at,
    htmlUrl: c.html_url,
});
const toPull = (p) => ({
    number: p.number,
    state: p.state,
    headSha: p.head.sha,
    baseRepo: p.base?.repo?.full_name ?? null,
});
/** GitHub asks for a second between writes, and three after one that notifies (plugin-throttling's spacing). */
const WRITE_GAP_MS = 1000;
const NOTIFYING_WRITE_GAP_MS = 3000;
/**
 * Rate limits are plugin-throttling's work: it knows a rate limit from a
 * permission problem. Its waits are ours, on the injected clock and within
 * the phase's bounds: it is told to wait 0 ms once the handler has waited,
 * and its write spacing is kept by groups that wait the same way.
 */
function throttleOptions(bounds, timing) {
    const waitOut = async (retryAfterS, _options, _octokit, retryCount) => {
        if (!rateLimitWaitOk(retryAfterS, retryCount, bounds))
            return false;
        return timing.sleep(retryAfterS * 1000, bounds.signal).then(() => true, () => false);
    };
    return {
        onRateLimit: waitOut,
        onSecondaryRateLimit: waitOut,
        fallbackSecondaryRateRetryAfter: SECONDARY_LIMIT_FALLBACK_S,
        retryAfterBaseValue: 0,
        // Duck-typed Bottleneck groups: the plugin calls only key(id).schedule(options, task, ...args) on them.
        write: pacedGroup(WRITE_GAP_MS, timing, bounds.signal),
        notifications: pacedGroup(NOTIFYING_WRITE_GAP_MS, timing, bounds.signal),
    };
}
/**
 * Loads @actions/github only now, after the verdict, so the first vendor poll
 * does not wait for it. Every request is bounded by `bounds` and `stop`.
 */
async function createRepoApi(token, where, apiUrl, limits) {
    const [{ getOctokit }, { throttling }] = await Promise.all([__webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413)), __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 6856))]);
    const timing = limits.timing ?? REAL_GITHUB_TIMING;
    const options = { baseUrl: apiUrl, throttle: throttleOptions(limits.bounds, timing) };
    const octokit = getOctokit(token, options, boundedRequests(limits.bounds, limits.stop, timing), throttling);
    const call = async (route, params) => (await octokit.request(route, { ...where, ...params })).data;
    const list = async (route, params) => (await octokit.paginate(route, { ...where, per_page: 100, ...params }));
    let viewer = null;
    return {
        // GraphQL's viewer answers every kind of token; REST GET /user refuses installation tokens.
        viewerLogin: () => (viewer ??= octokit.graphql('query { viewer { login } }').then((data) => data.viewer.login)),
        pull: async (pullNumber) => toPull(await call('GET /repos/{owner}/{repo}/pulls/{pull_number}', { pull_number: pullNumber })),
        comments: (pullNumber) => ({
            listComments: async () => (await list('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: pullNumber })).map(toComment),
            createComment: async (body) => toComment(await call('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: pullNumber, body })),
            updateComment: async (id, body) => toComment(await call('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { comment_id: id, body })),
            deleteComment: async (id) => {
                await call('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { comment_id: id });
            },
            addLabel: async (label) => {
                await call('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { issue_number: pullNumber, labels: [label] });
            },
        }),
        openPullsByHead: async (head) => (await list('GET /repos/{owner}/{repo}/pulls', { state: 'open', head })).map(toPull),
        pullsOfCommit: async (sha) => (await list('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { commit_sha: sha })).map(toPull),
        setCommitStatus: async (sha, status) => {
            await call('POST /repos/{owner}/{repo}/statuses/{sha}', {
                sha,
                state: status.state,
                context: status.context,
                description: status.description,
                ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
            });
        },
    };
}

// EXTERNAL MODULE: ./src/report/log.ts
var report_log = __webpack_require__(6472);
// EXTERNAL MODULE: ./src/report/github/commit-status.ts
var commit_status = __webpack_require__(4226);
// EXTERNAL MODULE: ./src/poll/retry-after.ts
var retry_after = __webpack_require__(2188);
;// CONCATENATED MODULE: ./src/report/github/problem.ts



const FORKS_HINT = "On fork and Dependabot PRs the token is read-only: see the README's section on forks.";
/**
 * When a 403 or 429 is a rate limit, the moment it resets (epoch ms): from
 * x-ratelimit-reset (primary), Retry-After, or GitHub's one minute for a
 * secondary limit that names no time. Null when it is not a rate limit.
 */
function rateLimitResetAtMs(error, nowMs) {
    const e = error;
    if (e.status !== 403 && e.status !== 429)
        return null;
    const headers = e.response?.headers ?? {};
    const retryAfterMs = (0,retry_after/* parseRetryAfterMs */.o)(headers['retry-after'], nowMs);
    const resetS = Number(headers['x-ratelimit-reset']);
    const primary = headers['x-ratelimit-remaining'] === '0';
    const secondary = /secondary rate limit/i.test(e.message ?? '');
    if (!primary && !secondary && retryAfterMs === null)
        return null;
    if (retryAfterMs !== null)
        return nowMs + retryAfterMs;
    if (primary && Number.isFinite(resetS) && resetS > 0)
        return resetS * 1000;
    return nowMs + SECONDARY_LIMIT_FALLBACK_S * 1000;
}
/** The fix for an HTTP failure, by its real cause; null when there is none to give. */
function fixFor(status, permission, error, nowMs) {
    const resetAtMs = rateLimitResetAtMs(error, nowMs);
    if (resetAtMs !== null) {
        const at = new Date(Math.ceil(resetAtMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
        return `This is GitHub's rate limit for the token, not a permission: it resets at ${at}, later than the time eval-gate gives reporting. Re-run the job after that, or spread out the workflows that share the token.`;
    }
    if (status === 401)
        return 'GitHub refused the token itself: github-token may be expired or revoked.';
    if (status === 403)
        return `Give the job ${permission} in its permissions. ${FORKS_HINT}`;
    if (status === 404) {
        return `Either it is gone, or the token cannot see it (GitHub answers 404 for a missing permission too): give the job ${permission}. ${FORKS_HINT}`;
    }
    if (status === 422)
        return 'GitHub refused the content it was sent.';
    if (status !== undefined && status >= 500)
        return 'GitHub failed on its side, after retries: re-run the job, or see githubstatus.com.';
    return null;
}
/**
 * The one warning line for a failed GitHub call: what was skipped, the real
 * cause (rate limit, permission, not found, timeout), and its fix. The gate's
 * result stays as it is.
 */
function gitHubProblem(what, error, permission, nowMs = Date.now()) {
    if (error instanceof errors/* GitHubTimeoutError */.Dr) {
        return `eval-gate: ${what} skipped: ${error.message}, so the rest of the report to GitHub is skipped too. Check GITHUB_API_URL and the runner's network to it, or githubstatus.com.`;
    }
    if (error instanceof errors/* GitHubStoppedError */.x5)
        return `eval-gate: ${what} skipped: ${error.message}.`;
    const status = error.status;
    const fix = fixFor(status, permission, error, nowMs);
    return `eval-gate: ${what} skipped (${status ? `HTTP ${status}: ` : ''}${(0,errors/* messageOf */.bD)(error)}).${fix ? ` ${fix}` : ''}`;
}
/** Skipped because an earlier call already failed for good: said once, not in every line. */
const isFollowOn = (error) => error instanceof errors/* GitHubStoppedError */.x5;

;// CONCATENATED MODULE: ./src/report/github/pull-request.ts
const numberOf = (value) => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null);
const pull_request_short = (sha) => sha.slice(0, 12);
/** A listed PR counts only when it targets this repository: by id when both sides have one, else by API URL. */
function targetsBase(pr, base) {
    const repo = pr.base?.repo;
    if (typeof repo?.id === 'number' && typeof base.id === 'number')
        return repo.id === base.id;
    const url = typeof repo?.url === 'string' ? repo.url.toLowerCase() : '';
    return base.fullName !== null && url.endsWith(`/repos/${base.fullName.toLowerCase()}`);
}
/**
 * workflow_run.pull_requests may hold null items, PRs of other repositories
 * (a fork's own PRs), or PRs whose head moved on: only one whose head is this
 * run's commit and whose base is this repository is taken.
 */
function planForWorkflowRun(run, base) {
    const sha = typeof run?.head_sha === 'string' ? run.head_sha : '';
    const listed = Array.isArray(run?.pull_requests) ? run.pull_requests : [];
    const items = listed.filter((pr) => typeof pr === 'object' && pr !== null);
    const number = numberOf(items.find((pr) => sha !== '' && pr.head?.sha === sha && targetsBase(pr, base))?.number);
    if (number !== null)
        return { kind: 'known', number, how: 'from the workflow_run event' };
    if (!sha)
        return { kind: 'none', why: 'the workflow_run event names no head commit' };
    const owner = run?.head_repository?.owner?.login;
    const branch = run?.head_branch;
    const head = typeof owner === 'string' && typeof branch === 'string' && owner && branch ? `${owner}:${branch}` : null;
    // GitHub leaves pull_requests empty for PRs from forks, and commits/{sha}/pulls does not know a fork's commits.
    const why = items.length
        ? 'no pull request the workflow_run event lists has its head commit'
        : 'the workflow_run event lists no pull request';
    return { kind: 'lookup', sha, head, base: base.fullName, why, optional: false };
}
/** Decides from the inputs and the event alone; `lookup` asks GitHub which open PR has the commit. */
function planPullRequest(context, prNumber) {
    if (prNumber !== null)
        return { kind: 'known', number: prNumber, how: 'from the pr-number input' };
    const event = context.event;
    const fromEvent = (number) => number === null
        ? { kind: 'none', why: `the ${context.eventName} event names no pull request` }
        : { kind: 'known', number, how: `from the ${context.eventName} event` };
    switch (context.eventName) {
        case 'pull_request':
        case 'pull_request_target':
        case 'pull_request_review':
        case 'pull_request_review_comment':
            return fromEvent(numberOf(event.pull_request?.number));
        case 'issue_comment':
            return fromEvent(event.issue?.pull_request ? numberOf(event.issue.number) : null);
        case 'workflow_run':
            return planForWorkflowRun(event.workflow_run, { fullName: context.repository, id: event.repository?.id });
        case 'push':
        case 'workflow_dispatch':
            return context.commitSha
                ? {
                    kind: 'lookup',
                    sha: context.commitSha,
                    head: null,
                    base: context.repository,
                    why: `a ${context.eventName} event has no pull request of its own`,
                    optional: true,
                }
                : { kind: 'none', why: `the ${context.eventName} event names no commit` };
        default:
            return { kind: 'none', why: `a ${context.eventName ?? 'local'} run has no pull request; set pr-number to comment on one` };
    }
}
/** The open PR whose head is the commit and whose base is this repository, lowest number first when several are. */
function choosePullRequest(candidates, sha, base) {
    const ours = (pr) => base === null || pr.baseRepo?.toLowerCase() === base.toLowerCase();
    const open = candidates.filter((pr) => pr.state === 'open' && pr.headSha === sha && ours(pr));
    return open.sort((a, b) => a.number - b.number)[0] ?? null;
}
/**
 * Carries out a lookup plan: by head branch first (the one way that finds a
 * fork's PR on github.com), then by commit (a branch of this repository).
 */
async function findPullRequest(plan, api) {
    if (plan.kind === 'known')
        return { number: plan.number, how: plan.how };
    if (plan.kind === 'none')
        return { number: null, why: plan.why };
    if (plan.head) {
        const byHead = choosePullRequest(await api.openPullsByHead(plan.head), plan.sha, plan.base);
        if (byHead)
            return { number: byHead.number, how: `by its head ${plan.head} at ${pull_request_short(plan.sha)} (${plan.why})` };
    }
    const byCommit = choosePullRequest(await api.pullsOfCommit(plan.sha), plan.sha, plan.base);
    if (byCommit)
        return { number: byCommit.number, how: `by its head commit ${pull_request_short(plan.sha)} (${plan.why})` };
    return { number: null, why: `no open pull request has head commit ${pull_request_short(plan.sha)} (${plan.why})` };
}

;// CONCATENATED MODULE: ./src/report/trend.ts



const BARS = '▁▂▃▄▅▆▇█';
/** A sparkline of the scores, oldest first; `·` for a push without a score. */
function sparkline(scores) {
    const known = scores.filter((s) => s !== null);
    const low = Math.min(...known);
    const span = Math.max(...known) - low;
    return scores.map((s) => (s === null ? '·' : BARS[span === 0 ? 3 : Math.round(((s - low) / span) * (BARS.length - 1))])).join('');
}
/** A mermaid xychart GitHub draws; where it does not, the sparkline and table beside it say the same. */
function chart(points) {
    const scored = points.filter((p) => p.score !== null);
    if (scored.length < 2)
        return null;
    const labels = scored.map((p) => `"${p.sha.slice(0, 7)}"`).join(', ');
    const values = scored.map((p) => (0,numbers/* formatScore */.y)(p.score ?? 0)).join(', ');
    return [
        '```mermaid',
        'xychart-beta',
        '  title "Score by push"',
        `  x-axis [${labels}]`,
        '  y-axis "Score"',
        `  line [${values}]`,
        '```',
    ].join('\n');
}
/**
 * The trend across the PR's pushes, oldest first, folded: the summary line
 * reads alone (sparkline, first and last score), the chart and the table are
 * inside. Null until there are two pushes to compare.
 */
function renderTrend(points) {
    if (points.length < 2)
        return null;
    const scores = points.map((p) => p.score);
    const known = scores.filter((s) => s !== null);
    const range = known.length > 0 ? ` ${(0,numbers/* formatScore */.y)(known[0] ?? 0)} → ${(0,numbers/* formatScore */.y)(known.at(-1) ?? 0)}` : '';
    const line = known.length > 0 ? `${sparkline(scores)}${range}` : points.map((p) => MARK[p.verdict]).join('');
    const rows = points.map((p, i) => [
        String(i + 1),
        (0,report_escape/* escapeInline */.VV)(p.sha.slice(0, 7), 12),
        p.score === null ? '—' : (0,report_escape/* escapeInline */.VV)((0,numbers/* formatScore */.y)(p.score), 40),
        `${MARK[p.verdict]} ${p.verdict}`,
    ]);
    const parts = [`<details>`, `<summary>Trend over the last ${points.length} pushes: ${line}</summary>`, ''];
    const drawn = chart(points);
    if (drawn)
        parts.push(drawn, '');
    parts.push(table(['Push', 'Commit', 'Score', 'Verdict'], rows), '', '</details>');
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/report/github/trend-data.ts


/** Pushes the comment remembers; the oldest drop out, so the hidden data stays small. */
const TREND_POINTS_KEPT = 20;
const PREFIX = '<!-- eval-gate-trend: v1';
const SHA_CHARS = 12;
// Only what we write can be read back: hex SHAs, plain numbers, the three verdicts. Nothing can close the HTML comment.
const POINT = /^([0-9a-f]{1,12}):(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?|-):(pass|fail|error)$/;
/** This run's point: the score only when the gate has a single run (several runs' scores are not on one line). */
function trendPointOf(gate, commitSha) {
    const sha = (commitSha ?? '')
        .toLowerCase()
        .replace(/[^0-9a-f]/g, '')
        .slice(0, SHA_CHARS);
    if (!sha)
        return null;
    const score = gate.runs.length === 1 ? (gate.runs[0]?.run.score ?? null) : null;
    return { sha, score: score !== null && Number.isFinite(score) ? score : null, verdict: gate.verdict };
}
/** The points in a comment's hidden trend line; anything unreadable starts the trend afresh rather than failing. */
function readTrend(body) {
    const line = body?.split('\n').find((l) => l.startsWith(PREFIX) && l.endsWith(' -->'));
    if (!line)
        return [];
    const points = [];
    for (const token of line.slice(PREFIX.length, -' -->'.length).trim().split(/\s+/)) {
        const match = POINT.exec(token);
        if (!match)
            return [];
        points.push({ sha: match[1] ?? '', score: match[2] === '-' ? null : Number(match[2]), verdict: match[3] });
    }
    return points.slice(-TREND_POINTS_KEPT);
}
/** The trend after this run: a re-run of the same commit replaces its point instead of adding one. */
function nextTrend(previous, current) {
    const kept = previous.at(-1)?.sha === current.sha ? previous.slice(0, -1) : previous;
    return [...kept, current].slice(-TREND_POINTS_KEPT);
}
/** The hidden line that carries the trend to the next push. */
function trendLine(points) {
    return `${PREFIX} ${points.map((p) => `${p.sha}:${p.score === null ? '-' : String(p.score)}:${p.verdict}`).join(' ')} -->`;
}
/** The most the trend adds to a comment (its hidden line and its section); render.ts leaves this much room. */
const TREND_MAX_CHARS = 4000;
/** The comment body with the trend: the hidden line that carries it, and its section just above the footer. */
function withTrend(body, previousBody, point) {
    const points = nextTrend(readTrend(previousBody), point);
    const section = renderTrend(points);
    if (!section)
        return { dataLine: trendLine(points), body };
    const footerAt = body.lastIndexOf(`\n\n${FOOTER_START}`);
    const at = footerAt === -1 ? body.length : footerAt;
    return { dataLine: trendLine(points), body: `${body.slice(0, at)}\n\n${section}${body.slice(at)}` };
}

;// CONCATENATED MODULE: ./src/report/github/sticky.ts

/** The hidden first line that finds a gate's comment again. The key cannot close the HTML comment. */
function markerFor(key) {
    const safe = key
        .replace(/[^\w./: -]/g, '_')
        .replace(/-{2,}/g, '-')
        .slice(0, 200);
    return `<!-- eval-gate:${safe} -->`;
}
/** The hidden second line: which run wrote the comment, so that an older run can tell it is older. */
function stampLine(stamp, sha) {
    if (!stamp)
        return '<!-- eval-gate-run: unknown -->';
    const workflow = stampWorkflow(stamp.workflow);
    return `<!-- eval-gate-run: workflow=${workflow} run=${stamp.number} attempt=${stamp.attempt} sha=${(sha ?? '').replace(/\W/g, '')} -->`;
}
function parseStamp(body) {
    const match = /^<!-- eval-gate-run: workflow=(\S*) run=(\d+) attempt=(\d+) sha=(\w*) -->$/m.exec(body.split('\n', 2)[1] ?? '');
    if (!match)
        return null;
    return { workflow: match[1] ?? '', number: Number(match[2]), attempt: Number(match[3]), sha: match[4] ?? '' };
}
/**
 * The workflow as the stamp stores it: the file without workflow_run.path's
 * `@ref`, and only characters that cannot close the HTML comment. Both sides of
 * a comparison go through it, so a space in a name cannot turn the guard off.
 */
function stampWorkflow(workflow) {
    return workflow
        .replace(/@[^@]*$/, '')
        .replace(/[^\w./-]/g, '_')
        .slice(0, 200);
}
/** True when the comment was written by a later run of the same workflow (a higher number, or a later attempt). */
function isOlderThan(ours, theirs) {
    if (!ours || !theirs || stampWorkflow(ours.workflow) !== stampWorkflow(theirs.workflow))
        return false;
    return ours.number < theirs.number || (ours.number === theirs.number && ours.attempt < theirs.attempt);
}
// The run stamp and the footer's time change on every run; they alone are not a change worth an edit.
const withoutRun = (body) => body.replace(/^<!-- eval-gate-run: .* -->$/m, '').replace(/ · updated \S+/g, '');
/** The token's own comments that start with the marker: a person or another bot quoting the marker is never taken over. */
const isOurs = (marker, author) => (c) => c.userLogin !== null && c.userLogin.toLowerCase() === author.toLowerCase() && c.body.startsWith(`${marker}\n`);
/** Deletes a duplicate; one already gone (another job raced us to it) is what we wanted. */
async function deleteDuplicate(api, id) {
    await api.deleteComment(id).catch((error) => {
        if (error.status !== 404)
            throw error;
    });
}
/**
 * One comment per gate: found by its marker among the comments of the token's
 * own account (`author`: a person quoting the marker cannot take it over), edited in place, or created; older
 * duplicates from a race are deleted, the newest kept. A comment written by a
 * later run of the same workflow is left as it is.
 */
async function upsertStickyComment(api, options) {
    if (options.mode === 'never')
        return { action: 'skipped', reason: 'comment is never' };
    const ours = (await api.listComments())
        .filter(isOurs(options.marker, options.author))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
    const newest = ours.at(-1);
    const trended = options.trend ? withTrend(options.body, newest?.body ?? null, options.trend) : null;
    const content = trended ? `${trended.dataLine}\n${trended.body}` : options.body;
    const body = `${options.marker}\n${stampLine(options.stamp, options.sha)}\n${content}`;
    // on-failure creates nothing for a pass, but a standing failure is updated so it does not go stale.
    if (options.mode === 'on-failure' && options.verdict === 'pass' && !newest) {
        return { action: 'skipped', reason: 'comment is on-failure and the gate passed' };
    }
    const shows = newest ? parseStamp(newest.body) : null;
    // A late, older job must never overwrite a newer result; duplicates are left for the newer job too.
    if (newest && shows && isOlderThan(options.stamp, shows))
        return { action: 'kept-newer', url: newest.htmlUrl, shows };
    for (const duplicate of ours.slice(0, -1))
        await deleteDuplicate(api, duplicate.id);
    const deleted = Math.max(0, ours.length - 1);
    if (!newest)
        return { action: 'created', url: (await api.createComment(body)).htmlUrl, deleted };
    // Same content: left alone, unless a later run number must be recorded so that a run in between cannot overwrite it.
    const laterRun = isOlderThan(shows, options.stamp) && shows?.number !== options.stamp?.number;
    if (withoutRun(newest.body) === withoutRun(body) && !laterRun)
        return { action: 'unchanged', url: newest.htmlUrl, deleted };
    return { action: 'updated', url: (await api.updateComment(newest.id, body)).htmlUrl, deleted };
}

;// CONCATENATED MODULE: ./src/report/github/pr-comment.ts




function gateKey(settings, context) {
    return settings.name ?? [settings.provider, context.workflow, context.job].filter(Boolean).join('/');
}
/** Finds the PR, then writes the sticky comment and the label. Returns the comment's URL. */
async function commentOnPullRequest(api, gate, settings, context, markdown, report, log) {
    const plan = planPullRequest(context, settings.prNumber);
    const found = await findPullRequest(plan, api).catch((error) => {
        report('finding the pull request', error, "'pull-requests: read'", plan.kind === 'lookup' && plan.optional);
        return null;
    });
    if (!found)
        return null;
    if (found.number === null) {
        (0,report_log/* logUntrusted */.t)(log.info, `eval-gate: no pull-request comment: ${found.why}. The report is in the job summary.`);
        return null;
    }
    (0,report_log/* logUntrusted */.t)(log.info, `eval-gate: pull request #${found.number}, found ${found.how}`);
    const comments = api.comments(found.number);
    let url = null;
    try {
        const outcome = await upsertStickyComment(comments, {
            author: await api.viewerLogin(),
            marker: markerFor(gateKey(settings, context)),
            stamp: context.runStamp,
            sha: context.commitSha,
            body: markdown,
            mode: settings.comment,
            verdict: gate.verdict,
            trend: trendPointOf(gate, context.commitSha),
        });
        if (outcome.action === 'kept-newer') {
            const { number, attempt, sha } = outcome.shows;
            log.notice(`eval-gate: the comment already shows run #${number} (attempt ${attempt}, commit ${sha.slice(0, 12)}), newer than this run #${context.runStamp?.number} (attempt ${context.runStamp?.attempt}); it was left as it is: ${outcome.url}`);
        }
        else if (outcome.action !== 'skipped') {
            log.info(`eval-gate: pull-request comment ${outcome.action}: ${outcome.url}`);
        }
        url = outcome.action === 'skipped' ? null : outcome.url;
    }
    catch (error) {
        report('the pull-request comment', error);
    }
    const label = gate.sampled ? settings.sampleLabel : null;
    if (label) {
        await comments.addLabel(label).catch((error) => report(`the label "${label}"`, error));
    }
    return url;
}

;// CONCATENATED MODULE: ./src/report/github/to-github.ts









const COMMENT_PERMISSION = "'pull-requests: write' (or 'issues: write')";
const ACTION_IO = { log: core, timing: REAL_GITHUB_TIMING };
/** Says each failure once, as a warning; a call skipped only because an earlier one failed for good is an info line. */
function problemReporter(log, nowMs) {
    let warned = false;
    return (what, error, permission = COMMENT_PERMISSION, quiet = false) => {
        const line = gitHubProblem(what, error, permission, nowMs());
        if (quiet || (warned && isFollowOn(error)))
            return log.info(line);
        warned = true;
        log.warning(line);
    };
}
function repositoryOf(context) {
    const [owner, repo] = (context.repository ?? '').split('/');
    return owner && repo ? { owner, repo } : null;
}
/** The API for one phase, bounded by its budget and by cancellation; null when there is nothing to report with. */
async function openSession(settings, context, budgetMs, report, io) {
    const repository = repositoryOf(context);
    if (!repository)
        return null;
    if (!settings.githubToken) {
        io.log.info('eval-gate: github-token is empty, so no pull-request comment or commit status');
        return null;
    }
    const cancel = new AbortController();
    const stopListening = (0,gate/* onCancel */.Ao)(() => cancel.abort());
    const limits = { ...phaseBounds(budgetMs, cancel.signal, io.timing.now), timing: io.timing };
    try {
        const api = await createRepoApi(settings.githubToken, repository, context.apiUrl, limits);
        return { api, close: stopListening };
    }
    catch (error) {
        stopListening();
        report('reporting to GitHub', error);
        return null;
    }
}
/**
 * The commit the status belongs to: the PR's head. An issue_comment event
 * carries no head, and GITHUB_SHA is the default branch's, so it is asked for.
 */
async function statusShaOf(api, settings, context, report, log) {
    if (context.eventName !== 'issue_comment')
        return context.commitSha;
    const plan = planPullRequest(context, settings.prNumber);
    if (plan.kind !== 'known') {
        (0,report_log/* logUntrusted */.t)(log.info, `eval-gate: no commit status: ${plan.kind === 'none' ? plan.why : 'no pull request'}`);
        return null;
    }
    try {
        return (await api.pull(plan.number)).headSha;
    }
    catch (error) {
        report(`the commit status (reading pull request #${plan.number}'s head commit)`, error, "'pull-requests: read'");
        return null;
    }
}
async function setStatus(api, settings, context, status, report, log) {
    const sha = await statusShaOf(api, settings, context, report, log);
    if (!sha)
        return;
    await api.setCommitStatus(sha, status).then(() => log.info(`eval-gate: commit status "${status.context}" set to ${status.state} on ${sha.slice(0, 12)}`), (error) => report('the commit status', error, "'statuses: write'"));
}
/** Marks the commit status pending while the gate polls, within PENDING_BUDGET_MS; the final status follows from publishToGitHub. */
async function setPendingStatus(settings, vendorLabel, context, io = ACTION_IO) {
    if (!(0,commit_status/* wantsCommitStatus */.nA)(settings.commitStatus, context.eventName))
        return;
    const report = problemReporter(io.log, io.timing.now);
    const session = await openSession(settings, context, PENDING_BUDGET_MS, report, io);
    if (!session)
        return;
    try {
        await setStatus(session.api, settings, context, (0,commit_status/* pendingStatusOf */.Pk)(settings, vendorLabel, context), report, io.log);
    }
    finally {
        session.close();
    }
}
/**
 * Everything written to GitHub itself: the commit status, then the comment and
 * label, all within REPORT_BUDGET_MS. Problems only warn: the verdict, the exit
 * code and the outputs stay as they are.
 */
async function publishToGitHub(gate, settings, context, markdown, io = ACTION_IO) {
    const wantsComment = settings.comment !== 'never' || (settings.sampleLabel !== null && gate.sampled);
    const wantsStatus = (0,commit_status/* wantsCommitStatus */.nA)(settings.commitStatus, context.eventName);
    const report = problemReporter(io.log, io.timing.now);
    const session = wantsComment || wantsStatus ? await openSession(settings, context, REPORT_BUDGET_MS, report, io) : null;
    if (!session)
        return null;
    try {
        if (wantsStatus)
            await setStatus(session.api, settings, context, (0,commit_status/* commitStatusOf */.Zl)(gate, settings, context), report, io.log);
        return wantsComment ? await commentOnPullRequest(session.api, gate, settings, context, markdown, report, io.log) : null;
    }
    finally {
        session.close();
    }
}

;// CONCATENATED MODULE: ./src/report/publish.ts












async function appendSummary(markdown) {
    const summaryPath = process.env.GITHUB_STEP_SUMMARY;
    if (!summaryPath)
        return;
    await (0,promises_.appendFile)(summaryPath, markdown, 'utf8').catch((error) => core.warning(`eval-gate: could not write the job summary: ${(0,errors/* messageOf */.bD)(error)}`));
}
/** A gate that could not start (bad input, an unknown vendor) still explains itself in the job summary. */
async function publishStartFailure(message) {
    const context = runnerContext();
    await appendSummary(`## ⚠️ Evals could not be decided\n\n**Why:** ${(0,report_escape/* escapeInline */.VV)(message, 2000)}\n\n${footer(context, new Date())}\n`);
}
/** The commit status while the gate polls; the action's one way into the report side, so it loads once. */
async function publishPendingStatus(settings, vendorLabel) {
    await setPendingStatus(settings, vendorLabel, runnerContext());
}
/** Renders once, then writes the JSON report, the job summary, the comment and the outputs; reporting problems only warn. */
async function publishReport(gate, settings, options) {
    const context = runnerContext();
    const body = renderReport(gate, { name: settings.name, sampleRate: settings.sampleRate });
    const markdown = `${body}\n\n${footer(context, new Date())}\n`;
    let reportPath = null;
    try {
        reportPath = await writeJsonReport(jsonReport(gate, { name: settings.name, rules: (0,rules/* ruleConfigOf */.Ci)(settings) }));
    }
    catch (error) {
        core.warning(`eval-gate: could not write the JSON report: ${(0,errors/* messageOf */.bD)(error)}`);
    }
    if (settings.junitPath)
        await writeJunitFile(settings.junitPath, gate, settings).catch((error) => core.warning(`eval-gate: could not write the JUnit file: ${(0,errors/* messageOf */.bD)(error)}`));
    await appendSummary(markdown);
    // A cancelled job has seconds before it is killed: the summary and outputs matter more than the comment.
    // Reporting never changes the verdict: even a bug on the GitHub side only warns.
    const commentUrl = options.cancelled
        ? null
        : await publishToGitHub(gate, settings, context, markdown).catch((error) => {
            core.warning(`eval-gate: reporting to GitHub stopped (${(0,errors/* messageOf */.bD)(error)}); the verdict stands`);
            return null;
        });
    const outputs = gateOutputs(gate, { commentUrl, reportPath });
    for (const [name, value] of Object.entries(outputs))
        core.setOutput(name, value);
}


/***/ })

};
