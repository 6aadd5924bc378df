// issue_comment payloads as GitHub sends them, checked against its published webhook schema.
import { simpleUser } from '../../sim/github-fake.ts';
import { eventProblems } from './openapi.ts';

const REPO_API = 'https://api.github.com/repos/acme/widgets';

/** A user as webhooks carry one: the REST simple-user fields, which the webhook schema requires too. */
const webhookUser = (login: string, type: 'User' | 'Bot') => simpleUser({ login, type });

export interface CommentEventOptions {
  body: string;
  login: string;
  type?: 'User' | 'Bot';
  action?: 'created' | 'edited';
  pr?: number;
  prAuthor?: string;
  /** What GitHub's author_association says: never what decides. */
  association?: string;
  id?: number;
}

let nextId = 5000;

/** The payload of an issue_comment event on a PR; throws when it does not fit GitHub's schema for its action. */
export function commentEvent(o: CommentEventOptions) {
  const pr = o.pr ?? 7;
  const id = o.id ?? nextId++;
  const at = '2026-03-02T10:15:00Z';
  const payload = {
    action: o.action ?? 'created',
    ...(o.action === 'edited' ? { changes: { body: { from: 'earlier text' } } } : {}),
    issue: {
      url: `${REPO_API}/issues/${pr}`,
      repository_url: REPO_API,
      labels_url: `${REPO_API}/issues/${pr}/labels{/name}`,
      comments_url: `${REPO_API}/issues/${pr}/comments`,
      events_url: `${REPO_API}/issues/${pr}/events`,
      html_url: `https://github.com/acme/widgets/pull/${pr}`,
      id: 70000 + pr,
      node_id: `PR_${pr}`,
      number: pr,
      title: 'Improve answers',
      user: webhookUser(o.prAuthor ?? 'alice', 'User'),
      labels: [],
      state: 'open',
      locked: false,
      assignees: [],
      milestone: null,
      comments: 1,
      created_at: '2026-03-01T09:00:00Z',
      updated_at: at,
      closed_at: null,
      author_association: 'MEMBER',
      active_lock_reason: null,
      body: null,
      pull_request: {
        url: `${REPO_API}/pulls/${pr}`,
        html_url: `https://github.com/acme/widgets/pull/${pr}`,
        diff_url: `https://github.com/acme/widgets/pull/${pr}.diff`,
        patch_url: `https://github.com/acme/widgets/pull/${pr}.patch`,
      },
    },
    comment: {
      url: `${REPO_API}/issues/comments/${id}`,
      html_url: `https://github.com/acme/widgets/pull/${pr}#issuecomment-${id}`,
      issue_url: `${REPO_API}/issues/${pr}`,
      id,
      node_id: `IC_${id}`,
      user: webhookUser(o.login, o.type ?? 'User'),
      created_at: at,
      updated_at: at,
      author_association: o.association ?? 'CONTRIBUTOR',
      performed_via_github_app: null,
      body: o.body,
      reactions: {
        url: `${REPO_API}/issues/comments/${id}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
      },
    },
    repository: { id: 1, node_id: 'R_1', name: 'widgets', full_name: 'acme/widgets', private: false },
    sender: webhookUser(o.login, o.type ?? 'User'),
  };
  const problems = eventProblems(`webhook-issue-comment-${payload.action}`, payload);
  if (problems.length > 0) throw new Error(`the test's issue_comment payload does not fit GitHub's schema: ${problems.join('; ')}`);
  return payload;
}
