import { setTimeout as sleep } from 'node:timers/promises';
import { parseRetryAfterMs } from './retry-after.ts';

export interface IssueComment {
  id: number;
  body: string;
  userType: string | null;
  createdAt: string;
  htmlUrl: string;
}

export interface PullRequestTarget {
  owner: string;
  repo: string;
  number: number;
}

/** The issue-comment and label calls the sticky comment needs; injected so tests can drive a fake server. */
export interface CommentApi {
  listComments(): Promise<IssueComment[]>;
  createComment(body: string): Promise<IssueComment>;
  updateComment(id: number, body: string): Promise<IssueComment>;
  deleteComment(id: number): Promise<void>;
  addLabel(label: string): Promise<void>;
}

interface RawComment {
  id: number;
  body?: string | null;
  user?: { type?: string | null } | null;
  created_at: string;
  html_url: string;
}

const toComment = (c: RawComment): IssueComment => ({
  id: c.id,
  body: c.body ?? '',
  userType: c.user?.type ?? null,
  createdAt: c.created_at,
  htmlUrl: c.html_url,
});

const MAX_ATTEMPTS = 3;
const MAX_WAIT_MS = 60_000;

interface HttpishError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined> };
}

/** 5xx and the secondary rate limit are worth a bounded retry; anything else is final. */
export function gitHubRetryWaitMs(error: unknown, attempt: number, nowMs = Date.now()): number | null {
  const e = error as HttpishError;
  const status = e.status ?? 0;
  const retryAfter = parseRetryAfterMs(e.response?.headers?.['retry-after'], nowMs);
  const rateLimited = (status === 403 || status === 429) && (retryAfter !== null || /rate limit/i.test(e.message ?? ''));
  if (attempt + 1 >= MAX_ATTEMPTS || !(status >= 500 || rateLimited)) return null;
  const waitMs = retryAfter ?? 1000 * 2 ** attempt;
  return waitMs <= MAX_WAIT_MS ? waitMs : null;
}

async function withGitHubRetry<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const waitMs = gitHubRetryWaitMs(error, attempt);
      if (waitMs === null) throw error;
      await sleep(waitMs);
    }
  }
}

/** Loads @actions/github only now, after the verdict, so the first vendor poll does not wait for it. */
export async function createCommentApi(token: string, target: PullRequestTarget, apiUrl: string): Promise<CommentApi> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token, { baseUrl: apiUrl });
  const where = { owner: target.owner, repo: target.repo };
  return {
    listComments: () =>
      withGitHubRetry(async () =>
        (
          (await octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...where,
            issue_number: target.number,
            per_page: 100,
          })) as RawComment[]
        ).map(toComment),
      ),
    createComment: (body) =>
      withGitHubRetry(async () =>
        toComment(
          (
            await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
              ...where,
              issue_number: target.number,
              body,
            })
          ).data as RawComment,
        ),
      ),
    updateComment: (id, body) =>
      withGitHubRetry(async () =>
        toComment(
          (await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...where, comment_id: id, body }))
            .data as RawComment,
        ),
      ),
    deleteComment: (id) =>
      withGitHubRetry(async () => {
        await octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...where, comment_id: id });
      }),
    addLabel: (label) =>
      withGitHubRetry(async () => {
        await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
          ...where,
          issue_number: target.number,
          labels: [label],
        });
      }),
  };
}
