export const id = 579;
export const ids = [579];
export const modules = {

/***/ 9579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gitHubProblem: () => (/* binding */ gitHubProblem),
  publishToGitHub: () => (/* binding */ publishToGitHub),
  setPendingStatus: () => (/* binding */ setPendingStatus)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
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
            await (0,promises_.setTimeout)(waitMs);
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
    return { kind: 'lookup', sha, head, why: 'the workflow_run event lists no pull request' };
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
                ? { kind: 'lookup', sha: context.commitSha, head: null, why: `a ${context.eventName} event has no pull request of its own` }
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
        // A push need not belong to a PR: a token that may not list PRs there is not worth a warning on every push.
        if (plan.kind === 'lookup' && plan.head === null && context.eventName !== 'workflow_run')
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


/***/ })

};
