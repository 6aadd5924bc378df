export const id = 912;
export const ids = [912];
export const modules = {

/***/ 8912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishAggregate: () => (/* binding */ publishAggregate),
  publishPendingStatus: () => (/* binding */ publishPendingStatus),
  publishReport: () => (/* binding */ publishReport),
  publishSkipIfUnchanged: () => (/* binding */ publishSkipIfUnchanged),
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
/** The outputs of a gate skipped by paths: no run was read, so nothing passed (passed is false) and nothing failed. */
function skippedOutputs() {
    const outputs = {
        verdict: 'skipped',
        passed: 'false',
        status: 'skipped',
        score: '',
        threshold: '',
        'pass-rate': '',
        'sample-rank': '',
        sampled: 'false',
        'run-url': '',
        'comment-url': '',
        report: '',
        regression: 'none',
        warnings: '0',
    };
    return { ...outputs, review: 'none' };
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/render.ts + 3 modules
var render = __webpack_require__(7515);
// EXTERNAL MODULE: ./src/report/github/to-github.ts
var to_github = __webpack_require__(403);
// EXTERNAL MODULE: ./src/report/github/io.ts
var github_io = __webpack_require__(7910);
// EXTERNAL MODULE: ./src/report/log.ts
var report_log = __webpack_require__(6472);
// EXTERNAL MODULE: ./src/report/github/commit-status.ts
var commit_status = __webpack_require__(4226);
;// CONCATENATED MODULE: ./src/inputs/glob.ts
// The two patterns eval-gate matches, both pure:
// - `paths` (file globs, as in GitHub's `on.<event>.paths` filter where the two
//   agree): `*` any characters but `/`; `**` as a whole segment any number of
//   directories, none included (`**/*.md`, `a/**/b`; `docs/**` is everything under docs), and inside a
//   segment any characters, `/` included (`**.js`: every .js file); `?` one
//   character but `/` (GitHub's filter reads `?` as "the previous character is
//   optional": not supported here); a leading `!` excludes again; the rest is
//   literal. Dot files match like any other. Patterns are tried in order: the
//   last one that matches a file decides whether it counts (as in GitHub's filter).
// - `aggregate` (a gate-name pattern): `*` any characters, `?` one, the rest literal.
// Written here rather than taken from a library: this is the whole syntax, documented
// in the README, where a library's (braces, classes, extglobs, options) would be more
// to document; the tests compare it with picomatch on the syntax both share.
const escapeRegExp = (text) => text.replace(/[.+^${}()|[\]\\]/g, '\\$&');
/** One segment: `**` inside it crosses directories, `*` and `?` do not. */
const segmentSource = (segment) => segment
    .split(/(\*\*+|\*|\?)/)
    .map((part) => (part.startsWith('**') ? '.*' : part === '*' ? '[^/]*' : part === '?' ? '[^/]' : escapeRegExp(part)))
    .join('');
/** A path glob as a regular expression anchored at both ends. */
function pathGlob(pattern) {
    const segments = pattern.replace(/^\/+/, '').split('/');
    let source = '';
    segments.forEach((segment, i) => {
        const first = i === 0 || segments[i - 1] === '**';
        const last = i === segments.length - 1;
        // A `**` segment writes the `/` on either side of it itself, so that it can stand for no directory;
        // last, it stands for what is under the directory before it (`docs/**` is not a file named docs).
        if (segment === '**')
            source += last ? (first ? '.*' : '/.*') : first ? '(?:.*/)?' : '(?:/.*)?/';
        else
            source += (first ? '' : '/') + segmentSource(segment);
    });
    return new RegExp(`^${source}$`, 's');
}
function pathRules(patterns) {
    return patterns.map((text) => {
        const exclude = text.startsWith('!');
        const pattern = exclude ? text.slice(1) : text;
        return { exclude, pattern, glob: pathGlob(pattern) };
    });
}
/** Whether a changed file counts: the last rule that matches it decides (GitHub's filter order). */
function fileCounts(rules, file) {
    let counts = false;
    for (const rule of rules)
        if (rule.glob.test(file))
            counts = !rule.exclude;
    return counts;
}
/** A gate-name pattern as a regular expression: `*` any characters, `?` one. */
function namePattern(pattern) {
    return new RegExp(`^${escapeRegExp(pattern).replace(/\*+/g, '.*').replace(/\?/g, '.')}$`, 's');
}

;// CONCATENATED MODULE: ./src/report/github/skip-decision.ts
// paths: whether a pull request changed nothing the gate covers, pure. GitHub
// lists at most 3000 of a PR's files: a PR with more files than listed, or one
// whose count GitHub does not give, is never skipped (fail closed).

/** The status description of a skip; the paths as given, cut by commit-status.ts's fitted(). */
const skipDescription = (patterns) => `skipped: no change under ${patterns.join(', ')}`;
function decideSkip(patterns, files, changedFiles) {
    const listed = files.items.length;
    if (!files.complete || typeof changedFiles !== 'number' || listed < changedFiles) {
        const count = typeof changedFiles === 'number' ? `${changedFiles}` : 'an unknown number of';
        return {
            skip: false,
            why: `GitHub listed ${listed} of the pull request's ${count} changed files, so it may have changed a covered one`,
        };
    }
    const rules = pathRules(patterns);
    const covered = files.items
        .flatMap((f) => [f.filename, ...(f.previousFilename ? [f.previousFilename] : [])])
        .find((path) => fileCounts(rules, path));
    if (covered !== undefined)
        return { skip: false, why: `the pull request changed ${covered}, under paths` };
    return { skip: true, description: skipDescription(patterns) };
}

// EXTERNAL MODULE: ./src/report/github/pr-comment.ts
var pr_comment = __webpack_require__(4548);
// EXTERNAL MODULE: ./src/report/github/sticky.ts
var sticky = __webpack_require__(617);
;// CONCATENATED MODULE: ./src/report/github/paths-skip.ts
// paths, at the edge: on a pull request, the files it changed (GET
// /pulls/{n}/files, paged) decide whether the gate has anything to gate
// (skip-decision.ts). Any doubt, a GitHub problem included, runs the gate.










/** The job summary and the sticky comment of a skipped gate. */
function skippedMarkdown(description, settings, context, io = github_io/* ACTION_IO */.O) {
    const title = settings.name ? `⏭️ Evals skipped: ${(0,report_escape/* escapeInline */.VV)(settings.name, 120)}` : '⏭️ Evals skipped';
    return `## ${title}\n\n${(0,report_escape/* escapeInline */.VV)(description, 300)}\n\n${(0,footer/* footer */.q)(context, new Date(io.timing.now()))}\n`;
}
/** The gate's own sticky comment says skipped too, so that an earlier push's verdict does not stand there; on-failure creates none. */
async function commentSkip(api, pullNumber, { settings, context, report, io }, markdown) {
    try {
        const outcome = await (0,sticky/* upsertStickyComment */.qD)(api.comments(pullNumber), {
            author: await api.viewerLogin(),
            marker: (0,sticky/* markerFor */._Z)((0,pr_comment/* gateKey */.l)(settings, context)),
            stamp: context.runStamp,
            sha: context.commitSha,
            body: markdown,
            mode: settings.comment,
            verdict: 'pass',
        });
        if (outcome.action !== 'skipped' && outcome.action !== 'kept-newer')
            io.log.info(`eval-gate: pull-request comment ${outcome.action}: ${outcome.url}`);
    }
    catch (error) {
        report('the pull-request comment', error);
    }
}
/** GitHub lists at most 3000 files of a PR: 30 pages of 100. */
const FILES_MAX_PAGES = 30;
/** The PR, its files, and the status: a few dozen calls at most. */
const PATHS_BUDGET_MS = 60_000;
const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
const prNumberOf = (context) => {
    const n = context.event.pull_request?.number;
    return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
};
/** The status description when the gate is skipped (and its status written when the gate writes one), or null: run the gate. */
async function skipIfUnchanged(settings, context, io = github_io/* ACTION_IO */.O) {
    if (settings.paths.length === 0)
        return null;
    const pullNumber = prNumberOf(context);
    if (!PR_EVENTS.has(context.eventName ?? '') || pullNumber === null) {
        (0,report_log/* logUntrusted */.t)(io.log.info, `eval-gate: paths has no effect on a ${context.eventName ?? 'unknown'} event (only on a pull request's); the gate runs`);
        return null;
    }
    if (!settings.githubToken) {
        throw new errors/* InputError */.dz("github-token: expected a token beside paths (it lists the pull request's changed files, 'pull-requests: read'), got nothing");
    }
    const report = (0,to_github/* problemReporter */.lW)(io);
    const session = await (0,to_github/* openSession */.fA)(settings, context, PATHS_BUDGET_MS, report, io);
    if (!session)
        return null;
    try {
        const [pull, files] = await Promise.all([session.api.pull(pullNumber), session.api.pullFiles(pullNumber, FILES_MAX_PAGES)]);
        const decision = decideSkip(settings.paths, files, pull.changedFiles);
        if (!decision.skip) {
            (0,report_log/* logUntrusted */.t)(io.log.info, `eval-gate: not skipped: ${decision.why}`);
            return null;
        }
        const description = (0,commit_status/* fitted */.$5)(decision.description);
        (0,report_log/* logUntrusted */.t)(io.log.info, `eval-gate: ${description}; no run is started or read`);
        const sha = context.commitSha;
        if (sha && (0,commit_status/* wantsCommitStatus */.nA)(settings.commitStatus, context.eventName)) {
            const status = { state: 'success', context: (0,commit_status/* statusContext */.s)(settings), description, targetUrl: context.workflowRunUrl };
            await session.api.setCommitStatus(sha, status).then(() => io.log.info(`eval-gate: commit status "${status.context}" set to success (skipped) on ${sha.slice(0, 12)}`), (error) => report('the commit status', error, "'statuses: write'"));
        }
        await commentSkip(session.api, pullNumber, { settings, context, report, io }, skippedMarkdown(description, settings, context, io));
        return description;
    }
    catch (error) {
        report("listing the pull request's changed files (paths); the gate runs", error, "'pull-requests: read'");
        return null;
    }
    finally {
        session.close();
    }
}

// EXTERNAL MODULE: ./src/poll/cancel.ts
var poll_cancel = __webpack_require__(7111);
// EXTERNAL MODULE: ./src/inputs/duration.ts
var duration = __webpack_require__(1601);
// EXTERNAL MODULE: ./src/report/github/baseline-record.ts
var baseline_record = __webpack_require__(159);
;// CONCATENATED MODULE: ./src/report/github/aggregate-decision.ts
// The aggregate step's decision, pure: from a commit's statuses (newest first,
// as GitHub lists them) to one verdict over every gate whose name matches the
// pattern. Only statuses the GitHub Actions identity wrote count: a person's
// token, another app's or a fork's cannot pass the aggregate (baseline-record.ts).


const STATES = ['pending', 'success', 'failure', 'error'];
const trusted = (s) => s.creator?.login === baseline_record/* ACTIONS_LOGIN */.i$ && s.creator.type === 'Bot';
/** Each matching gate's newest trusted status, ordered by gate name (code units: the same on every machine). */
function gatesOf(statuses, pattern, ownContext) {
    const newest = new Map();
    for (const s of statuses) {
        if (!trusted(s) || !s.context.startsWith(commit_status/* GATE_CONTEXT_PREFIX */.Bh) || s.context === ownContext)
            continue;
        const name = s.context.slice(commit_status/* GATE_CONTEXT_PREFIX */.Bh.length);
        if (!pattern.test(name) || newest.has(name))
            continue;
        // A state GitHub may add later is not a pass: it reads as an error.
        const state = (STATES.includes(s.state) ? s.state : 'error');
        newest.set(name, { name, state, description: s.description ?? '', targetUrl: s.targetUrl ?? null });
    }
    return [...newest.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
const names = (gates) => gates.map((g) => g.name);
/**
 * Fails as soon as a gate failed or errored (no later answer can make it pass);
 * waits while any is pending or none matched; passes when every one passed.
 * `timedOut`: the wait is over, and waiting is then a failure (pending gates)
 * or an error (no gate at all).
 */
function decideAggregate(gates, pattern, timedOut) {
    const failed = gates.filter((g) => g.state === 'failure');
    const errored = gates.filter((g) => g.state === 'error');
    if (failed.length > 0 || errored.length > 0) {
        const deciding = [...failed, ...errored].sort((a, b) => (a.name < b.name ? -1 : 1));
        const what = [failed.length ? `${failed.length} failed` : '', errored.length ? `${errored.length} errored` : ''].filter(Boolean);
        return { state: failed.length ? 'failure' : 'error', gates, decidedBy: names(deciding), why: `${what.join(', ')} of ${gates.length}` };
    }
    const pending = gates.filter((g) => g.state === 'pending');
    if (!timedOut && (gates.length === 0 || pending.length > 0))
        return { state: 'waiting', gates, pending: names(pending) };
    if (gates.length === 0)
        return { state: 'error', gates, decidedBy: [], why: `no gate matching ${pattern} reported on this commit` };
    if (pending.length > 0)
        return { state: 'failure', gates, decidedBy: names(pending), why: `${pending.length} of ${gates.length} still pending` };
    return { state: 'success', gates, decidedBy: names(gates), why: `all ${gates.length} passed` };
}

// EXTERNAL MODULE: ./src/report/github/problem.ts
var github_problem = __webpack_require__(4071);
;// CONCATENATED MODULE: ./src/report/github/aggregate.ts
// The aggregate step's wait, at the edge: reads the commit's statuses until
// every matching gate has decided or `timeout` has passed. Bounded (the
// deadline, cancellation, each request's own bounds in retry.ts), polite (the
// wait between reads grows, and a rate limit's reset is waited for when it
// comes before the deadline), and on an injected clock.





/** GitHub keeps at most 1000 statuses per context; 10 pages of 100 are read, and a commit with more is an error, not a guess. */
const STATUS_MAX_PAGES = 10;
/** The wait between reads grows by half each time, up to this. */
const MAX_INTERVAL_MS = 30_000;
/** GitHub answers these the same way however often it is asked. */
const PERMANENT = new Set([400, 401, 404, 410, 422]);
const READ_PERMISSION = "'statuses: read'";
const failed = (why) => ({ state: 'error', gates: [], decidedBy: [], why });
/** One read of the statuses, decided; or the problem that stopped it, with when to read again. */
async function readOnce(api, sha, settings, timedOut, nowMs) {
    try {
        const listed = await api.everyStatusOf(sha, STATUS_MAX_PAGES);
        if (!listed.complete) {
            return {
                decision: failed(`the commit has more than ${STATUS_MAX_PAGES * 100} statuses; the aggregate cannot tell it saw every gate`),
            };
        }
        const gates = gatesOf(listed.items, namePattern(settings.pattern), (0,commit_status/* statusContextOf */.rM)(settings.name));
        return { decision: decideAggregate(gates, settings.pattern, timedOut) };
    }
    catch (error) {
        const problem = (0,github_problem/* gitHubProblem */.zh)("reading the commit's statuses", error, READ_PERMISSION, nowMs);
        const status = error.status;
        const resetAtMs = (0,github_problem/* rateLimitResetAtMs */.qk)(error, nowMs);
        const permanent = typeof status === 'number' && (PERMANENT.has(status) || (status === 403 && resetAtMs === null));
        return { problem, permanent, resetAtMs };
    }
}
async function awaitGates(api, sha, settings, io) {
    const deadlineMs = io.timing.now() + settings.timeoutMs;
    let intervalMs = settings.pollIntervalMs;
    let said = '';
    for (;;) {
        const nowMs = io.timing.now();
        const read = await readOnce(api, sha, settings, nowMs >= deadlineMs, nowMs);
        let waitMs = intervalMs;
        if ('problem' in read) {
            io.log(read.problem);
            if (read.permanent)
                return failed(read.problem);
            if (nowMs >= deadlineMs)
                return failed(`still no answer from GitHub after ${(0,duration/* formatDurationMs */.u)(settings.timeoutMs)}: ${read.problem}`);
            if (read.resetAtMs !== null)
                waitMs = Math.max(waitMs, read.resetAtMs - nowMs);
        }
        else if (read.decision.state !== 'waiting') {
            return read.decision;
        }
        else {
            const line = waitingLine(read.decision, settings.pattern);
            if (line !== said)
                io.log(line);
            said = line;
        }
        // The last wait ends at the deadline, for one last read: the verdict says what was true then.
        const remainingMs = deadlineMs - io.timing.now();
        await io.timing.sleep(Math.max(0, Math.min(waitMs, remainingMs)), io.signal);
        intervalMs = Math.min(MAX_INTERVAL_MS, intervalMs * 1.5);
    }
}
function waitingLine(decision, pattern) {
    if (decision.gates.length === 0)
        return `eval-gate: waiting for a gate matching ${pattern} to report on this commit`;
    return `eval-gate: waiting for ${decision.pending.length} of ${decision.gates.length} gate(s): ${decision.pending.join(', ')}`;
}

;// CONCATENATED MODULE: ./src/report/github/aggregate-render.ts
// The aggregate step's report: one section per gate, ordered by gate name. A
// section is what the gate's own commit status says (aggregate-decision.ts):
// its state, its description and a link to its workflow run, where the gate's
// job summary has the whole report. The description and the link were read back
// from GitHub and are untrusted: escaped again here, the link kept only when it
// is a workflow run of this repository on this server.


const ICON = { success: '✅', failure: '❌', error: '⚠️', pending: '⏳' };
const HEADLINE = {
    success: '✅ Evals passed',
    failure: '❌ Evals failed',
    error: '⚠️ Evals could not be decided',
};
/** Room kept for the note that says how many sections were left out. */
const NOTE_ROOM = 400;
/** The gate's workflow run, when the status links to one of this repository's runs on this server; else null. */
function runLinkOf(url, context) {
    if (!url || !context.repository || !URL.canParse(url))
        return null;
    const parsed = new URL(url);
    const server = new URL(context.serverUrl);
    const runPath = new RegExp(`^/${context.repository.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/actions/runs/\\d+(?:/attempts/\\d+)?/?$`, 'i');
    const ok = parsed.protocol === 'https:' && parsed.host === server.host && runPath.test(parsed.pathname) && !parsed.search && !parsed.hash;
    return ok ? parsed.href : null;
}
function section(gate, context) {
    const link = runLinkOf(gate.targetUrl, context);
    const description = gate.description ? (0,report_escape/* escapeInline */.VV)(gate.description, 140) : `_${gate.state}, with no description_`;
    return [
        `### ${ICON[gate.state]} ${(0,report_escape/* escapeInline */.VV)(gate.name, 100)}`,
        '',
        description,
        ...(link ? ['', (0,report_escape/* safeLink */.o3)('Full report (the workflow run)', link)] : []),
    ].join('\n');
}
/** The aggregate's one-line outcome, also its status description: why, and which gates decided. */
function aggregate_render_outcomeLine(decision) {
    return decision.decidedBy.length > 0 && decision.state !== 'success' ? `${decision.why}: ${decision.decidedBy.join(', ')}` : decision.why;
}
function aggregateMarkdown(decision, options) {
    const head = [
        `## ${HEADLINE[decision.state]}: ${(0,report_escape/* escapeInline */.VV)(options.name, 120)}`,
        '',
        `Gates matching ${(0,report_escape/* escapeInline */.VV)(options.pattern, 100)} on this commit: ${(0,report_escape/* escapeInline */.VV)(aggregate_render_outcomeLine(decision), 1000)}.`,
    ].join('\n');
    const parts = [head];
    let size = head.length;
    let left = 0;
    for (const gate of decision.gates) {
        const text = section(gate, options.context);
        if (left > 0 || size + text.length + 2 > render/* COMMENT_BODY_LIMIT */.tx - NOTE_ROOM)
            left += 1;
        else {
            parts.push(text);
            size += text.length + 2;
        }
    }
    if (left > 0)
        parts.push(`_${left} more gate(s) left out to keep this comment under GitHub's size limit; each one's commit status has its verdict._`);
    return parts.join('\n\n');
}

// EXTERNAL MODULE: ./src/report/github/client.ts + 1 modules
var client = __webpack_require__(8178);
// EXTERNAL MODULE: ./src/report/github/pull-request.ts
var pull_request = __webpack_require__(9601);
// EXTERNAL MODULE: ./src/report/github/retry.ts
var retry = __webpack_require__(5566);
;// CONCATENATED MODULE: ./src/report/github/aggregate-step.ts
// aggregate: PATTERN, the step that turns every matching gate on this commit
// into one commit status and one sticky comment. It needs only the GitHub
// token: no vendor is asked anything.














const VERDICT = { success: 'pass', failure: 'fail', error: 'error' };
async function setStatus(step, state, description) {
    const { io, api, sha, settings, context, report } = step;
    const status = { state, context: (0,commit_status/* statusContextOf */.rM)(settings.name), description: (0,commit_status/* fitted */.$5)(description), targetUrl: context.workflowRunUrl };
    await api.setCommitStatus(sha, status).then(() => io.log.info(`eval-gate: commit status "${status.context}" set to ${state} on ${sha.slice(0, 12)}`), (error) => report('the commit status', error, "'statuses: write'"));
}
async function comment(step, decision, markdown) {
    const { io, api, sha, settings, context, report } = step;
    if (settings.comment === 'never')
        return null;
    const found = await (0,pull_request/* findPullRequest */._f)((0,pull_request/* planPullRequest */.KH)(context, settings.prNumber), api).catch((error) => {
        report('finding the pull request', error, "'pull-requests: read'");
        return null;
    });
    if (!found || found.number === null) {
        if (found)
            (0,report_log/* logUntrusted */.t)(io.log.info, `eval-gate: no pull-request comment: ${found.why}`);
        return null;
    }
    try {
        const outcome = await (0,sticky/* upsertStickyComment */.qD)(api.comments(found.number), {
            author: await api.viewerLogin(),
            marker: (0,sticky/* markerFor */._Z)(`aggregate:${settings.name}`),
            stamp: context.runStamp,
            sha,
            body: markdown,
            mode: settings.comment,
            verdict: VERDICT[decision.state],
        });
        if (outcome.action === 'skipped' || outcome.action === 'kept-newer')
            return null;
        io.log.info(`eval-gate: pull-request comment ${outcome.action}: ${outcome.url}`);
        return outcome.url;
    }
    catch (error) {
        report('the pull-request comment', error, to_github/* COMMENT_PERMISSION */.s3);
        return null;
    }
}
/** Waits, decides, and reports; resolves to the decision (the caller fails the step unless it passed). */
async function runAggregate(settings, context, io = github_io/* ACTION_IO */.O) {
    const [owner, repo] = (context.repository ?? '').split('/');
    const sha = context.commitSha;
    if (!owner || !repo || !sha)
        throw new Error('the aggregate step needs GITHUB_REPOSITORY and a commit (GITHUB_SHA, or the pull request head)');
    const cancel = new AbortController();
    const stopListening = (0,poll_cancel/* onCancel */.A)(() => cancel.abort());
    const report = (0,to_github/* problemReporter */.lW)(io);
    try {
        const limits = { ...(0,retry/* phaseBounds */.N2)(settings.timeoutMs + retry/* REPORT_BUDGET_MS */.m1, cancel.signal, io.timing.now), timing: io.timing };
        const api = await (0,client/* createRepoApi */.v)(settings.githubToken, { owner, repo }, context.apiUrl, limits);
        const step = { io, api, sha, settings, context, report };
        await setStatus(step, 'pending', `waiting for the gates matching ${settings.pattern}`);
        const log = (line) => (0,report_log/* logUntrusted */.t)(io.log.info, line);
        const decision = await awaitGates(api, sha, settings, { timing: io.timing, signal: cancel.signal, log }).catch((error) => ({
            state: 'error',
            gates: [],
            decidedBy: [],
            why: cancel.signal.aborted ? 'the job was cancelled while waiting' : (0,errors/* messageOf */.bD)(error),
        }));
        const markdown = `${aggregateMarkdown(decision, { name: settings.name, pattern: settings.pattern, context })}\n\n${(0,footer/* footer */.q)(context, new Date(io.timing.now()))}\n`;
        await setStatus(step, decision.state, aggregate_render_outcomeLine(decision));
        const commentUrl = await comment(step, decision, markdown);
        return { decision, markdown, commentUrl };
    }
    finally {
        stopListening();
    }
}
const aggregateFailure = (decision) => escapeLog(`eval-gate: ${outcomeLine(decision)}`);

;// CONCATENATED MODULE: ./src/report/github/start-failure-status.ts
// A gate the aggregate step reports (comment: aggregate) that cannot even
// start (bad input) still says so on its commit status: else the aggregate
// would never learn of it, and could pass without it.





/** From the raw inputs, since they did not parse: only what the status needs. */
async function setFailedStartStatus(read, context, reason) {
    if (read('comment') !== 'aggregate')
        return;
    const [owner, repo] = (context.repository ?? '').split('/');
    const name = read('name') || read('provider').toLowerCase();
    const token = read('github-token');
    const sha = context.commitSha;
    if (!owner || !repo || !name || !token || !sha)
        return;
    const status = {
        state: 'error',
        context: (0,commit_status/* statusContextOf */.rM)(name),
        description: (0,commit_status/* fitted */.$5)(`could not start: ${reason}`),
        targetUrl: context.workflowRunUrl,
    };
    try {
        const api = await (0,client/* createRepoApi */.v)(token, { owner, repo }, context.apiUrl, (0,retry/* phaseBounds */.N2)(retry/* PENDING_BUDGET_MS */.LF));
        await api.setCommitStatus(sha, status);
        guarded_core.core.info(`eval-gate: commit status "${status.context}" set to error on ${sha.slice(0, 12)}, for the aggregate step`);
    }
    catch (error) {
        guarded_core.core.warning((0,github_problem/* gitHubProblem */.zh)('the commit status (error, for the aggregate step)', error, "'statuses: write'"));
    }
}

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
async function publishStartFailure(message, read) {
    const context = (0,github_context/* runnerContext */.c)();
    if (read)
        await setFailedStartStatus(read, context, message);
    await appendSummary(`## ⚠️ Evals could not be decided\n\n**Why:** ${(0,report_escape/* escapeInline */.VV)(message, 2000)}\n\n${(0,footer/* footer */.q)(context, new Date())}\n`);
}
/**
 * paths: on a pull request that changed none of them, the gate does no vendor
 * work: its status (when it writes one) says skipped, as do the summary and
 * the verdict output. False: run the gate.
 */
async function publishSkipIfUnchanged(settings, github = github_io/* ACTION_IO */.O) {
    const context = (0,github_context/* runnerContext */.c)();
    const description = await skipIfUnchanged(settings, context, github);
    if (description === null)
        return false;
    await appendSummary(skippedMarkdown(description, settings, context, github));
    for (const [name, value] of Object.entries(skippedOutputs()))
        guarded_core.core.setOutput(name, value);
    return true;
}
/** The aggregate step: its status and comment (aggregate-step.ts), then its summary and outputs. */
async function publishAggregate(settings, github = github_io/* ACTION_IO */.O) {
    const { decision, markdown, commentUrl } = await runAggregate(settings, (0,github_context/* runnerContext */.c)(), github);
    await appendSummary(markdown);
    const verdict = { success: 'pass', failure: 'fail', error: 'error' }[decision.state];
    for (const [name, value] of Object.entries({ verdict, passed: String(verdict === 'pass'), 'comment-url': commentUrl ?? '' })) {
        guarded_core.core.setOutput(name, value);
    }
    const outcome = decision.state === 'success' ? 'passed' : decision.state === 'failure' ? 'failed' : 'could not be decided';
    return { passed: decision.state === 'success', line: `eval-gate: ${settings.name} ${outcome}: ${aggregate_render_outcomeLine(decision)}` };
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
