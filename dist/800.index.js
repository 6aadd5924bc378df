export const id = 800;
export const ids = [800];
export const modules = {

/***/ 9800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resolveBaseline: () => (/* binding */ resolveBaseline)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/inputs/schema.ts
var schema = __webpack_require__(2898);
// EXTERNAL MODULE: ./src/inputs/inputs.ts + 3 modules
var inputs = __webpack_require__(9693);
// EXTERNAL MODULE: ./src/report/github/client.ts + 1 modules
var client = __webpack_require__(8178);
// EXTERNAL MODULE: ./src/report/github/context.ts
var github_context = __webpack_require__(6935);
// EXTERNAL MODULE: ./src/report/github/baseline-record.ts
var baseline_record = __webpack_require__(159);
;// CONCATENATED MODULE: ./src/report/github/find-baseline.ts

/** Commits looked at, the base commit included. */
const BASELINE_WALK_MAX = 20;
/** One history page: enough first-parent commits even when merges interleave others. */
const HISTORY_PAGE = 100;
const find_baseline_text = (value) => (typeof value === 'string' && value !== '' ? value : null);
/** The PR's base commit: pull_request.base.sha, or for workflow_run the merge base of its PR's base and head. */
async function baseCommitOf(api, context) {
    const pull = context.event.pull_request;
    if (pull?.base) {
        const sha = find_baseline_text(pull.base.sha);
        return sha ? { sha, ref: find_baseline_text(pull.base.ref) } : 'the pull_request event has no base.sha';
    }
    if (context.eventName === 'workflow_run') {
        const run = context.event.workflow_run;
        const base = run?.pull_requests?.find((p) => p?.base)?.base;
        const head = find_baseline_text(run?.head_sha);
        const baseSha = find_baseline_text(base?.sha);
        if (!base || !head || !baseSha)
            return "the workflow_run event names no pull request with a base (a fork's PR is not listed there)";
        return { sha: await api.mergeBase(baseSha, head), ref: find_baseline_text(base.ref) };
    }
    return `the ${context.eventName ?? 'unknown'} event has no pull-request base to look on`;
}
/** The newest record of this gate on one commit, by the GitHub Actions identity only. */
async function recordOn(api, sha, context) {
    const statuses = await api.statusesOf(sha);
    const mine = statuses.find((s) => s.context === context && s.creator?.login === baseline_record/* ACTIONS_LOGIN */.i$ && s.creator.type === 'Bot');
    return mine?.description ? (0,baseline_record/* parseRecord */.Hh)(mine.description) : null;
}
async function findBaseline(api, context, gate) {
    const base = await baseCommitOf(api, context);
    if (typeof base === 'string')
        return { found: null, why: base };
    const history = await api.commitHistory(base.sha, HISTORY_PAGE);
    const firstParent = new Map(history.map((c) => [c.sha, c.parents[0] ?? null]));
    const wanted = (0,baseline_record/* recordContext */.pD)(gate);
    let sha = base.sha;
    let looked = 0;
    for (; sha !== null && looked < BASELINE_WALK_MAX; looked += 1) {
        const record = await recordOn(api, sha, wanted);
        // Never a failed, errored or timed-out run, nor another vendor's.
        if (record && record.verdict === 'pass' && record.provider === gate.provider) {
            return { found: { record, commit: sha, behind: looked, baseRef: base.ref } };
        }
        sha = firstParent.get(sha) ?? null;
    }
    const where = base.ref ? `${base.ref}'s` : "the base branch's";
    return {
        found: null,
        why: `no passing record "${wanted}" by ${baseline_record/* ACTIONS_LOGIN */.i$} on ${where} last ${looked} commit(s) from ${base.sha.slice(0, 12)}; a run on push records one`,
    };
}

// EXTERNAL MODULE: ./src/report/github/retry.ts
var retry = __webpack_require__(5566);
;// CONCATENATED MODULE: ./src/report/github/auto-baseline.ts
// baseline-run-id: auto, at the edge: a bounded GitHub session looks for the
// record (find-baseline.ts); any GitHub problem becomes the reason there is none.







/** The whole search: the history page and up to 20 statuses pages. */
const BASELINE_BUDGET_MS = 30_000;
async function searchBaseline(settings, signal) {
    const context = (0,github_context/* runnerContext */.c)();
    const [owner, repo] = (context.repository ?? '').split('/');
    if (!settings.githubToken)
        return { found: null, why: 'github-token is empty, so GitHub could not be asked' };
    if (!owner || !repo)
        return { found: null, why: 'no GitHub repository (GITHUB_REPOSITORY) to look in' };
    try {
        const api = await (0,client/* createRepoApi */.v)(settings.githubToken, { owner, repo }, context.apiUrl, (0,retry/* phaseBounds */.N2)(BASELINE_BUDGET_MS, signal));
        return await findBaseline(api, context, (0,inputs/* reportSettingsOf */.td)(settings));
    }
    catch (error) {
        return { found: null, why: `reading GitHub failed (needs 'contents: read' and 'statuses: read'): ${(0,errors/* messageOf */.bD)(error)}` };
    }
}
/** The baseline run: the one given, or for auto the one the record names, or why there is none. */
async function resolveBaseline(settings, provider, signal) {
    if (settings.baselineRunId !== schema/* AUTO_BASELINE */.Gw)
        return { runId: settings.baselineRunId, source: null, note: null };
    const search = await searchBaseline(settings, signal);
    if (!search.found)
        return { runId: null, source: null, note: `no baseline found: ${search.why}` };
    const { record, commit, behind, baseRef } = search.found;
    const [runId] = record.runIds;
    const bad = runId === undefined || record.runIds.length > 1 || (provider.runIdPattern && !provider.runIdPattern.pattern.test(runId));
    if (bad) {
        const note = `the record on ${commit.slice(0, 12)} names ${record.runIds.length} run(s) (${record.runIds.join(', ')}); an automatic baseline takes one run of ${provider.name}`;
        return { runId: null, source: null, note };
    }
    return { runId, source: { commit, behind, baseRef }, note: null };
}


/***/ }),

/***/ 159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hh: () => (/* binding */ parseRecord),
/* harmony export */   Ms: () => (/* binding */ recordStatus),
/* harmony export */   i$: () => (/* binding */ ACTIONS_LOGIN),
/* harmony export */   pD: () => (/* binding */ recordContext)
/* harmony export */ });
/* unused harmony export RECORD_VERSION */
/* harmony import */ var _providers_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7486);

const RECORD_VERSION = 'eg1';
/** GitHub refuses a longer description. */
const DESCRIPTION_MAX = 140;
/** The login of the GitHub Actions identity: only the records it wrote count (not a user's, not another app's). */
const ACTIONS_LOGIN = 'github-actions[bot]';
/** The status context of the record: one per gate, apart from the gate's own status. */
function recordContext(settings) {
    return `eval-gate record / ${(settings.name ?? settings.provider).replace(/[^\x20-\x7e]/g, '?').slice(0, 100)}`;
}
const SAFE_NAME = /^[\x21-\x7e]+$/;
const number = (value) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : '-');
/** The record of a gate, or null when its run ids alone do not fit (a run gated with many runs). */
function recordStatus(gate, settings, targetUrl) {
    const runs = gate.runs.map((v) => v.run);
    const head = [
        RECORD_VERSION,
        gate.verdict,
        settings.provider,
        runs.map((r) => r.runId).join(','),
        number(runs.length === 1 ? runs[0]?.score : null),
    ].join(';');
    if (head.length + 1 > DESCRIPTION_MAX || runs.some((r) => r.started && r.runId === '(not started)'))
        return null;
    const metrics = runs.length === 1 ? (runs[0]?.metrics ?? []) : [];
    let tail = '';
    for (const m of metrics) {
        const item = `${tail ? ',' : ''}${m.name}=${number(m.score)}`;
        if (!SAFE_NAME.test(m.name) || /[;,=…]/.test(m.name) || head.length + 1 + tail.length + item.length + 1 > DESCRIPTION_MAX) {
            tail += tail ? ',…' : '…';
            break;
        }
        tail += item;
    }
    const state = gate.verdict === 'pass' ? 'success' : gate.verdict === 'fail' ? 'failure' : 'error';
    return { state, context: recordContext(settings), description: `${head};${tail}`, targetUrl };
}
const RUN_ID = /^[A-Za-z0-9._:~-]+$/;
/** A record read back; null when it is not one this version wrote, so it never counts. */
function parseRecord(description) {
    const [version, verdict, provider, ids, score] = description.split(';');
    if (version !== RECORD_VERSION || !ids || score === undefined)
        return null;
    if (verdict !== 'pass' && verdict !== 'fail' && verdict !== 'error')
        return null;
    if (!_providers_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PROVIDER_NAMES */ .xd.includes(provider ?? ''))
        return null;
    const runIds = ids.split(',');
    if (!runIds.every((id) => RUN_ID.test(id) && !/^\.+$/.test(id)))
        return null;
    const value = score === '-' ? null : Number(score);
    if (value !== null && !Number.isFinite(value))
        return null;
    return { verdict, provider: provider, runIds, score: value };
}


/***/ }),

/***/ 8178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ createRepoApi)
});

// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
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

// EXTERNAL MODULE: ./src/report/github/retry.ts
var retry = __webpack_require__(5566);
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
        if (!(0,retry/* rateLimitWaitOk */.Fc)(retryAfterS, retryCount, bounds))
            return false;
        return timing.sleep(retryAfterS * 1000, bounds.signal).then(() => true, () => false);
    };
    return {
        onRateLimit: waitOut,
        onSecondaryRateLimit: waitOut,
        fallbackSecondaryRateRetryAfter: retry/* SECONDARY_LIMIT_FALLBACK_S */.E4,
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
    const [{ getOctokit }, { throttling }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(137), __webpack_require__.e(942), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 2413)), __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 6856))]);
    const timing = limits.timing ?? retry/* REAL_GITHUB_TIMING */.Az;
    const options = { baseUrl: apiUrl, throttle: throttleOptions(limits.bounds, timing) };
    const octokit = getOctokit(token, options, (0,retry/* boundedRequests */.sl)(limits.bounds, limits.stop, timing), throttling);
    // `written` is what a person reads on GitHub (a comment, a label, a status), built from redacted text
    // and redacted once more, the last guard; `params` only find things (numbers, SHAs) and go as they are.
    const call = async (route, params, written = {}) => (await octokit.request(route, { ...where, ...params, ...(0,redact/* redactDeep */.KL)(written) })).data;
    const list = async (route, params) => (await octokit.paginate(route, { ...where, per_page: 100, ...params }));
    let viewer = null;
    return {
        // GraphQL's viewer answers every kind of token; REST GET /user refuses installation tokens.
        viewerLogin: () => (viewer ??= octokit.graphql('query { viewer { login } }').then((data) => data.viewer.login)),
        pull: async (pullNumber) => toPull(await call('GET /repos/{owner}/{repo}/pulls/{pull_number}', { pull_number: pullNumber })),
        comments: (pullNumber) => ({
            listComments: async () => (await list('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: pullNumber })).map(toComment),
            createComment: async (body) => toComment(await call('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: pullNumber }, { body })),
            updateComment: async (id, body) => toComment(await call('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { comment_id: id }, { body })),
            deleteComment: async (id) => {
                await call('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { comment_id: id });
            },
            addLabel: async (label) => {
                await call('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { issue_number: pullNumber }, { labels: [label] });
            },
        }),
        openPullsByHead: async (head) => (await list('GET /repos/{owner}/{repo}/pulls', { state: 'open', head })).map(toPull),
        pullsOfCommit: async (sha) => (await list('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { commit_sha: sha })).map(toPull),
        setCommitStatus: async (sha, status) => {
            await call('POST /repos/{owner}/{repo}/statuses/{sha}', { sha, state: status.state }, { context: status.context, description: status.description, ...(status.targetUrl ? { target_url: status.targetUrl } : {}) });
        },
        // One page each, never paginated: the baseline search makes a bounded number of calls.
        commitHistory: async (sha, perPage) => (await call('GET /repos/{owner}/{repo}/commits', { sha, per_page: perPage })).map((c) => ({ sha: c.sha, parents: c.parents.map((p) => p.sha) })),
        statusesOf: async (sha) => (await call('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { ref: sha, per_page: 100 })).map((s) => ({
            context: s.context,
            state: s.state,
            description: s.description ?? null,
            creator: s.creator ? { login: s.creator.login, type: s.creator.type } : null,
        })),
        mergeBase: async (base, head) => (await call('GET /repos/{owner}/{repo}/compare/{basehead}', {
            basehead: `${base}...${head}`,
        })).merge_base_commit.sha,
        collaboratorPermission: async (username) => {
            try {
                const data = await call('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { username });
                return { permission: String(data.permission ?? 'none'), roleName: typeof data.role_name === 'string' ? data.role_name : null };
            }
            catch (error) {
                if (error.status === 404)
                    return null;
                throw error;
            }
        },
    };
}


/***/ }),

/***/ 6935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ runnerContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

function readEvent(path) {
    if (!path)
        return {};
    try {
        const parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
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


/***/ }),

/***/ 5566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ REAL_GITHUB_TIMING),
/* harmony export */   E4: () => (/* binding */ SECONDARY_LIMIT_FALLBACK_S),
/* harmony export */   Fc: () => (/* binding */ rateLimitWaitOk),
/* harmony export */   LF: () => (/* binding */ PENDING_BUDGET_MS),
/* harmony export */   N2: () => (/* binding */ phaseBounds),
/* harmony export */   m1: () => (/* binding */ REPORT_BUDGET_MS),
/* harmony export */   sl: () => (/* binding */ boundedRequests)
/* harmony export */ });
/* unused harmony exports GITHUB_REQUEST_TIMEOUT_MS, GITHUB_API_VERSION, GITHUB_RETRIES */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


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
    sleep: (ms, signal) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms, undefined, { signal }),
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
                    const retryable = !(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubTimeoutError */ .Dr || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubStoppedError */ .x5) && typeof status === 'number' && status >= 500;
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
            const hung = new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubTimeoutError */ .Dr(where, timeoutMs);
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
    if (reason instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubTimeoutError */ .Dr)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubStoppedError */ .x5(`${what}: ${reason.message}`);
    const outOfTime = (reason instanceof DOMException && reason.name === 'TimeoutError') || bounds.now() >= bounds.deadlineAtMs;
    if (outOfTime)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubStoppedError */ .x5(`${what}: the time eval-gate gives reporting to GitHub ran out`);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubStoppedError */ .x5(`${what}: the job was cancelled`);
}


/***/ })

};
