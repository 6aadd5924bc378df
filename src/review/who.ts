// Who may decide: asked of GitHub at the time of the comment, never read from the comment's text.

export interface Deciders {
  allowSelfApproval: boolean;
  /** Lower-cased logins; empty means anyone with write access. */
  approvers: string[];
}

/** The permissions that may decide: GitHub's `permission` says write for maintain, `role_name` names it. */
const DECIDING_ROLES = new Set(['admin', 'maintain', 'write']);

/** Why this author may not decide, before GitHub is asked; null when GitHub's answer decides. */
export function refusalBeforeAsking(author: { login: string; isBot: boolean }, prAuthor: string | null, deciders: Deciders): string | null {
  const login = author.login.toLowerCase();
  if (author.isBot) return 'a bot or app account cannot approve or reject; a person must';
  if (!deciders.allowSelfApproval && prAuthor !== null && prAuthor.toLowerCase() === login) {
    return "the pull request's author cannot approve or reject it (allow-self-approval is false)";
  }
  if (deciders.approvers.length > 0 && !deciders.approvers.includes(login))
    return 'only the users listed in approvers may approve or reject';
  return null;
}

/** Why GitHub's permission does not let the author decide; null when it does. */
export function refusalByPermission(permission: { permission: string; roleName: string | null } | null): string | null {
  if (permission && (DECIDING_ROLES.has(permission.permission) || DECIDING_ROLES.has(permission.roleName ?? ''))) return null;
  const held = permission ? (permission.roleName ?? permission.permission) : 'none';
  return `only users with write, maintain or admin permission on the repository may approve or reject (GitHub says: ${held})`;
}
