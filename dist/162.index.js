export const id = 162;
export const ids = [162];
export const modules = {

/***/ 2162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  answeredComment: () => (/* binding */ answeredComment)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/inputs/inputs.ts + 3 modules
var inputs = __webpack_require__(9693);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/review/command.ts
var review_command = __webpack_require__(2941);
;// CONCATENATED MODULE: ./src/review/event.ts
// The issue_comment event as the review reads it: who wrote what, on which pull request.
const event_text = (value) => (typeof value === 'string' ? value : null);
/** Null when the payload is not an issue comment with an author (then there is nothing to act on). */
function commentEventOf(event) {
    const comment = event.comment;
    const user = comment?.user;
    const login = event_text(user?.login);
    if (!comment || !login)
        return null;
    const issue = event.issue;
    const number = issue?.number;
    return {
        action: event_text(event.action) ?? '',
        body: event_text(comment.body) ?? '',
        createdAt: event_text(comment.created_at) ?? '',
        htmlUrl: event_text(comment.html_url),
        // An app's or a bot account's comment: GitHub marks its user as a Bot, and app logins end in [bot].
        author: { login, isBot: user?.type === 'Bot' || /\[bot\]$/i.test(login) },
        prNumber: issue?.pull_request && typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : null,
        prAuthor: event_text(issue?.user?.login),
    };
}

// EXTERNAL MODULE: ./src/report/guarded-core.ts
var guarded_core = __webpack_require__(9552);
// EXTERNAL MODULE: ./src/report/log.ts
var log = __webpack_require__(6472);
// EXTERNAL MODULE: ./src/review/outcome.ts + 1 modules
var outcome = __webpack_require__(5582);
;// CONCATENATED MODULE: ./src/review/decide.ts
// A person's command against what the gate remembers of the PR's head commit. Pure.


const decide_short = (sha) => sha.slice(0, 7);
/** The reason as stored: one line, cut to REASON_MAX_CHARS (with an ellipsis); every place that shows it escapes it. */
function storedReason(reason) {
    const chars = Array.from(reason.replace(/\s+/g, ' ').trim());
    return chars.length <= review_command/* REASON_MAX_CHARS */.KX ? chars.join('') : `${chars.slice(0, review_command/* REASON_MAX_CHARS */.KX - 1).join('')}…`;
}
function decideCommand(input) {
    const { state } = input;
    if (!state)
        return { kind: 'refused', reply: 'this gate has no report on this pull request yet, so there is nothing to decide' };
    if (state.sha !== input.headSha) {
        return {
            kind: 'refused',
            reply: `the gate has not yet reported on the head commit ${decide_short(input.headSha)} (its report is for ${decide_short(state.sha)}); comment again once it has`,
        };
    }
    const current = input.current?.sha === input.headSha ? input.current : null;
    if (input.action === 'revoke') {
        if (!current)
            return { kind: 'refused', reply: 'there is no approval or rejection on this commit to revoke' };
        const review = state.held && state.verdict === 'pass' ? 'pending' : 'none';
        return {
            kind: 'recorded',
            decision: null,
            status: state.status,
            review,
            summary: `${current.decision === 'approve' ? 'approval' : 'rejection'} revoked`,
        };
    }
    if (state.verdict === 'error') {
        return { kind: 'refused', reply: 'the gate could not decide (its verdict is error), and that is never approved; re-run it' };
    }
    if (state.verdict === 'pass' && !state.held)
        return { kind: 'refused', reply: 'the gate passed and no review is awaited: there is nothing to decide' };
    const decision = {
        decision: input.action,
        by: input.by,
        at: input.at,
        sha: input.headSha,
        failing: state.failing,
        reason: storedReason(input.reason),
        carriedFrom: null,
        commentUrl: input.commentUrl,
    };
    const review = input.action === 'approve' ? 'approved' : 'rejected';
    return {
        kind: 'recorded',
        decision,
        status: (0,outcome/* decisionStatus */.$V)(decision),
        review,
        summary: `${input.action === 'approve' ? 'approved' : 'rejected'} by @${input.by}`,
    };
}

// EXTERNAL MODULE: ./src/review/record.ts
var record = __webpack_require__(4271);
;// CONCATENATED MODULE: ./src/review/who.ts
// Who may decide: asked of GitHub at the time of the comment, never read from the comment's text.
/** The permissions that may decide: GitHub's `permission` says write for maintain, `role_name` names it. */
const DECIDING_ROLES = new Set(['admin', 'maintain', 'write']);
/** Why this author may not decide, before GitHub is asked; null when GitHub's answer decides. */
function refusalBeforeAsking(author, prAuthor, deciders) {
    const login = author.login.toLowerCase();
    if (author.isBot)
        return 'a bot or app account cannot approve or reject; a person must';
    if (!deciders.allowSelfApproval && prAuthor !== null && prAuthor.toLowerCase() === login) {
        return "the pull request's author cannot approve or reject it (allow-self-approval is false)";
    }
    if (deciders.approvers.length > 0 && !deciders.approvers.includes(login))
        return 'only the users listed in approvers may approve or reject';
    return null;
}
/** Why GitHub's permission does not let the author decide; null when it does. */
function refusalByPermission(permission) {
    if (permission && (DECIDING_ROLES.has(permission.permission) || DECIDING_ROLES.has(permission.roleName ?? '')))
        return null;
    const held = permission ? (permission.roleName ?? permission.permission) : 'none';
    return `only users with write, maintain or admin permission on the repository may approve or reject (GitHub says: ${held})`;
}

// EXTERNAL MODULE: ./src/report/github/commit-status.ts
var commit_status = __webpack_require__(4226);
// EXTERNAL MODULE: ./src/report/github/approval-block.ts
var approval_block = __webpack_require__(5397);
// EXTERNAL MODULE: ./src/report/github/pr-comment.ts
var pr_comment = __webpack_require__(4548);
// EXTERNAL MODULE: ./src/report/github/sticky.ts
var sticky = __webpack_require__(617);
;// CONCATENATED MODULE: ./src/report/github/approval-command.ts
// A person's `/eval-gate approve|reject|revoke` comment, on an issue_comment event: checked, then recorded.











const ignored = { review: 'ignored', failure: null };
const failed = (failure) => ({ review: 'ignored', failure });
/** A GitHub login as GitHub spells them is mentioned; anything else is escaped like any other text. */
const mention = (login) => (/^[A-Za-z\d](?:[A-Za-z\d-]{0,38})$/.test(login) ? `@${login}` : (0,report_escape/* escapeInline */.VV)(login, 60));
/** The short reply that says why nothing changed. A reply that cannot be posted is only a warning. */
async function reply(api, event, why, report) {
    (0,log/* logUntrusted */.t)(guarded_core.core.info, `eval-gate: ${event.author.login}'s command changed nothing: ${why}`);
    if (event.prNumber === null)
        return;
    const body = `${mention(event.author.login)} eval-gate changed nothing: ${why}.`;
    await api
        .comments(event.prNumber)
        .createComment(body)
        .catch((error) => report('the reply to the command', error));
}
/** Who the author is to GitHub now; a failure to ask is a failure to record. */
async function permissionRefusal(api, login, report) {
    try {
        return refusalByPermission(await api.collaboratorPermission(login));
    }
    catch (error) {
        report(`checking ${login}'s permission`, error, "'metadata: read'");
        return error instanceof Error ? error : new Error(String(error));
    }
}
/**
 * Checks who wrote the command and records the decision in the gate's own
 * comment and commit status. Only a newly created comment counts.
 */
async function handleCommand(api, event, command, settings, context, report) {
    const { prNumber } = event;
    if (prNumber === null)
        return (guarded_core.core.info('eval-gate: the comment is on an issue, not a pull request; nothing to do'), ignored);
    if (event.action === 'deleted')
        return ignored;
    if (event.action !== 'created') {
        await reply(api, event, `edited comments are ignored; post a new comment starting with \`${review_command/* COMMAND */.Wr}\``, report);
        return ignored;
    }
    if (!command.ok)
        return (await reply(api, event, command.problem, report), ignored);
    const before = refusalBeforeAsking(event.author, event.prAuthor, settings);
    if (before)
        return (await reply(api, event, before, report), ignored);
    const byPermission = await permissionRefusal(api, event.author.login, report);
    if (byPermission instanceof Error)
        return failed(`could not check ${event.author.login}'s permission on the repository`);
    if (byPermission)
        return (await reply(api, event, byPermission, report), ignored);
    return recordDecision(api, { ...event, prNumber }, command, settings, context, report);
}
async function recordDecision(api, event, command, settings, context, report) {
    const comments = api.comments(event.prNumber);
    let headSha;
    let newest;
    try {
        headSha = (await api.pull(event.prNumber)).headSha;
        newest = await (0,sticky/* ourNewestComment */.ec)(comments, (0,sticky/* markerFor */._Z)((0,pr_comment/* gateKey */.l)(settings, context)), await api.viewerLogin());
    }
    catch (error) {
        report('reading the pull request and its eval-gate comment', error, "'pull-requests: read'");
        return failed("could not read the pull request or the gate's comment on it");
    }
    const state = (0,record/* readState */.un)(newest?.body ?? null);
    const result = decideCommand({
        ...command,
        by: event.author.login,
        at: event.createdAt,
        commentUrl: event.htmlUrl,
        headSha,
        state,
        current: (0,record/* readDecision */.B1)(newest?.body ?? null),
    });
    if (result.kind === 'refused' || !newest || !state) {
        await reply(api, event, result.kind === 'refused' ? result.reply : 'the gate has no comment to record it in', report);
        return ignored;
    }
    try {
        await comments.updateComment(newest.id, (0,approval_block/* commentWithDecision */.kz)(newest.body, state, result.decision));
    }
    catch (error) {
        report("recording the decision in the gate's comment", error);
        return failed("could not record the decision in the gate's comment");
    }
    if (settings.commitStatus !== 'never') {
        const status = { ...result.status, description: (0,commit_status/* fitted */.$5)(result.status.description) };
        try {
            await api.setCommitStatus(headSha, { ...status, context: (0,commit_status/* statusContext */.s)(settings), targetUrl: context.workflowRunUrl });
        }
        catch (error) {
            report('the commit status', error, "'statuses: write'");
            return failed(`recorded, but could not set the commit status "${(0,commit_status/* statusContext */.s)(settings)}"`);
        }
    }
    (0,log/* logUntrusted */.t)(guarded_core.core.info, `eval-gate: ${result.summary} on ${headSha.slice(0, 12)}; commit status ${result.status.state}`);
    return { review: result.review, failure: null };
}

// EXTERNAL MODULE: ./src/report/github/context.ts
var github_context = __webpack_require__(6935);
// EXTERNAL MODULE: ./src/report/github/retry.ts
var retry = __webpack_require__(5566);
// EXTERNAL MODULE: ./src/report/github/to-github.ts + 1 modules
var to_github = __webpack_require__(8880);
// EXTERNAL MODULE: ./src/report/github/io.ts
var github_io = __webpack_require__(7910);
;// CONCATENATED MODULE: ./src/report/github/approval-entry.ts










/** The inputs that name a run: with none, a comment workflow is there for commands alone. */
const RUN_INPUTS = ['run-id', 'run-id-file', 'start', 'start-file'];
/** Stands for the run id a command workflow does not give, so that the other inputs are checked as usual. */
const NO_RUN = 'none';
/**
 * True when the comment was the step's whole business: a command (answered
 * here), or no command in a workflow that names no run. False when the gate
 * should run as on any other event.
 */
async function answeredComment(env, read, core, io = github_io/* ACTION_IO */.O) {
    const runGiven = RUN_INPUTS.some((name) => read(name) !== '');
    const context = (0,github_context/* runnerContext */.c)(env);
    const event = commentEventOf(context.event);
    const command = event ? (0,review_command/* parseCommand */.RM)(event.body) : null;
    if (!event || !command) {
        if (runGiven)
            return false;
        core.info('eval-gate: the comment holds no /eval-gate command on its first line; nothing to do');
        core.setOutput('review', 'ignored');
        return true;
    }
    try {
        const settings = (0,inputs/* reportSettingsOf */.td)((0,inputs/* parseInputs */.TL)((name) => (name === 'run-id' && !runGiven ? NO_RUN : read(name))));
        const report = (0,to_github/* problemReporter */.lW)(io);
        const session = await (0,to_github/* openSession */.fA)(settings, context, retry/* REPORT_BUDGET_MS */.m1, report, io);
        if (!session) {
            core.setFailed('eval-gate: could not record the decision: github-token and GITHUB_REPOSITORY are needed');
            return true;
        }
        try {
            const outcome = await handleCommand(session.api, event, command, settings, context, report);
            core.setOutput('review', outcome.review);
            if (outcome.failure)
                core.setFailed((0,report_escape/* escapeLog */.Ah)(`eval-gate: ${outcome.failure}`));
        }
        finally {
            session.close();
        }
    }
    catch (error) {
        core.setOutput('review', 'ignored');
        core.setFailed((0,report_escape/* escapeLog */.Ah)(`eval-gate: ${(0,errors/* messageOf */.bD)(error)}`));
    }
    return true;
}


/***/ })

};
