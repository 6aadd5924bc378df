export const id = 337;
export const ids = [337,552];
export const modules = {

/***/ 7403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ footer),
/* harmony export */   v: () => (/* binding */ FOOTER_START)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);

/** How the footer starts, so that a section can be put above it (the trend, in the sticky comment). */
const FOOTER_START = '_eval-gate';
/** The last line: where the report came from and when. The time is kept here so comparisons can leave it out. */
function footer(context, now) {
    const parts = ['eval-gate'];
    if (context.workflowRunUrl)
        parts.push((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .safeLink */ .o3)('workflow run', context.workflowRunUrl));
    if (context.commitSha)
        parts.push(`commit ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(context.commitSha.slice(0, 12), 12)}`);
    parts.push(`updated ${now.toISOString().replace(/\.\d+Z$/, 'Z')}`);
    return `_${parts.join(' · ')}_`;
}


/***/ }),

/***/ 5397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ noticeBlock),
/* harmony export */   Xf: () => (/* binding */ placeBlock),
/* harmony export */   kz: () => (/* binding */ commentWithDecision)
/* harmony export */ });
/* unused harmony exports decisionBlock, awaitingBlock, notCoveredBlock */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);
/* harmony import */ var _review_command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2941);
/* harmony import */ var _review_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4271);
// The block a decision adds to the sticky comment: who, when, why, what was failing. Every piece of it is escaped.



const short = (sha) => sha.slice(0, 7);
/** `2026-01-01T12:00:00Z` as `2026-01-01 12:00 UTC`; anything else escaped as it is. */
function when(at) {
    const match = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)/.exec(at);
    return match ? `${match[1]} ${match[2]} UTC` : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(at, 40);
}
function wasFailing(decision) {
    const { labels, items } = decision.failing;
    if (items.length === 0)
        return 'nothing';
    const shown = labels.map((label) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(label, 160)).join('; ');
    const more = items.length > labels.length ? `; and ${items.length - labels.length} more` : '';
    return `${shown}${more}${decision.failing.complete ? '' : ' (the vendor listed only some failing records)'}`;
}
/** The decision's block, between markers so that the next decision replaces it. */
function decisionBlock(decision) {
    const title = decision.decision === 'approve' ? '✅ **Approved**' : '⛔ **Rejected**';
    const lines = [
        `> ${title} by ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(`@${decision.by}`, 60)} on ${when(decision.at)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(decision.reason, 500)}`,
        `> **${decision.decision === 'approve' ? 'Was failing' : 'Failing'}:** ${wasFailing(decision)}`,
    ];
    if (decision.carriedFrom) {
        lines.push(`> _Carried forward from commit ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(short(decision.carriedFrom), 10)}: what fails now is the same as, or less than, what was approved._`);
    }
    return `${_review_record_js__WEBPACK_IMPORTED_MODULE_1__/* .BLOCK_START */ .bj}\n${lines.join('\n>\n')}\n${_review_record_js__WEBPACK_IMPORTED_MODULE_1__/* .BLOCK_END */ .i2}`;
}
/** Shown while a run flagged for review waits for a person. */
function awaitingBlock() {
    return `${_review_record_js__WEBPACK_IMPORTED_MODULE_1__/* .BLOCK_START */ .bj}\n> ⏳ **Awaiting review.** A person with write access comments \`${_review_command_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMAND */ .Wr} approve <reason>\` or \`${_review_command_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMAND */ .Wr} reject <reason>\`.\n${_review_record_js__WEBPACK_IMPORTED_MODULE_1__/* .BLOCK_END */ .i2}`;
}
/** Said when an approval of an earlier commit does not cover this one. */
function notCoveredBlock(decision, newCount) {
    const what = newCount === null ? 'the vendor listed only some failing records, so they cannot be matched' : `${newCount} newly failing item(s)`;
    return `${_review_record_js__WEBPACK_IMPORTED_MODULE_1__/* .BLOCK_START */ .bj}\n> ⚠️ The approval by ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(`@${decision.by}`, 60)} for commit ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(short(decision.sha), 10)} does not carry forward: ${what}. A new \`${_review_command_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMAND */ .Wr} approve <reason>\` is needed.\n${_review_record_js__WEBPACK_IMPORTED_MODULE_1__/* .BLOCK_END */ .i2}`;
}
/** Puts the block under the report's title (its first `## ` line), or first when there is none; withoutDecision takes it out again. */
function placeBlock(markdown, block) {
    const title = /^## .*$/m.exec(markdown);
    if (!title)
        return `${block}\n\n${markdown}`;
    const end = title.index + title[0].length;
    return `${markdown.slice(0, end)}\n\n${block}${markdown.slice(end)}`;
}
/** The block for what the review has to say on a push. */
function noticeBlock(notice) {
    if (notice.kind === 'awaiting')
        return awaitingBlock();
    if (notice.kind === 'decision')
        return decisionBlock(notice.decision);
    return notCoveredBlock(notice.decision, notice.newCount);
}
/** The gate's comment after a command: the decision's hidden line and block in place of the last ones; null withdraws it. */
function commentWithDecision(body, state, decision) {
    const clean = (0,_review_record_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutDecision */ .Pt)(body);
    const withLine = decision ? (0,_review_record_js__WEBPACK_IMPORTED_MODULE_1__/* .withHeaderLines */ .Xo)(clean, [(0,_review_record_js__WEBPACK_IMPORTED_MODULE_1__/* .decisionLine */ .ZS)(decision)]) : clean;
    const block = decision ? decisionBlock(decision) : state.held && state.verdict === 'pass' ? awaitingBlock() : null;
    return block ? placeBlock(withLine, block) : withLine;
}


/***/ }),

/***/ 214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YP: () => (/* binding */ reviewOnPush),
/* harmony export */   fd: () => (/* binding */ reviewedComment),
/* harmony export */   oq: () => (/* binding */ reusingFirstListing),
/* harmony export */   y5: () => (/* binding */ reviewedStatus)
/* harmony export */ });
/* harmony import */ var _review_outcome_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5582);
/* harmony import */ var _review_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4271);
/* harmony import */ var _commit_status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4226);
/* harmony import */ var _approval_block_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5397);
/* harmony import */ var _pr_comment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4548);
/* harmony import */ var _sticky_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(617);






/** The decision in the gate's own comment on the PR; none when there is no comment to read it from. */
async function previousDecision(api, pullNumber, settings, context, report) {
    try {
        const newest = await (0,_sticky_js__WEBPACK_IMPORTED_MODULE_5__/* .ourNewestComment */ .ec)(api.comments(pullNumber), (0,_sticky_js__WEBPACK_IMPORTED_MODULE_5__/* .markerFor */ ._Z)((0,_pr_comment_js__WEBPACK_IMPORTED_MODULE_4__/* .gateKey */ .l)(settings, context)), await api.viewerLogin());
        return (0,_review_record_js__WEBPACK_IMPORTED_MODULE_1__/* .readDecision */ .B1)(newest?.body ?? null);
    }
    catch (error) {
        report('reading the approval from the pull-request comment', error, "'pull-requests: read'");
        return null;
    }
}
/** What review makes of this commit; without GitHub (no PR, no token), nothing remembered: a held run stays pending. */
async function reviewOnPush(gate, settings, context, github) {
    const { state, description } = (0,_commit_status_js__WEBPACK_IMPORTED_MODULE_2__/* .commitStatusOf */ .Zl)(gate, settings, context);
    let previous = null;
    if (github?.pullNumber && github.sha)
        previous = await previousDecision(github.api, github.pullNumber, settings, context, github.report);
    const sha = github?.sha ?? context.commitSha ?? '';
    return (0,_review_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .reviewOutcome */ .fy)(gate, { reviewRequired: settings.review === 'required', sha, ruleStatus: { state, description }, previous });
}
/** The status as GitHub takes it: the gate's context, a fitted description. */
function reviewedStatus(outcome, settings, context) {
    return {
        state: outcome.status.state,
        context: (0,_commit_status_js__WEBPACK_IMPORTED_MODULE_2__/* .statusContext */ .s)(settings),
        description: (0,_commit_status_js__WEBPACK_IMPORTED_MODULE_2__/* .fitted */ .$5)(outcome.status.description),
        targetUrl: context.workflowRunUrl,
    };
}
/** The comment with the review's hidden lines on top and its block under the title. */
function reviewedComment(markdown, outcome) {
    return `${outcome.header.join('\n')}\n${outcome.notice ? (0,_approval_block_js__WEBPACK_IMPORTED_MODULE_3__/* .placeBlock */ .Xf)(markdown, (0,_approval_block_js__WEBPACK_IMPORTED_MODULE_3__/* .noticeBlock */ .AS)(outcome.notice)) : markdown}`;
}
/**
 * The API with each PR's first comment listing kept for one more call: the
 * review reads the comments just before the sticky comment does, with no write
 * in between, so GitHub is asked once.
 */
function reusingFirstListing(api) {
    const kept = new Map();
    const comments = (pullNumber) => {
        const inner = api.comments(pullNumber);
        const listComments = () => {
            const listing = kept.get(pullNumber);
            if (listing) {
                kept.delete(pullNumber);
                return listing;
            }
            const fresh = inner.listComments();
            kept.set(pullNumber, fresh);
            // A failed listing is not kept: the next caller asks again.
            fresh.catch(() => kept.delete(pullNumber));
            return fresh;
        };
        return { ...inner, listComments };
    };
    return { ...api, comments };
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



const toStatus = (s) => ({
    context: s.context,
    state: s.state,
    description: s.description ?? null,
    creator: s.creator ? { login: s.creator.login, type: s.creator.type } : null,
    targetUrl: s.target_url ?? null,
});
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
    changedFiles: typeof p.changed_files === 'number' ? p.changed_files : null,
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
    /** At most `maxPages` pages of 100; `complete` is false when GitHub had more. */
    const pagesOf = async (route, params, maxPages, map) => {
        const items = [];
        let pages = 0;
        for await (const page of octokit.paginate.iterator(route, { ...where, per_page: 100, ...params })) {
            items.push(...page.data.map(map));
            pages += 1;
            if (pages >= maxPages)
                return { items, complete: !/rel="next"/.test(String(page.headers.link ?? '')) };
        }
        return { items, complete: true };
    };
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
        statusesOf: async (sha) => (await call('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { ref: sha, per_page: 100 })).map(toStatus),
        everyStatusOf: (sha, maxPages) => pagesOf('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { ref: sha }, maxPages, toStatus),
        pullFiles: (pullNumber, maxPages) => pagesOf('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { pull_number: pullNumber }, maxPages, (f) => ({ filename: f.filename, previousFilename: f.previous_filename ?? null })),
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

/***/ 7910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ ACTION_IO)
/* harmony export */ });
/* harmony import */ var _guarded_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9552);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5566);


const ACTION_IO = { log: _guarded_core_js__WEBPACK_IMPORTED_MODULE_0__.core, timing: _retry_js__WEBPACK_IMPORTED_MODULE_1__/* .REAL_GITHUB_TIMING */ .Az };


/***/ }),

/***/ 4548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kd: () => (/* binding */ pullRequestNumber),
/* harmony export */   l: () => (/* binding */ gateKey),
/* harmony export */   rh: () => (/* binding */ commentOnPullRequest)
/* harmony export */ });
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6472);
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9601);
/* harmony import */ var _sticky_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(617);
/* harmony import */ var _trend_data_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9686);




function gateKey(settings, context) {
    return settings.name ?? [settings.provider, context.workflow, context.job].filter(Boolean).join('/');
}
/** The PR the gate reports on, found from the inputs, the event or a lookup; null (and said) when there is none. */
async function pullRequestNumber(api, settings, context, report, log) {
    const plan = (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_3__/* .planPullRequest */ .KH)(context, settings.prNumber);
    const found = await (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_3__/* .findPullRequest */ ._f)(plan, api).catch((error) => {
        report('finding the pull request', error, "'pull-requests: read'", plan.kind === 'lookup' && plan.optional);
        return null;
    });
    if (!found)
        return null;
    if (found.number === null) {
        (0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .logUntrusted */ .t)(log.info, `eval-gate: no pull-request comment: ${found.why}. The report is in the job summary.`);
        return null;
    }
    (0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .logUntrusted */ .t)(log.info, `eval-gate: pull request #${found.number}, found ${found.how}`);
    return found.number;
}
/**
 * Writes the sticky comment and the label on the PR. Returns the comment's URL.
 * `held`: a run awaits review, which on-failure comments on like a failure.
 */
async function commentOnPullRequest(api, pullNumber, gate, settings, context, comment, report, log) {
    const comments = api.comments(pullNumber);
    let url = null;
    try {
        const outcome = await (0,_sticky_js__WEBPACK_IMPORTED_MODULE_1__/* .upsertStickyComment */ .qD)(comments, {
            author: await api.viewerLogin(),
            marker: (0,_sticky_js__WEBPACK_IMPORTED_MODULE_1__/* .markerFor */ ._Z)(gateKey(settings, context)),
            stamp: context.runStamp,
            sha: context.commitSha,
            body: comment.markdown,
            mode: settings.comment,
            verdict: comment.held ? 'fail' : gate.verdict,
            trend: (0,_trend_data_js__WEBPACK_IMPORTED_MODULE_2__/* .trendPointOf */ .$O)(gate, context.commitSha),
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


/***/ }),

/***/ 4071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hU: () => (/* binding */ isFollowOn),
/* harmony export */   qk: () => (/* binding */ rateLimitResetAtMs),
/* harmony export */   zh: () => (/* binding */ gitHubProblem)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5566);
/* harmony import */ var _poll_retry_after_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2188);



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
    const retryAfterMs = (0,_poll_retry_after_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRetryAfterMs */ .o)(headers['retry-after'], nowMs);
    const resetS = Number(headers['x-ratelimit-reset']);
    const primary = headers['x-ratelimit-remaining'] === '0';
    const secondary = /secondary rate limit/i.test(e.message ?? '');
    if (!primary && !secondary && retryAfterMs === null)
        return null;
    if (retryAfterMs !== null)
        return nowMs + retryAfterMs;
    if (primary && Number.isFinite(resetS) && resetS > 0)
        return resetS * 1000;
    return nowMs + _retry_js__WEBPACK_IMPORTED_MODULE_1__/* .SECONDARY_LIMIT_FALLBACK_S */ .E4 * 1000;
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
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubTimeoutError */ .Dr) {
        return `eval-gate: ${what} skipped: ${error.message}, so the rest of the report to GitHub is skipped too. Check GITHUB_API_URL and the runner's network to it, or githubstatus.com.`;
    }
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubStoppedError */ .x5)
        return `eval-gate: ${what} skipped: ${error.message}.`;
    const status = error.status;
    const fix = fixFor(status, permission, error, nowMs);
    return `eval-gate: ${what} skipped (${status ? `HTTP ${status}: ` : ''}${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}).${fix ? ` ${fix}` : ''}`;
}
/** Skipped because an earlier call already failed for good: said once, not in every line. */
const isFollowOn = (error) => error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubStoppedError */ .x5;


/***/ }),

/***/ 9601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ planPullRequest),
/* harmony export */   _f: () => (/* binding */ findPullRequest)
/* harmony export */ });
/* unused harmony export choosePullRequest */
const numberOf = (value) => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null);
const short = (sha) => sha.slice(0, 12);
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
            return { number: byHead.number, how: `by its head ${plan.head} at ${short(plan.sha)} (${plan.why})` };
    }
    const byCommit = choosePullRequest(await api.pullsOfCommit(plan.sha), plan.sha, plan.base);
    if (byCommit)
        return { number: byCommit.number, how: `by its head commit ${short(plan.sha)} (${plan.why})` };
    return { number: null, why: `no open pull request has head commit ${short(plan.sha)} (${plan.why})` };
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


/***/ }),

/***/ 617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _Z: () => (/* binding */ markerFor),
/* harmony export */   ec: () => (/* binding */ ourNewestComment),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony exports stampLine, parseStamp, stampWorkflow, isOlderThan */
/* harmony import */ var _trend_data_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9686);

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
/** The gate's newest sticky comment by the token's own account, or null: what the review reads its memory from. */
async function ourNewestComment(api, marker, author) {
    const ours = (await api.listComments()).filter(isOurs(marker, author));
    return ours.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id).at(-1) ?? null;
}
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
    if (options.mode === 'aggregate')
        return { action: 'skipped', reason: "comment is aggregate: the aggregate step's comment has this gate's section" };
    const ours = (await api.listComments())
        .filter(isOurs(options.marker, options.author))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
    const newest = ours.at(-1);
    const trended = options.trend ? (0,_trend_data_js__WEBPACK_IMPORTED_MODULE_0__/* .withTrend */ .Mn)(options.body, newest?.body ?? null, options.trend) : null;
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


/***/ }),

/***/ 403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wt: () => (/* binding */ publishToGitHub),
/* harmony export */   cR: () => (/* binding */ setPendingStatus),
/* harmony export */   fA: () => (/* binding */ openSession),
/* harmony export */   lW: () => (/* binding */ problemReporter),
/* harmony export */   s3: () => (/* binding */ COMMENT_PERMISSION)
/* harmony export */ });
/* harmony import */ var _poll_cancel_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7111);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8178);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5566);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7910);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6472);
/* harmony import */ var _commit_status_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4226);
/* harmony import */ var _problem_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4071);
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9601);
/* harmony import */ var _pr_comment_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4548);
/* harmony import */ var _approval_push_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(214);
/* harmony import */ var _review_outcome_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5582);
/* harmony import */ var _baseline_record_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(159);












const COMMENT_PERMISSION = "'pull-requests: write' (or 'issues: write')";
/** Says each failure once, as a warning; a call skipped only because an earlier one failed for good is an info line. */
function problemReporter(io = _io_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_IO */ .O) {
    let warned = false;
    return (what, error, permission = COMMENT_PERMISSION, quiet = false) => {
        const line = (0,_problem_js__WEBPACK_IMPORTED_MODULE_5__/* .gitHubProblem */ .zh)(what, error, permission, io.timing.now());
        if (quiet || (warned && (0,_problem_js__WEBPACK_IMPORTED_MODULE_5__/* .isFollowOn */ .hU)(error)))
            return io.log.info(line);
        warned = true;
        io.log.warning(line);
    };
}
function repositoryOf(context) {
    const [owner, repo] = (context.repository ?? '').split('/');
    return owner && repo ? { owner, repo } : null;
}
/** The API for one phase, bounded by its budget and by cancellation; null when there is nothing to report with. */
async function openSession(settings, context, budgetMs, report, io = _io_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_IO */ .O) {
    const repository = repositoryOf(context);
    if (!repository)
        return null;
    if (!settings.githubToken) {
        io.log.info('eval-gate: github-token is empty, so no pull-request comment or commit status');
        return null;
    }
    const cancel = new AbortController();
    const stopListening = (0,_poll_cancel_js__WEBPACK_IMPORTED_MODULE_10__/* .onCancel */ .A)(() => cancel.abort());
    const limits = { ...(0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .phaseBounds */ .N2)(budgetMs, cancel.signal, io.timing.now), timing: io.timing };
    try {
        const api = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .createRepoApi */ .v)(settings.githubToken, repository, context.apiUrl, limits);
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
    const plan = (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_11__/* .planPullRequest */ .KH)(context, settings.prNumber);
    if (plan.kind !== 'known') {
        (0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .logUntrusted */ .t)(log.info, `eval-gate: no commit status: ${plan.kind === 'none' ? plan.why : 'no pull request'}`);
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
async function setStatusOn(api, sha, status, report, log) {
    await api.setCommitStatus(sha, status).then(() => log.info(`eval-gate: commit status "${status.context}" set to ${status.state} on ${sha.slice(0, 12)}`), (error) => report('the commit status', error, "'statuses: write'"));
}
/** The machine-readable record of this push run (baseline-record.ts), on the pushed commit. */
async function writeRecord(api, gate, settings, context, report, log) {
    const status = (0,_baseline_record_js__WEBPACK_IMPORTED_MODULE_9__/* .recordStatus */ .Ms)(gate, settings, context.workflowRunUrl);
    const sha = context.commitSha;
    if (!status || !sha)
        return log.info('eval-gate: no baseline record: the run ids do not fit in a commit status (140 characters)');
    await api.setCommitStatus(sha, status).then(() => log.info(`eval-gate: baseline record "${status.context}" (${status.state}) written on ${sha.slice(0, 12)}`), (error) => report('the baseline record (a commit status)', error, "'statuses: write'"));
}
/** Marks the commit status pending while the gate polls, within PENDING_BUDGET_MS; the final status follows from publishToGitHub. */
async function setPendingStatus(settings, vendorLabel, context, io = _io_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_IO */ .O) {
    if (!(0,_commit_status_js__WEBPACK_IMPORTED_MODULE_4__/* .wantsCommitStatus */ .nA)(settings.commitStatus, context.eventName))
        return;
    const report = problemReporter(io);
    const session = await openSession(settings, context, _retry_js__WEBPACK_IMPORTED_MODULE_1__/* .PENDING_BUDGET_MS */ .LF, report, io);
    if (!session)
        return;
    try {
        const sha = await statusShaOf(session.api, settings, context, report, io.log);
        if (sha)
            await setStatusOn(session.api, sha, (0,_commit_status_js__WEBPACK_IMPORTED_MODULE_4__/* .pendingStatusOf */ .Pk)(settings, vendorLabel, context), report, io.log);
    }
    finally {
        session.close();
    }
}
/**
 * Everything written to GitHub itself: the commit status, then the comment and
 * label, all within REPORT_BUDGET_MS. Problems only warn: the verdict, the exit
 * code and the outputs stay as they are. The review (review.ts) may hold the
 * status at pending, or a person's approval turn it to success.
 */
async function publishToGitHub(gate, settings, context, markdown, io = _io_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_IO */ .O) {
    // comment: aggregate posts none of its own: the aggregate step's comment has a section for this gate.
    const ownComment = settings.comment !== 'never' && settings.comment !== 'aggregate';
    const wantsComment = ownComment || (settings.sampleLabel !== null && gate.sampled);
    const wantsStatus = (0,_commit_status_js__WEBPACK_IMPORTED_MODULE_4__/* .wantsCommitStatus */ .nA)(settings.commitStatus, context.eventName);
    // Every push run records its result on the pushed commit, whatever commit-status says: later PRs find it (baseline-run-id: auto).
    const wantsRecord = context.eventName === 'push' && context.commitSha !== null;
    const wantsReview = settings.commitStatus !== 'never' && settings.review === 'required' && gate.sampled;
    const report = problemReporter(io);
    const wanted = wantsComment || wantsStatus || wantsReview || wantsRecord;
    const session = wanted ? await openSession(settings, context, _retry_js__WEBPACK_IMPORTED_MODULE_1__/* .REPORT_BUDGET_MS */ .m1, report, io) : null;
    if (!session)
        return { commentUrl: null, review: (await (0,_approval_push_js__WEBPACK_IMPORTED_MODULE_7__/* .reviewOnPush */ .YP)(gate, settings, context, null)).review };
    try {
        if (wantsRecord)
            await writeRecord(session.api, gate, settings, context, report, io.log);
        // Only a gate a person can decide reads its comment first, for an earlier decision; that listing is then reused.
        const api = (0,_approval_push_js__WEBPACK_IMPORTED_MODULE_7__/* .reusingFirstListing */ .oq)(session.api);
        const readsFirst = wantsComment && (0,_review_outcome_js__WEBPACK_IMPORTED_MODULE_8__/* .needsPerson */ .z6)(gate, settings.review === 'required');
        let pullNumber = readsFirst ? await (0,_pr_comment_js__WEBPACK_IMPORTED_MODULE_6__/* .pullRequestNumber */ .Kd)(api, settings, context, report, io.log) : null;
        const sha = wantsStatus || wantsReview || pullNumber !== null ? await statusShaOf(api, settings, context, report, io.log) : null;
        const outcome = await (0,_approval_push_js__WEBPACK_IMPORTED_MODULE_7__/* .reviewOnPush */ .YP)(gate, settings, context, { api, pullNumber, sha, report });
        // A person's decision, or a run awaiting one, sets the status on any event (unless commit-status is never).
        const decided = settings.commitStatus !== 'never' && outcome.review !== 'none';
        if (sha && (wantsStatus || decided))
            await setStatusOn(api, sha, (0,_approval_push_js__WEBPACK_IMPORTED_MODULE_7__/* .reviewedStatus */ .y5)(outcome, settings, context), report, io.log);
        if (wantsComment && !readsFirst)
            pullNumber = await (0,_pr_comment_js__WEBPACK_IMPORTED_MODULE_6__/* .pullRequestNumber */ .Kd)(api, settings, context, report, io.log);
        const comment = { markdown: (0,_approval_push_js__WEBPACK_IMPORTED_MODULE_7__/* .reviewedComment */ .fd)(markdown, outcome), held: outcome.review === 'pending' };
        const commentUrl = pullNumber === null ? null : await (0,_pr_comment_js__WEBPACK_IMPORTED_MODULE_6__/* .commentOnPullRequest */ .rh)(api, pullNumber, gate, settings, context, comment, report, io.log);
        return { commentUrl, review: outcome.review };
    }
    finally {
        session.close();
    }
}


/***/ }),

/***/ 9686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $O: () => (/* binding */ trendPointOf),
  Mn: () => (/* binding */ withTrend)
});

// UNUSED EXPORTS: TREND_MAX_CHARS, TREND_POINTS_KEPT, nextTrend, readTrend, trendLine

// EXTERNAL MODULE: ./src/report/footer.ts
var footer = __webpack_require__(7403);
// EXTERNAL MODULE: ./src/numbers.ts
var numbers = __webpack_require__(725);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/table.ts
var table = __webpack_require__(790);
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
    const line = known.length > 0 ? `${sparkline(scores)}${range}` : points.map((p) => table/* MARK */.M$[p.verdict]).join('');
    const rows = points.map((p, i) => [
        String(i + 1),
        (0,report_escape/* escapeInline */.VV)(p.sha.slice(0, 7), 12),
        p.score === null ? '—' : (0,report_escape/* escapeInline */.VV)((0,numbers/* formatScore */.y)(p.score), 40),
        `${table/* MARK */.M$[p.verdict]} ${p.verdict}`,
    ]);
    const parts = [`<details>`, `<summary>Trend over the last ${points.length} pushes: ${line}</summary>`, ''];
    const drawn = chart(points);
    if (drawn)
        parts.push(drawn, '');
    parts.push((0,table/* table */.tp)(['Push', 'Commit', 'Score', 'Verdict'], rows), '', '</details>');
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
    const footerAt = body.lastIndexOf(`\n\n${footer/* FOOTER_START */.v}`);
    const at = footerAt === -1 ? body.length : footerAt;
    return { dataLine: trendLine(points), body: `${body.slice(0, at)}\n\n${section}${body.slice(at)}` };
}


/***/ }),

/***/ 9552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   core: () => (/* binding */ core),
/* harmony export */   maskHeldSecrets: () => (/* binding */ maskHeldSecrets)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6670);


const redacted = (write) => ((...args) => write(...args.map((arg) => (typeof arg === 'string' ? (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(arg) : arg))));
/**
 * @actions/core with every line, annotation, group title and output redacted
 * (redact.ts): the last guard before the runner, for text that no escape saw.
 * setSecret is left as it is, for it must get the secret itself.
 */
const core = {
    ..._actions_core__WEBPACK_IMPORTED_MODULE_0__,
    debug: redacted(_actions_core__WEBPACK_IMPORTED_MODULE_0__.debug),
    info: redacted(_actions_core__WEBPACK_IMPORTED_MODULE_0__.info),
    notice: redacted(_actions_core__WEBPACK_IMPORTED_MODULE_0__.notice),
    warning: redacted(_actions_core__WEBPACK_IMPORTED_MODULE_0__.warning),
    error: redacted(_actions_core__WEBPACK_IMPORTED_MODULE_0__.error),
    setFailed: redacted(_actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed),
    setOutput: redacted(_actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput),
    startGroup: redacted(_actions_core__WEBPACK_IMPORTED_MODULE_0__.startGroup),
};
/** Tells the runner to mask every secret the gate holds (`::add-mask::`), before anything is written. */
function maskHeldSecrets() {
    for (const secret of (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .heldSecrets */ .hH)())
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(secret);
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


/***/ }),

/***/ 2941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ REASON_MAX_CHARS),
/* harmony export */   RM: () => (/* binding */ parseCommand),
/* harmony export */   Wr: () => (/* binding */ COMMAND)
/* harmony export */ });
// What a person asks of the gate in a pull-request comment. Pure: the event's text in, a command out.
const COMMAND = '/eval-gate';
/** Longer reasons are cut (and say so); the status description shows fewer still. */
const REASON_MAX_CHARS = 500;
const ACTIONS = ['approve', 'reject', 'revoke'];
/**
 * The command on the comment's first line, or null when that line is not
 * addressed to eval-gate. Only the first line counts, so that a command quoted
 * further down a comment (or in a reply quoting it) never acts.
 */
function parseCommand(body) {
    const firstLine = body.replace(/^\uFEFF/, '').split(/\r\n?|\n/, 1)[0] ?? '';
    const match = /^\s*\/eval-gate(?:\s+(\S+))?(?:\s+(.*))?$/i.exec(firstLine);
    if (!match)
        return null;
    const word = (match[1] ?? '').toLowerCase();
    const reason = (match[2] ?? '').trim();
    const action = ACTIONS.find((a) => a === word);
    if (!action)
        return {
            ok: false,
            problem: `the command is \`${COMMAND} approve <reason>\`, \`${COMMAND} reject <reason>\` or \`${COMMAND} revoke\``,
        };
    if (action !== 'revoke' && reason === '')
        return { ok: false, problem: `\`${COMMAND} ${action}\` needs a reason after it, on the same line` };
    return { ok: true, action, reason };
}


/***/ }),

/***/ 5582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $V: () => (/* binding */ decisionStatus),
  z6: () => (/* binding */ needsPerson),
  fy: () => (/* binding */ reviewOutcome)
});

// UNUSED EXPORTS: AWAITING_REVIEW

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/review/failing.ts
// What an approval is bound to: the rules that failed, the failing records, and the runs held for review.

/** Labels kept for the report; the hashes keep the rest. */
const LABELS_KEPT = 8;
/** Items kept at most; more make the set incomplete, which no later push can be covered by. */
const ITEMS_KEPT = 400;
const HASH_CHARS = 16;
const hashOf = (item) => (0,external_node_crypto_.createHash)('sha256').update(item).digest('hex').slice(0, HASH_CHARS);
/**
 * The failing items of a gate. Run ids are left out of rules and records (a
 * new push makes new runs), but a run held for review is itself the item:
 * another run is another sample, which a person has not seen.
 */
function failingOf(gate, held) {
    const labels = new Set();
    let complete = true;
    for (const { run, decision } of gate.runs) {
        for (const check of decision.checks)
            if (check.outcome === 'fail')
                labels.add(`rule: ${check.rule}`);
        for (const record of run.failures)
            labels.add(`record: ${record.name}${record.metric ? ` (${record.metric})` : ''}`);
        if (run.failureCount > run.failures.length)
            complete = false;
        if (held && decision.sampled)
            labels.add(`held for review: ${run.provider} run ${run.runId}`);
    }
    const all = [...labels];
    const items = [...new Set(all.slice(0, ITEMS_KEPT).map(hashOf))].sort();
    return { items, labels: all.slice(0, LABELS_KEPT), complete: complete && all.length <= ITEMS_KEPT };
}
/** True when everything failing now was failing when approved: the same items, or fewer. */
function covers(approved, now) {
    const known = new Set(approved.items);
    return now.complete && now.items.every((item) => known.has(item));
}
/** How many items fail now that the approval did not cover; null when that cannot be known. */
function newlyFailing(approved, now) {
    if (!now.complete)
        return null;
    const known = new Set(approved.items);
    return now.items.filter((item) => !known.has(item)).length;
}

// EXTERNAL MODULE: ./src/review/record.ts
var record = __webpack_require__(4271);
;// CONCATENATED MODULE: ./src/review/outcome.ts


/** A person can decide: the rules failed, or a run is held for review. Only then is an earlier decision read. */
function needsPerson(gate, reviewRequired) {
    return gate.verdict === 'fail' || (reviewRequired && gate.sampled && gate.verdict === 'pass');
}
const AWAITING_REVIEW = 'awaiting review: /eval-gate approve or reject';
/** A person's decision as the commit status says it (GitHub cuts nothing: commit-status.ts fits it). */
function decisionStatus(decision) {
    const carried = decision.carriedFrom ? `, carried from ${decision.carriedFrom.slice(0, 7)}` : '';
    return decision.decision === 'approve'
        ? { state: 'success', description: `approved by @${decision.by}${carried}: ${decision.reason}` }
        : { state: 'failure', description: `rejected by @${decision.by}: ${decision.reason}` };
}
/**
 * The review of one gate on one commit. `ruleStatus` is the status the rules
 * give; `previous` what the sticky comment remembers. An approval carries to a
 * new commit only when what fails now is what was approved, or less; a
 * rejection holds for its own commit only. An error is never approved.
 */
function reviewOutcome(gate, options) {
    const held = options.reviewRequired && gate.sampled;
    const failing = failingOf(gate, held);
    const holding = held && gate.verdict === 'pass';
    const base = holding ? { state: 'pending', description: AWAITING_REVIEW } : options.ruleStatus;
    const state = { sha: options.sha, verdict: gate.verdict, held, failing, status: base };
    const header = [(0,record/* stateLine */.qo)(state)];
    const previous = options.previous;
    const idle = { review: holding ? 'pending' : 'none', status: base, header, notice: holding ? { kind: 'awaiting' } : null };
    if (!previous || !needsPerson(gate, options.reviewRequired))
        return idle;
    if (previous.decision === 'reject') {
        if (previous.sha !== options.sha)
            return idle;
        return {
            review: 'rejected',
            status: decisionStatus(previous),
            header: [...header, (0,record/* decisionLine */.ZS)(previous)],
            notice: { kind: 'decision', decision: previous },
        };
    }
    if (!covers(previous.failing, failing)) {
        return { ...idle, notice: { kind: 'not-covered', decision: previous, newCount: newlyFailing(previous.failing, failing) } };
    }
    const carried = previous.sha === options.sha ? previous : { ...previous, sha: options.sha, carriedFrom: previous.carriedFrom ?? previous.sha };
    return {
        review: 'approved',
        status: decisionStatus(carried),
        header: [...header, (0,record/* decisionLine */.ZS)(carried)],
        notice: { kind: 'decision', decision: carried },
    };
}


/***/ }),

/***/ 4271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ readDecision),
/* harmony export */   Pt: () => (/* binding */ withoutDecision),
/* harmony export */   Xo: () => (/* binding */ withHeaderLines),
/* harmony export */   ZS: () => (/* binding */ decisionLine),
/* harmony export */   bj: () => (/* binding */ BLOCK_START),
/* harmony export */   i2: () => (/* binding */ BLOCK_END),
/* harmony export */   qo: () => (/* binding */ stateLine),
/* harmony export */   un: () => (/* binding */ readState)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2941);
// The review's memory, kept in hidden lines at the top of the gate's own sticky
// comment: only the workflow token's account writes that comment, and only its
// comments are read (a marker quoted by anyone else is ignored). Versioned, and
// base64url-encoded so that no text inside (a reason, a record's name) can
// close the HTML comment or be rendered.


const STATE_PREFIX = '<!-- eval-gate-review: v1 ';
const DECISION_PREFIX = '<!-- eval-gate-decision: v1 ';
const SUFFIX = ' -->';
const SHA = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{7,64}$/);
const FAILING = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    items: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{1,64}$/)).max(1000),
    labels: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(300)).max(50),
    complete: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
});
const STATE = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    sha: SHA,
    verdict: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail', 'error']),
    held: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    failing: FAILING,
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ state: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pending', 'success', 'failure', 'error']), description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(300) }),
});
const DECISION = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    decision: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['approve', 'reject']),
    by: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(100),
    at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(40),
    sha: SHA,
    failing: FAILING,
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(_command_js__WEBPACK_IMPORTED_MODULE_1__/* .REASON_MAX_CHARS */ .KX * 2),
    carriedFrom: SHA.nullable(),
    commentUrl: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(500).nullable(),
});
const encode = (prefix, value) => `${prefix}${Buffer.from(JSON.stringify(value)).toString('base64url')}${SUFFIX}`;
/** The hidden lines a comment starts with: marker, run stamp, trend, review; reading stops at the first other line. */
function headerLines(body) {
    const lines = [];
    for (const line of body.split('\n')) {
        if (!/^<!-- eval-gate[\w-]*:.* -->$/.test(line))
            break;
        lines.push(line);
    }
    return lines;
}
function decode(body, prefix, schema) {
    const line = headerLines(body ?? '').find((l) => l.startsWith(prefix) && l.endsWith(SUFFIX));
    if (!line)
        return null;
    const data = line.slice(prefix.length, -SUFFIX.length);
    if (!/^[\w-]*$/.test(data))
        return null;
    try {
        const parsed = schema.safeParse(JSON.parse(Buffer.from(data, 'base64url').toString('utf8')));
        return parsed.success ? parsed.data : null;
    }
    catch {
        return null;
    }
}
const stateLine = (state) => encode(STATE_PREFIX, state);
const decisionLine = (decision) => encode(DECISION_PREFIX, decision);
/** An unreadable line (another version, damaged) reads as none: the gate then asks for a new decision. */
const readState = (body) => decode(body, STATE_PREFIX, STATE);
const readDecision = (body) => decode(body, DECISION_PREFIX, DECISION);
const BLOCK_START = '<!-- eval-gate-decision-block -->';
const BLOCK_END = '<!-- /eval-gate-decision-block -->';
const BLOCK = new RegExp(`\\n\\n${BLOCK_START}[\\s\\S]*?${BLOCK_END}|${BLOCK_START}[\\s\\S]*?${BLOCK_END}\\n\\n`, 'g');
/** The body without a decision's hidden line and its block (as placeBlock put it), ready for a new one. */
function withoutDecision(body) {
    return body
        .split('\n')
        .filter((line) => !line.startsWith(DECISION_PREFIX))
        .join('\n')
        .replace(BLOCK, '');
}
/** The body with `lines` added to its hidden header, after the lines already there. */
function withHeaderLines(body, lines) {
    const all = body.split('\n');
    const at = headerLines(body).length;
    return [...all.slice(0, at), ...lines, ...all.slice(at)].join('\n');
}


/***/ })

};
