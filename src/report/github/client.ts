import { redactDeep } from '../../redact.ts';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';
import { pacedGroup } from './pacing.ts';
import {
  boundedRequests,
  type GitHubBounds,
  type GitHubTiming,
  rateLimitWaitOk,
  REAL_GITHUB_TIMING,
  SECONDARY_LIMIT_FALLBACK_S,
} from './retry.ts';

export interface IssueComment {
  id: number;
  body: string;
  /** Who wrote it: the gate knows its comments by its token's login. */
  userLogin: string | null;
  createdAt: string;
  htmlUrl: string;
}

export interface Repository {
  owner: string;
  repo: string;
}

export interface PullSummary {
  number: number;
  state: string;
  headSha: string;
  /** The repository the PR targets, `owner/repo`. */
  baseRepo: string | null;
}

export interface CommitStatus {
  state: 'pending' | 'success' | 'failure' | 'error';
  context: string;
  description: string;
  targetUrl: string | null;
}

/** The issue-comment and label calls the sticky comment needs, on one PR. */
export interface CommentApi {
  listComments(): Promise<IssueComment[]>;
  createComment(body: string): Promise<IssueComment>;
  updateComment(id: number, body: string): Promise<IssueComment>;
  deleteComment(id: number): Promise<void>;
  addLabel(label: string): Promise<void>;
}

/** Finding the PR a commit belongs to, when the event does not say. */
export interface PullLookupApi {
  /** Open PRs whose head is `owner:branch`. */
  openPullsByHead(head: string): Promise<PullSummary[]>;
  /** PRs that have this commit. */
  pullsOfCommit(sha: string): Promise<PullSummary[]>;
}

/** Every GitHub call eval-gate makes; injected so tests can drive a fake server. */
export interface RepoApi extends PullLookupApi {
  /** The login of the token's account, whatever kind of token: a user, `github-actions[bot]`, or an app's `<slug>[bot]`. */
  viewerLogin(): Promise<string>;
  /** One PR, e.g. to learn its head commit on an issue_comment event. */
  pull(pullNumber: number): Promise<PullSummary>;
  comments(pullNumber: number): CommentApi;
  setCommitStatus(sha: string, status: CommitStatus): Promise<void>;
  /** Baseline search (baseline-run-id: auto): one page of history from `sha`, newest first, each with its parents. */
  commitHistory(sha: string, perPage: number): Promise<Array<{ sha: string; parents: string[] }>>;
  /** One page of a commit's statuses, newest first, each with who created it. */
  statusesOf(sha: string): Promise<StatusEntry[]>;
  /** The merge base of two commits (GET compare). */
  mergeBase(base: string, head: string): Promise<string>;
  /** A user's permission on the repository, as GitHub says now; null when GitHub knows no such user (404). */
  collaboratorPermission(username: string): Promise<CollaboratorPermission | null>;
}

/** GitHub's answer: `permission` is admin, write, read or none (maintain reads as write); `role_name` names the role. */
export interface CollaboratorPermission {
  permission: string;
  roleName: string | null;
}

/** GitHub's answer: `permission` is admin, write, read or none (maintain reads as write); `role_name` names the role. */
export interface CollaboratorPermission {
  permission: string;
  roleName: string | null;
}

export interface StatusEntry {
  context: string;
  state: string;
  description: string | null;
  creator: { login: string; type: string } | null;
}

interface RawComment {
  id: number;
  body?: string | null;
  user?: { login?: string | null } | null;
  created_at: string;
  html_url: string;
}

interface RawStatus {
  context: string;
  state: string;
  description?: string | null;
  creator?: { login: string; type: string } | null;
}

interface RawPull {
  number: number;
  state: string;
  head: { sha: string };
  base?: { repo?: { full_name?: string } | null } | null;
}

const toComment = (c: RawComment): IssueComment => ({
  id: c.id,
  body: c.body ?? '',
  userLogin: c.user?.login ?? null,
  createdAt: c.created_at,
  htmlUrl: c.html_url,
});

const toPull = (p: RawPull): PullSummary => ({
  number: p.number,
  state: p.state,
  headSha: p.head.sha,
  baseRepo: p.base?.repo?.full_name ?? null,
});

/** GitHub asks for a second between writes, and three after one that notifies (plugin-throttling's spacing). */
const WRITE_GAP_MS = 1000;
const NOTIFYING_WRITE_GAP_MS = 3000;
type ThrottleGroup = NonNullable<ThrottlingOptions['write']>;

/**
 * Rate limits are plugin-throttling's work: it knows a rate limit from a
 * permission problem. Its waits are ours, on the injected clock and within
 * the phase's bounds: it is told to wait 0 ms once the handler has waited,
 * and its write spacing is kept by groups that wait the same way.
 */
function throttleOptions(bounds: GitHubBounds, timing: GitHubTiming): ThrottlingOptions {
  const waitOut = async (retryAfterS: number, _options: unknown, _octokit: unknown, retryCount: number) => {
    if (!rateLimitWaitOk(retryAfterS, retryCount, bounds)) return false;
    return timing.sleep(retryAfterS * 1000, bounds.signal).then(
      () => true,
      () => false,
    );
  };
  return {
    onRateLimit: waitOut,
    onSecondaryRateLimit: waitOut,
    fallbackSecondaryRateRetryAfter: SECONDARY_LIMIT_FALLBACK_S,
    retryAfterBaseValue: 0,
    // Duck-typed Bottleneck groups: the plugin calls only key(id).schedule(options, task, ...args) on them.
    write: pacedGroup(WRITE_GAP_MS, timing, bounds.signal) as unknown as ThrottleGroup,
    notifications: pacedGroup(NOTIFYING_WRITE_GAP_MS, timing, bounds.signal) as unknown as ThrottleGroup,
  };
}

/**
 * Loads @actions/github only now, after the verdict, so the first vendor poll
 * does not wait for it. Every request is bounded by `bounds` and `stop`.
 */
export async function createRepoApi(
  token: string,
  where: Repository,
  apiUrl: string,
  limits: { bounds: GitHubBounds; stop: (reason: Error) => void; timing?: GitHubTiming },
): Promise<RepoApi> {
  const [{ getOctokit }, { throttling }] = await Promise.all([import('@actions/github'), import('@octokit/plugin-throttling')]);
  const timing = limits.timing ?? REAL_GITHUB_TIMING;
  const options = { baseUrl: apiUrl, throttle: throttleOptions(limits.bounds, timing) };
  const octokit = getOctokit(token, options, boundedRequests(limits.bounds, limits.stop, timing), throttling);
  // `written` is what a person reads on GitHub (a comment, a label, a status), built from redacted text
  // and redacted once more, the last guard; `params` only find things (numbers, SHAs) and go as they are.
  const call = async <T>(route: string, params: Record<string, unknown>, written: Record<string, unknown> = {}) =>
    (await octokit.request(route, { ...where, ...params, ...redactDeep(written) })).data as T;
  const list = async <T>(route: string, params: Record<string, unknown>) =>
    (await octokit.paginate(route, { ...where, per_page: 100, ...params })) as T[];
  let viewer: Promise<string> | null = null;
  return {
    // GraphQL's viewer answers every kind of token; REST GET /user refuses installation tokens.
    viewerLogin: () =>
      (viewer ??= octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }').then((data) => data.viewer.login)),
    pull: async (pullNumber) => toPull(await call('GET /repos/{owner}/{repo}/pulls/{pull_number}', { pull_number: pullNumber })),
    comments: (pullNumber) => ({
      listComments: async () =>
        (await list<RawComment>('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: pullNumber })).map(toComment),
      createComment: async (body) =>
        toComment(await call('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: pullNumber }, { body })),
      updateComment: async (id, body) =>
        toComment(await call('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { comment_id: id }, { body })),
      deleteComment: async (id) => {
        await call('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { comment_id: id });
      },
      addLabel: async (label) => {
        await call('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { issue_number: pullNumber }, { labels: [label] });
      },
    }),
    openPullsByHead: async (head) => (await list<RawPull>('GET /repos/{owner}/{repo}/pulls', { state: 'open', head })).map(toPull),
    pullsOfCommit: async (sha) =>
      (await list<RawPull>('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { commit_sha: sha })).map(toPull),
    setCommitStatus: async (sha, status) => {
      await call(
        'POST /repos/{owner}/{repo}/statuses/{sha}',
        { sha, state: status.state },
        { context: status.context, description: status.description, ...(status.targetUrl ? { target_url: status.targetUrl } : {}) },
      );
    },
    // One page each, never paginated: the baseline search makes a bounded number of calls.
    commitHistory: async (sha, perPage) =>
      (
        await call<Array<{ sha: string; parents: Array<{ sha: string }> }>>('GET /repos/{owner}/{repo}/commits', { sha, per_page: perPage })
      ).map((c) => ({ sha: c.sha, parents: c.parents.map((p) => p.sha) })),
    statusesOf: async (sha) =>
      (await call<RawStatus[]>('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { ref: sha, per_page: 100 })).map((s) => ({
        context: s.context,
        state: s.state,
        description: s.description ?? null,
        creator: s.creator ? { login: s.creator.login, type: s.creator.type } : null,
      })),
    mergeBase: async (base, head) =>
      (
        await call<{ merge_base_commit: { sha: string } }>('GET /repos/{owner}/{repo}/compare/{basehead}', {
          basehead: `${base}...${head}`,
        })
      ).merge_base_commit.sha,
    collaboratorPermission: async (username) => {
      try {
        const data = await call<{ permission?: unknown; role_name?: unknown }>(
          'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
          { username },
        );
        return { permission: String(data.permission ?? 'none'), roleName: typeof data.role_name === 'string' ? data.role_name : null };
      } catch (error) {
        if ((error as { status?: unknown }).status === 404) return null;
        throw error;
      }
    },
  };
}
