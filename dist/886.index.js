export const id = 886;
export const ids = [886];
export const modules = {

/***/ 8886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runnerContext: () => (/* binding */ runnerContext)
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


/***/ })

};
