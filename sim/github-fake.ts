import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type FakeRole, permissionRoute } from './github-fake-review.ts';
import { type FakeFile, pullFilesRoute } from './github-fake-files.ts';

/**
 * A loopback fake of the GitHub REST endpoints eval-gate uses, on the same
 * paths as api.github.com (under an optional prefix, as on GHES' /api/v3).
 */
export interface FakeComment {
  id: number;
  /** The PR (issue) number it is on. */
  issue: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  created_at: string;
  html_url: string;
}

export interface FakePull {
  number: number;
  state: 'open' | 'closed';
  /** `repo` is the head repository's full name: a fork's, or (when absent) the base repository's. */
  head: { sha: string; ref: string; label: string; repo?: string };
  /** Review (issue 25): the PR's author. */
  user?: string;
  /** paths (issue 26): the files it changed; changed_files counts them all, the listing stops at 3000. */
  files?: FakeFile[];
}

/** The repository the fake serves; every PR targets it. */
export const FAKE_REPOSITORY = 'acme/widgets';
/** GitHub's limit on an issue comment's body, in characters. */
export const COMMENT_BODY_MAX = 65_536;

/** Who a token is: installation tokens (GITHUB_TOKEN, an app's) are bots, any other a user (a PAT). */
export function fakeIdentity(authorization: string | undefined): { login: string; type: 'Bot' | 'User' } {
  const token = (authorization ?? '').replace(/^(token|bearer)\s+/i, '');
  if (token.startsWith('ghs_app_')) return { login: 'eval-bot[bot]', type: 'Bot' };
  if (token.startsWith('ghs_')) return { login: 'github-actions[bot]', type: 'Bot' };
  return { login: 'pat-owner', type: 'User' };
}

export interface FakeStatus {
  sha: string;
  state: string;
  context: string;
  description: string;
  target_url?: string;
}

// ---- Baseline records (issue 24): commit history and statuses read back, with who wrote them. ----

/** A commit of the fake's history; `parents[0]` is the first parent. */
export interface FakeCommit {
  sha: string;
  parents: string[];
}

/** A commit as GET /repos/{owner}/{repo}/commits lists it (every required field of `commit`). */
function rawCommit(c: FakeCommit) {
  const api = `https://api.github.com/repos/${FAKE_REPOSITORY}`;
  const person = { name: 'Octo Cat', email: 'octo@example.com', date: '2026-01-01T00:00:00Z' };
  return {
    url: `${api}/commits/${c.sha}`,
    sha: c.sha,
    node_id: `C_${c.sha.slice(0, 8)}`,
    html_url: `https://github.com/${FAKE_REPOSITORY}/commit/${c.sha}`,
    comments_url: `${api}/commits/${c.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${c.sha}`,
      author: person,
      committer: person,
      message: `commit ${c.sha.slice(0, 7)}`,
      comment_count: 0,
      tree: { sha: c.sha.split('').reverse().join(''), url: `${api}/git/trees/${c.sha}` },
    },
    author: null,
    committer: null,
    parents: c.parents.map((sha) => ({ sha, url: `${api}/commits/${sha}` })),
  };
}

/** The commits reachable from `sha`, newest first as the fake stores them (GitHub lists by date, all parents). */
function historyFrom(commits: FakeCommit[], sha: string): FakeCommit[] {
  const reachable = new Set([sha]);
  const out: FakeCommit[] = [];
  for (const c of commits) {
    if (!reachable.has(c.sha)) continue;
    out.push(c);
    for (const p of c.parents) reachable.add(p);
  }
  return out;
}

// ---- End of baseline records' types. ----

export interface GitHubCall {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

interface Fault {
  method: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  message?: string;
  times: number;
}

export interface GitHubFake {
  apiUrl: string;
  calls: GitHubCall[];
  comments: FakeComment[];
  labels: string[];
  pulls: FakePull[];
  statuses: FakeStatus[];
  /** The history GET /commits lists, newest first (baseline records, issue 24). */
  commits: FakeCommit[];
  /** A status written by `creator` (as if with their token): a user, github-actions[bot], another app. */
  addStatus(status: FakeStatus, creator: { login: string; type: 'Bot' | 'User' }): void;
  /** Review (issue 25): each user's role on the repository, by lower-cased login; anyone else reads. */
  roles: Map<string, FakeRole>;
  /** A comment by github-actions[bot] (Bot) or octocat (User), or by `user`. */
  addComment(body: string, type?: 'Bot' | 'User', issue?: number, user?: FakeComment['user']): FakeComment;
  /** Comments on one PR. */
  commentsOn(issue: number): FakeComment[];
  fail(fault: Omit<Fault, 'times'> & { times?: number }): void;
  close(): Promise<void>;
}

const PER_PAGE_MAX = 100;

/** A user as GitHub's simple-user schema has it (every required field). */
export function simpleUser(user: { login: string; type: string }) {
  const id = [...user.login].reduce((sum, c) => sum + c.charCodeAt(0), 0);
  const url = `https://api.github.com/users/${encodeURIComponent(user.login)}`;
  return {
    login: user.login,
    id,
    node_id: `U_${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}`,
    gravatar_id: '',
    url,
    html_url: `https://github.com/${encodeURIComponent(user.login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    site_admin: false,
  };
}

/** An issue comment as GitHub returns it (every required field of issue-comment). */
function rawComment(c: FakeComment) {
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `https://api.github.com/repos/${FAKE_REPOSITORY}/issues/comments/${c.id}`,
    html_url: c.html_url,
    issue_url: `https://api.github.com/repos/${FAKE_REPOSITORY}/issues/${c.issue}`,
    body: c.body,
    user: simpleUser(c.user),
    created_at: c.created_at,
    updated_at: c.created_at,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
  };
}

/** A commit status as GitHub returns it (every required field of `status`). */
function rawStatus(st: FakeStatus, id: number, creator: { login: string; type: string }) {
  const at = new Date(Date.parse('2026-01-01T00:00:00Z') + id * 1000).toISOString();
  return {
    url: `https://api.github.com/repos/${FAKE_REPOSITORY}/statuses/${st.sha}`,
    avatar_url: null,
    id,
    node_id: `SC_${id}`,
    state: st.state,
    description: st.description ?? null,
    target_url: st.target_url ?? null,
    context: st.context,
    created_at: at,
    updated_at: at,
    creator: simpleUser(creator),
  };
}

/** A PR as the pulls endpoints return it (the fields eval-gate reads). */
function rawPull(p: FakePull) {
  return {
    number: p.number,
    state: p.state,
    head: { sha: p.head.sha, ref: p.head.ref, label: p.head.label, repo: { full_name: p.head.repo ?? FAKE_REPOSITORY } },
    base: { ref: 'main', repo: { full_name: FAKE_REPOSITORY } },
    ...(p.user ? { user: simpleUser({ login: p.user, type: 'User' }) } : {}),
    changed_files: p.files?.length ?? 0,
  };
}

export async function startGitHubFake(prefix = ''): Promise<GitHubFake> {
  const comments: FakeComment[] = [];
  const labels: string[] = [];
  const pulls: FakePull[] = [];
  const statuses: FakeStatus[] = [];
  const commits: FakeCommit[] = [];
  const statusCreators = new WeakMap<FakeStatus, { login: string; type: string }>();
  const roles = new Map<string, FakeRole>();
  const calls: GitHubCall[] = [];
  const faults: Fault[] = [];
  let nextId = 1000;
  let clock = Date.parse('2026-01-01T00:00:00Z');
  let url = '';

  const addComment = (body: string, type: 'Bot' | 'User' = 'Bot', issue = 7, user?: FakeComment['user']): FakeComment => {
    const id = nextId++;
    clock += 1000;
    const comment: FakeComment = {
      id,
      issue,
      body,
      user: user ?? { login: type === 'Bot' ? 'github-actions[bot]' : 'octocat', type },
      created_at: new Date(clock).toISOString(),
      html_url: `https://github.com/acme/widgets/pull/${issue}#issuecomment-${id}`,
    };
    comments.push(comment);
    return comment;
  };

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString();
    const body: unknown = text ? JSON.parse(text) : null;
    const full = new URL(req.url ?? '/', 'http://fake');
    // GHES serves GraphQL at /api/graphql, beside the REST prefix /api/v3.
    const path = full.pathname.startsWith(prefix) ? full.pathname.slice(prefix.length) : full.pathname.replace(/^\/api(?=\/graphql$)/, '');
    const method = req.method ?? 'GET';
    calls.push({ method, path: `${path}${full.search}`, headers: req.headers, body });
    const send = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(json === undefined ? undefined : JSON.stringify(json));
    };
    // GitHub's paging: per_page (at most 100), page, and a Link header.
    const sendPage = (items: unknown[]) => {
      const perPage = Math.min(PER_PAGE_MAX, Number(full.searchParams.get('per_page') ?? 30));
      const page = Number(full.searchParams.get('page') ?? 1);
      const last = Math.max(1, Math.ceil(items.length / perPage));
      const links: string[] = [];
      const pageUrl = (n: number) => {
        const next = new URL(full);
        next.searchParams.set('per_page', String(perPage));
        next.searchParams.set('page', String(n));
        return `${url}${path}${next.search}`;
      };
      if (page < last) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`);
      if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`);
      send(200, items.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {});
    };
    const fault = faults.find((f) => f.method === method && f.path.test(path) && f.times > 0);
    if (fault) {
      fault.times -= 1;
      send(fault.status, { message: fault.message ?? 'fault', documentation_url: 'https://docs.github.com/rest' }, fault.headers);
      return;
    }
    const author = fakeIdentity(req.headers.authorization);
    if (path === '/graphql' && method === 'POST') return send(200, { data: { viewer: { login: author.login } } });
    const given = String((body as { body?: unknown } | null)?.body ?? '');
    if (given.length > COMMENT_BODY_MAX && (method === 'POST' || method === 'PATCH') && /comments/.test(path)) {
      return send(422, {
        message: 'Validation Failed',
        errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
      });
    }
    const issueComments = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path);
    if (issueComments) {
      const issue = Number(issueComments[1]);
      if (method === 'GET') return sendPage(comments.filter((c) => c.issue === issue).map(rawComment));
      if (method === 'POST') return send(201, rawComment(addComment(given, author.type, issue, author)));
    }
    const files = pullFilesRoute(path, method, (n) => pulls.find((p) => p.number === n)?.files ?? null);
    if (files === 'not found') return send(404, { message: 'Not Found' });
    if (files) return sendPage(files);
    const onePull = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(path);
    if (onePull && method === 'GET') {
      const pull = pulls.find((p) => p.number === Number(onePull[1]));
      return pull ? send(200, rawPull(pull)) : send(404, { message: 'Not Found' });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/pulls$/.test(path) && method === 'GET') {
      const state = full.searchParams.get('state') ?? 'open';
      const head = full.searchParams.get('head');
      return sendPage(pulls.filter((p) => (state === 'all' || p.state === state) && (!head || p.head.label === head)).map(rawPull));
    }
    // GitHub is reported to answer [] here for a commit that exists only in a fork.
    const commitPulls = /^\/repos\/[^/]+\/[^/]+\/commits\/(\w+)\/pulls$/.exec(path);
    if (commitPulls && method === 'GET') {
      return sendPage(
        pulls.filter((p) => p.head.sha === commitPulls[1] && (p.head.repo ?? FAKE_REPOSITORY) === FAKE_REPOSITORY).map(rawPull),
      );
    }
    const status = /^\/repos\/[^/]+\/[^/]+\/statuses\/(\w+)$/.exec(path);
    if (status && method === 'POST') {
      const given = body as Omit<FakeStatus, 'sha'>;
      const stored = { sha: status[1] ?? '', ...given };
      statuses.push(stored);
      statusCreators.set(stored, author);
      const id = statuses.length;
      const at = new Date(clock).toISOString();
      return send(201, {
        url: `https://api.github.com/repos/${FAKE_REPOSITORY}/statuses/${status[1]}`,
        avatar_url: null,
        id,
        node_id: `SC_${id}`,
        state: given.state,
        description: given.description ?? null,
        target_url: given.target_url ?? null,
        context: given.context,
        created_at: at,
        updated_at: at,
        creator: simpleUser(author),
      });
    }
    // ---- Baseline records (issue 24): the history page, a commit's statuses, a merge base. ----
    const history = /^\/repos\/[^/]+\/[^/]+\/commits$/.exec(path);
    if (history && method === 'GET') {
      const from = full.searchParams.get('sha') ?? commits[0]?.sha ?? '';
      return sendPage(historyFrom(commits, from).map(rawCommit));
    }
    const commitStatuses = /^\/repos\/[^/]+\/[^/]+\/commits\/(\w+)\/statuses$/.exec(path);
    if (commitStatuses && method === 'GET') {
      const on = statuses.map((st, i) => ({ st, id: i + 1 })).filter(({ st }) => st.sha === commitStatuses[1]);
      return sendPage(on.reverse().map(({ st, id }) => rawStatus(st, id, statusCreators.get(st) ?? { login: 'octocat', type: 'User' })));
    }
    const compare = /^\/repos\/[^/]+\/[^/]+\/compare\/(\w+)\.\.\.(\w+)$/.exec(path);
    if (compare && method === 'GET') {
      const ofBase = new Set(historyFrom(commits, compare[1] ?? '').map((c) => c.sha));
      const base = historyFrom(commits, compare[2] ?? '').find((c) => ofBase.has(c.sha));
      return base ? send(200, { merge_base_commit: rawCommit(base), status: 'ahead' }) : send(404, { message: 'Not Found' });
    }
    // ---- End of baseline records' routes. ----
    const commentMatch = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path);
    if (commentMatch) {
      const index = comments.findIndex((c) => c.id === Number(commentMatch[1]));
      if (index < 0) return send(404, { message: 'Not Found' });
      if (method === 'PATCH') {
        const comment = comments[index] as FakeComment;
        comment.body = given;
        return send(200, rawComment(comment));
      }
      if (method === 'DELETE') {
        comments.splice(index, 1);
        return send(204);
      }
    }
    if (/^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/labels$/.test(path) && method === 'POST') {
      labels.push(...((body as { labels?: string[] }).labels ?? []));
      const label = (name: string, i: number) => ({
        id: i + 1,
        node_id: `LA_${i + 1}`,
        url: `https://api.github.com/repos/${FAKE_REPOSITORY}/labels/${encodeURIComponent(name)}`,
        name,
        description: null,
        color: 'ededed',
        default: false,
      });
      return send(200, labels.map(label));
    }
    // --- Review (issue 25): the collaborator-permission route.
    const permission = permissionRoute(path, method, roles, (login) => simpleUser({ login, type: 'User' }));
    if (permission) return send(permission.status, permission.json);
    // --- end of review routes.
    send(404, { message: 'Not Found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}`;
  return {
    apiUrl: url,
    calls,
    comments,
    labels,
    pulls,
    statuses,
    commits,
    addStatus: (st, creator) => {
      statuses.push(st);
      statusCreators.set(st, creator);
    },
    roles,
    addComment,
    commentsOn: (issue) => comments.filter((c) => c.issue === issue),
    fail: (fault) => faults.push({ times: 1, ...fault }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
