// workflow_run events as GitHub sends them (their shape checked against @octokit/openapi-webhooks in
// test/unit/github-fake.test.ts), and the two-phase pattern's pieces, for the GitHub tests in-process
// and through the built action.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakePull } from '../../sim/github-fake.ts';

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

/** The event a trusted workflow_run workflow gets when a fork PR's CI run completes. */
export const forkRunEvent = (runNumber = 41, attempt = 1) => ({
  workflow_run: {
    id: 555,
    name: 'CI',
    path: '.github/workflows/ci.yml',
    event: 'pull_request',
    conclusion: 'success',
    head_sha: HEAD,
    head_branch: 'main',
    head_repository: { full_name: 'forker/widgets', owner: { login: 'forker' } },
    run_number: runNumber,
    run_attempt: attempt,
    pull_requests: [],
  },
});

/** The fork's PR, and a same-named branch of another fork that must not be picked. */
export const forkPulls = (): FakePull[] => [
  { number: 12, state: 'open', head: { sha: HEAD, ref: 'main', label: 'forker:main', repo: 'forker/widgets' } },
  { number: 13, state: 'open', head: { sha: 'ba5eba11'.repeat(5), ref: 'main', label: 'someone:main', repo: 'someone/widgets' } },
];

/** Phase one's artifact: the run id, written by the untrusted workflow and downloaded by the trusted one. */
export async function runIdArtifact(runId: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'eval-gate-artifact-'));
  await writeFile(join(dir, 'run-id'), `${runId}\n`);
  return join(dir, 'run-id');
}
