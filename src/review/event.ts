// The issue_comment event as the review reads it: who wrote what, on which pull request.

export interface CommentEvent {
  /** created, edited or deleted: only a created comment can carry a command. */
  action: string;
  body: string;
  createdAt: string;
  htmlUrl: string | null;
  author: { login: string; isBot: boolean };
  /** The pull request the comment is on; null for a comment on an issue. */
  prNumber: number | null;
  prAuthor: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Null when the payload is not an issue comment with an author (then there is nothing to act on). */
export function commentEventOf(event: Record<string, unknown>): CommentEvent | null {
  const comment = event.comment as { body?: unknown; created_at?: unknown; html_url?: unknown; user?: unknown } | undefined;
  const user = comment?.user as { login?: unknown; type?: unknown } | null | undefined;
  const login = text(user?.login);
  if (!comment || !login) return null;
  const issue = event.issue as { number?: unknown; pull_request?: unknown; user?: { login?: unknown } | null } | undefined;
  const number = issue?.number;
  return {
    action: text(event.action) ?? '',
    body: text(comment.body) ?? '',
    createdAt: text(comment.created_at) ?? '',
    htmlUrl: text(comment.html_url),
    // An app's or a bot account's comment: GitHub marks its user as a Bot, and app logins end in [bot].
    author: { login, isBot: user?.type === 'Bot' || /\[bot\]$/i.test(login) },
    prNumber: issue?.pull_request && typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : null,
    prAuthor: text(issue?.user?.login),
  };
}
