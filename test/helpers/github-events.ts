// A workflow_run event as GitHub sends it (checked against @octokit/openapi-webhooks in test/unit/github-fake.test.ts
// for the fields eval-gate reads), for the GitHub tests in-process and through the built action.
export const HEAD = 'c0ffee00'.repeat(5);
export const REPO_URL = 'https://api.github.com/repos/acme/widgets';

/** A workflow_run item of pull_requests, as GitHub sends it: base.repo has an id and a URL, no full name. */
export const listed = (number: number, sha = HEAD, base = { id: 1, url: REPO_URL, name: 'widgets' }) => ({
  id: 9000 + number,
  number,
  url: `${REPO_URL}/pulls/${number}`,
  head: { ref: 'feat', sha, repo: { id: 1, url: REPO_URL, name: 'widgets' } },
  base: { ref: 'main', sha: 'ba5e'.repeat(10), repo: base },
});

export const runEvent = (over: Record<string, unknown> = {}) => ({
  workflow_run: {
    id: 555,
    name: 'CI',
    path: '.github/workflows/ci.yml',
    event: 'pull_request',
    head_sha: HEAD,
    head_branch: 'feat',
    head_repository: { full_name: 'acme/widgets', owner: { login: 'acme' } },
    run_number: 41,
    run_attempt: 1,
    pull_requests: [],
    ...over,
  },
  repository: { id: 1, full_name: 'acme/widgets' },
});
