export const id = 288;
export const ids = [288];
export const modules = {

/***/ 4288:
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
;// CONCATENATED MODULE: ./src/github-context.ts

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

// EXTERNAL MODULE: ./src/rules.ts + 2 modules
var rules = __webpack_require__(2520);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/footer.ts

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

;// CONCATENATED MODULE: ./src/report/comparison.ts


// Differences of decimals pick up binary noise (0.30000000000000004); ten digits are plenty.
const signed = (delta) => {
    const value = Number(delta.toPrecision(10));
    const arrow = value > 0 ? '▲' : value < 0 ? '▼' : '=';
    return `${arrow} ${value > 0 ? '+' : ''}${numberCell(value)}`;
};
function comparisonTable(c) {
    const rows = [];
    if (c.baselineScore !== null || c.candidateScore !== null) {
        rows.push(['Score', numberCell(c.baselineScore), numberCell(c.candidateScore), c.scoreDelta === null ? '—' : signed(c.scoreDelta)]);
    }
    for (const m of c.metrics)
        rows.push([`metric ${(0,report_escape/* escapeInline */.VV)(m.name, 120)}`, numberCell(m.baseline), numberCell(m.candidate), signed(m.delta)]);
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
        numberCell(record.score),
        numberCell(record.threshold),
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

// EXTERNAL MODULE: ./src/duration.ts
var duration = __webpack_require__(7607);
;// CONCATENATED MODULE: ./src/providers/labels.ts
const LABELS = {
    aegis: 'Aegis Evals',
    eigenpal: 'Eigenpal Studio',
    avido: 'Avido',
    runtype: 'Runtype',
    humanloop: 'Humanloop',
};
/** Display names, kept apart from the adapters so the report does not load them. */
function providerLabel(name) {
    return LABELS[name];
}

;// CONCATENATED MODULE: ./src/report/run-tables.ts




/** The facts of a run, each as [label, markdown], in the order a reviewer reads them. */
function facts({ run, decision }) {
    const source = run.sampleRankSource === 'vendor' ? "the vendor's rank" : 'derived rank';
    return [
        ['Verdict', `**${decision.verdict}**`],
        ['Vendor', providerLabel(run.provider)],
        ['Status', run.status],
        ['Score / threshold', `${numberCell(run.score)} / ${numberCell(decision.thresholdApplied)}`],
        ['Pass rate', numberCell(run.passRate)],
        ['Sampled', `${decision.sampled ? '**yes**, for human review' : 'no'} (${source} ${run.sampleRank})`],
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
    decision.checks.map((c) => [(0,report_escape/* escapeInline */.VV)(c.rule, 160), c.outcome, (0,report_escape/* escapeInline */.VV)(c.detail, 600)])));
    if (run.vendorError)
        parts.push(`**Vendor error**\n\n${(0,report_escape/* codeBlock */.DV)(run.vendorError)}`);
    if (several && run.details.length > 0) {
        parts.push(table(['Field', 'Value'], run.details.map((d) => [(0,report_escape/* escapeInline */.VV)(d.label, 80), (0,report_escape/* escapeInline */.VV)(d.value, 200)])));
    }
    if (run.metrics.length > 0) {
        const result = (passed) => (passed === null ? '—' : passed ? 'pass' : 'fail');
        if (!several)
            parts.push('### Metrics');
        parts.push(table(['Metric', 'Score', 'Threshold', 'Result'], run.metrics.map((m) => [(0,report_escape/* escapeInline */.VV)(m.name, 120), numberCell(m.score), numberCell(m.threshold), result(m.passed)])));
    }
    return parts.join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/render.ts




/** GitHub rejects comments over 65,536 characters; this leaves room for the marker and footer. */
const COMMENT_BODY_LIMIT = 64_000;
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
    return `> 🔍 **Selected for human review:** run ${(0,report_escape/* escapeInline */.VV)(v.run.runId, 200)} has sample rank ${v.run.sampleRank} < sample-rate ${sampleRate}.`;
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

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/retry-after.ts
var retry_after = __webpack_require__(4390);
;// CONCATENATED MODULE: ./src/github-retry.ts


const MAX_ATTEMPTS = 3;
const MAX_WAIT_MS = 60_000;
/** 5xx and the secondary rate limit are worth a bounded retry; anything else is final. */
function gitHubRetryWaitMs(error, attempt, nowMs = Date.now()) {
    const e = error;
    const status = e.status ?? 0;
    const retryAfter = (0,retry_after/* parseRetryAfterMs */.o)(e.response?.headers?.['retry-after'], nowMs);
    const rateLimited = (status === 403 || status === 429) && (retryAfter !== null || /rate limit/i.test(e.message ?? ''));
    if (attempt + 1 >= MAX_ATTEMPTS || !(status >= 500 || rateLimited))
        return null;
    const waitMs = retryAfter ?? 1000 * 2 ** attempt;
    return waitMs <= MAX_WAIT_MS ? waitMs : null;
}
async function withGitHubRetry(call) {
    for (let attempt = 0;; attempt += 1) {
        try {
            return await call();
        }
        catch (error) {
            const waitMs = gitHubRetryWaitMs(error, attempt);
            if (waitMs === null)
                throw error;
            await (0,external_node_timers_promises_.setTimeout)(waitMs);
        }
    }
}

;// CONCATENATED MODULE: ./src/github.ts

const toComment = (c) => ({
    id: c.id,
    body: c.body ?? '',
    userType: c.user?.type ?? null,
    createdAt: c.created_at,
    htmlUrl: c.html_url,
});
const toPull = (p) => ({ number: p.number, state: p.state, headSha: p.head.sha });
/** Loads @actions/github only now, after the verdict, so the first vendor poll does not wait for it. */
async function createRepoApi(token, where, apiUrl) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(token, { baseUrl: apiUrl });
    const call = (route, params) => withGitHubRetry(async () => (await octokit.request(route, { ...where, ...params })).data);
    const list = (route, params) => withGitHubRetry(async () => (await octokit.paginate(route, { ...where, per_page: 100, ...params })));
    return {
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

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/report/commit-status.ts
var commit_status = __webpack_require__(6604);
;// CONCATENATED MODULE: ./src/report/pull-request.ts
const numberOf = (value) => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null);
const pull_request_short = (sha) => sha.slice(0, 12);
function planForWorkflowRun(run) {
    const sha = typeof run?.head_sha === 'string' ? run.head_sha : '';
    const listed = run?.pull_requests ?? [];
    const match = listed.find((pr) => pr.head?.sha === sha) ?? listed[0];
    const number = numberOf(match?.number);
    if (number !== null)
        return { kind: 'known', number, how: 'from the workflow_run event' };
    if (!sha)
        return { kind: 'none', why: 'the workflow_run event names no head commit' };
    const owner = run?.head_repository?.owner?.login;
    const branch = run?.head_branch;
    const head = typeof owner === 'string' && typeof branch === 'string' && owner && branch ? `${owner}:${branch}` : null;
    // GitHub leaves pull_requests empty for PRs from forks.
    return { kind: 'lookup', sha, head, why: 'the workflow_run event lists no pull request', optional: false };
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
            return planForWorkflowRun(event.workflow_run);
        case 'push':
        case 'workflow_dispatch':
            return context.commitSha
                ? {
                    kind: 'lookup',
                    sha: context.commitSha,
                    head: null,
                    why: `a ${context.eventName} event has no pull request of its own`,
                    optional: true,
                }
                : { kind: 'none', why: `the ${context.eventName} event names no commit` };
        default:
            return { kind: 'none', why: `a ${context.eventName ?? 'local'} run has no pull request; set pr-number to comment on one` };
    }
}
/** The open PR whose head is the commit, lowest number first when several are. */
function choosePullRequest(candidates, sha) {
    const open = candidates.filter((pr) => pr.state === 'open' && pr.headSha === sha);
    return open.sort((a, b) => a.number - b.number)[0] ?? null;
}
/** Carries out a lookup plan: by head branch first (exact for forks), then by commit. */
async function findPullRequest(plan, api) {
    if (plan.kind === 'known')
        return { number: plan.number, how: plan.how };
    if (plan.kind === 'none')
        return { number: null, why: plan.why };
    if (plan.head) {
        const byHead = choosePullRequest(await api.openPullsByHead(plan.head), plan.sha);
        if (byHead)
            return { number: byHead.number, how: `by its head ${plan.head} at ${pull_request_short(plan.sha)} (${plan.why})` };
    }
    const byCommit = choosePullRequest(await api.pullsOfCommit(plan.sha), plan.sha);
    if (byCommit)
        return { number: byCommit.number, how: `by its head commit ${pull_request_short(plan.sha)} (${plan.why})` };
    return { number: null, why: `no open pull request has head commit ${pull_request_short(plan.sha)} (${plan.why})` };
}

;// CONCATENATED MODULE: ./src/report/sticky.ts
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
    const workflow = stamp.workflow.replace(/[^\w./-]/g, '_').slice(0, 200);
    return `<!-- eval-gate-run: workflow=${workflow} run=${stamp.number} attempt=${stamp.attempt} sha=${(sha ?? '').replace(/\W/g, '')} -->`;
}
function parseStamp(body) {
    const match = /^<!-- eval-gate-run: workflow=(\S*) run=(\d+) attempt=(\d+) sha=(\w*) -->$/m.exec(body.split('\n', 2)[1] ?? '');
    if (!match)
        return null;
    return { workflow: match[1] ?? '', number: Number(match[2]), attempt: Number(match[3]), sha: match[4] ?? '' };
}
/** True when the comment was written by a later run of the same workflow (a higher number, or a later attempt). */
function isOlderThan(ours, theirs) {
    if (!ours || !theirs || ours.workflow !== theirs.workflow)
        return false;
    return ours.number < theirs.number || (ours.number === theirs.number && ours.attempt < theirs.attempt);
}
// The run stamp and the footer's time change on every run; they alone are not a change worth an edit.
const withoutRun = (body) => body.replace(/^<!-- eval-gate-run: .* -->$/m, '').replace(/ · updated \S+/g, '');
const isOurs = (marker) => (c) => c.userType === 'Bot' && c.body.startsWith(`${marker}\n`);
/**
 * One comment per gate: found by its marker among bot comments only (a person
 * quoting the marker cannot take it over), edited in place, or created; older
 * duplicates from a race are deleted, the newest kept. A comment written by a
 * later run of the same workflow is left as it is.
 */
async function upsertStickyComment(api, options) {
    if (options.mode === 'never')
        return { action: 'skipped', reason: 'comment is never' };
    const body = `${options.marker}\n${stampLine(options.stamp, options.sha)}\n${options.body}`;
    const ours = (await api.listComments())
        .filter(isOurs(options.marker))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
    const newest = ours.at(-1);
    // on-failure creates nothing for a pass, but a standing failure is updated so it does not go stale.
    if (options.mode === 'on-failure' && options.verdict === 'pass' && !newest) {
        return { action: 'skipped', reason: 'comment is on-failure and the gate passed' };
    }
    const shows = newest ? parseStamp(newest.body) : null;
    // A late, older job must never overwrite a newer result; duplicates are left for the newer job too.
    if (newest && shows && isOlderThan(options.stamp, shows))
        return { action: 'kept-newer', url: newest.htmlUrl, shows };
    for (const duplicate of ours.slice(0, -1))
        await api.deleteComment(duplicate.id);
    const deleted = Math.max(0, ours.length - 1);
    if (!newest)
        return { action: 'created', url: (await api.createComment(body)).htmlUrl, deleted };
    // Same content: left alone, unless a later run number must be recorded so that a run in between cannot overwrite it.
    const laterRun = isOlderThan(shows, options.stamp) && shows?.number !== options.stamp?.number;
    if (withoutRun(newest.body) === withoutRun(body) && !laterRun)
        return { action: 'unchanged', url: newest.htmlUrl, deleted };
    return { action: 'updated', url: (await api.updateComment(newest.id, body)).htmlUrl, deleted };
}

;// CONCATENATED MODULE: ./src/report/to-github.ts







/** Why a GitHub call failed, and the permission that would fix it; the gate's result stays as it is. */
function gitHubProblem(what, error, permission = "'pull-requests: write' (or 'issues: write')") {
    const status = error.status;
    const hint = status === 403 || status === 404
        ? ` Give the job ${permission} in its permissions. On fork and Dependabot PRs the token is read-only: see the README's section on forks.`
        : '';
    return `eval-gate: ${what} skipped (${status ? `HTTP ${status}: ` : ''}${(0,errors/* messageOf */.bD)(error)}).${hint}`;
}
function gateKey(settings, context) {
    return settings.name ?? [settings.provider, context.workflow, context.job].filter(Boolean).join('/');
}
function repositoryOf(context) {
    const [owner, repo] = (context.repository ?? '').split('/');
    return owner && repo ? { owner, repo } : null;
}
/** Finds the PR, then writes the sticky comment and the label. Returns the comment's URL. */
async function commentOnPullRequest(api, gate, settings, context, markdown) {
    const plan = planPullRequest(context, settings.prNumber);
    const found = await findPullRequest(plan, api).catch((error) => {
        const problem = gitHubProblem('finding the pull request', error, "'pull-requests: read'");
        if (plan.kind === 'lookup' && plan.optional)
            core.info(problem);
        else
            core.warning(problem);
        return null;
    });
    if (!found)
        return null;
    if (found.number === null) {
        (0,log/* logUntrusted */.t)(core.info, `eval-gate: no pull-request comment: ${found.why}. The report is in the job summary.`);
        return null;
    }
    (0,log/* logUntrusted */.t)(core.info, `eval-gate: pull request #${found.number}, found ${found.how}`);
    const comments = api.comments(found.number);
    let url = null;
    try {
        const outcome = await upsertStickyComment(comments, {
            marker: markerFor(gateKey(settings, context)),
            stamp: context.runStamp,
            sha: context.commitSha,
            body: markdown,
            mode: settings.comment,
            verdict: gate.verdict,
        });
        if (outcome.action === 'kept-newer') {
            const { number, attempt, sha } = outcome.shows;
            core.notice(`eval-gate: the comment already shows run #${number} (attempt ${attempt}, commit ${sha.slice(0, 12)}), newer than this run #${context.runStamp?.number} (attempt ${context.runStamp?.attempt}); it was left as it is: ${outcome.url}`);
        }
        else if (outcome.action !== 'skipped') {
            core.info(`eval-gate: pull-request comment ${outcome.action}: ${outcome.url}`);
        }
        url = outcome.action === 'skipped' ? null : outcome.url;
    }
    catch (error) {
        core.warning(gitHubProblem('the pull-request comment', error));
    }
    const label = gate.sampled ? settings.sampleLabel : null;
    if (label) {
        await comments.addLabel(label).catch((error) => core.warning(gitHubProblem(`the label "${label}"`, error)));
    }
    return url;
}
async function repoApi(settings, context) {
    const repository = repositoryOf(context);
    if (!repository)
        return null;
    if (!settings.githubToken) {
        core.info('eval-gate: github-token is empty, so no pull-request comment or commit status');
        return null;
    }
    try {
        return await createRepoApi(settings.githubToken, repository, context.apiUrl);
    }
    catch (error) {
        core.warning(gitHubProblem('reporting to GitHub', error));
        return null;
    }
}
async function setStatus(api, sha, status) {
    await api.setCommitStatus(sha, status).then(() => core.info(`eval-gate: commit status "${status.context}" set to ${status.state} on ${sha.slice(0, 12)}`), (error) => core.warning(gitHubProblem('the commit status', error, "'statuses: write'")));
}
const statusShaOf = (settings, context) => (0,commit_status/* wantsCommitStatus */.nA)(settings.commitStatus, context.eventName) ? context.commitSha : null;
/** Marks the commit status pending while the gate polls; the final status follows from publishToGitHub. */
async function setPendingStatus(settings, vendorLabel, context) {
    const sha = statusShaOf(settings, context);
    const api = sha ? await repoApi(settings, context) : null;
    if (sha && api)
        await setStatus(api, sha, (0,commit_status/* pendingStatusOf */.Pk)(settings, vendorLabel, context));
}
/**
 * Everything written to GitHub itself: the commit status, then the comment and
 * label. Problems only warn: the verdict and the exit code stay as they are.
 */
async function publishToGitHub(gate, settings, context, markdown) {
    const wantsComment = settings.comment !== 'never' || (settings.sampleLabel !== null && gate.sampled);
    const statusSha = statusShaOf(settings, context);
    const api = wantsComment || statusSha ? await repoApi(settings, context) : null;
    if (!api)
        return null;
    if (statusSha)
        await setStatus(api, statusSha, (0,commit_status/* commitStatusOf */.Zl)(gate, settings, context));
    return wantsComment ? commentOnPullRequest(api, gate, settings, context, markdown) : null;
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
    await appendSummary(markdown);
    // A cancelled job has seconds before it is killed: the summary and outputs matter more than the comment.
    const commentUrl = options.cancelled ? null : await publishToGitHub(gate, settings, context, markdown);
    const outputs = gateOutputs(gate, { commentUrl, reportPath });
    for (const [name, value] of Object.entries(outputs))
        core.setOutput(name, value);
}


/***/ })

};
