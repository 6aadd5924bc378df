// The GitHub fake's routes for review and approval (issue 25), kept apart from the rest of the fake.
import type { IncomingHttpHeaders } from 'node:http';

/** A repository role as GitHub names it in role_name; its legacy `permission` follows from it. */
export type FakeRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read';

const LEGACY: Record<FakeRole, string> = { admin: 'admin', maintain: 'write', write: 'write', triage: 'read', read: 'read' };

/**
 * GET /repos/{owner}/{repo}/collaborators/{username}/permission, as GitHub
 * answers it: a user with no role of their own reads a public repository
 * (`read`); `roles` gives the others. `user` is the collaborator schema.
 */
export function permissionRoute(
  path: string,
  method: string,
  roles: Map<string, FakeRole>,
  userOf: (login: string) => Record<string, unknown>,
): { status: number; json: unknown } | null {
  const match = /^\/repos\/[^/]+\/[^/]+\/collaborators\/([^/]+)\/permission$/.exec(path);
  if (!match || method !== 'GET') return null;
  const login = decodeURIComponent(match[1] ?? '');
  const role = roles.get(login.toLowerCase()) ?? 'read';
  const permissions = {
    pull: true,
    triage: role !== 'read',
    push: LEGACY[role] !== 'read',
    maintain: role === 'maintain' || role === 'admin',
    admin: role === 'admin',
  };
  return { status: 200, json: { permission: LEGACY[role], role_name: role, user: { ...userOf(login), permissions, role_name: role } } };
}

/** Who called, for a test that wants to see the permission was asked at the time of the comment. */
export const isPermissionCall = (call: { method: string; path: string; headers: IncomingHttpHeaders }): boolean =>
  call.method === 'GET' && /\/collaborators\/[^/]+\/permission$/.test(call.path);
