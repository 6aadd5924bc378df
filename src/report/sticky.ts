import type { CommentApi, IssueComment } from '../github.ts';
import type { CommentMode } from '../inputs.ts';
import type { Verdict } from '../rules.ts';

/** The hidden first line that finds a gate's comment again. The key cannot close the HTML comment. */
export function markerFor(key: string): string {
  const safe = key
    .replace(/[^\w./: -]/g, '_')
    .replace(/-{2,}/g, '-')
    .slice(0, 200);
  return `<!-- eval-gate:${safe} -->`;
}

// The footer's time changes on every run; it alone is not a change worth an edit.
const withoutTime = (body: string): string => body.replace(/ · updated \S+/g, '');

const isOurs = (marker: string) => (c: IssueComment) => c.userType === 'Bot' && c.body.startsWith(`${marker}\n`);

export type StickyOutcome =
  { action: 'created' | 'updated' | 'unchanged'; url: string; deleted: number } | { action: 'skipped'; reason: string };

/**
 * One comment per gate: found by its marker among bot comments only (a person
 * quoting the marker cannot take it over), edited in place, or created; older
 * duplicates from a race are deleted, the newest kept.
 */
export async function upsertStickyComment(
  api: CommentApi,
  options: { marker: string; body: string; mode: CommentMode; verdict: Verdict },
): Promise<StickyOutcome> {
  if (options.mode === 'never') return { action: 'skipped', reason: 'comment is never' };
  const body = `${options.marker}\n${options.body}`;
  const ours = (await api.listComments())
    .filter(isOurs(options.marker))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
  const newest = ours.at(-1);
  // on-failure creates nothing for a pass, but a standing failure is updated so it does not go stale.
  if (options.mode === 'on-failure' && options.verdict === 'pass' && !newest) {
    return { action: 'skipped', reason: 'comment is on-failure and the gate passed' };
  }
  for (const duplicate of ours.slice(0, -1)) await api.deleteComment(duplicate.id);
  const deleted = Math.max(0, ours.length - 1);
  if (!newest) return { action: 'created', url: (await api.createComment(body)).htmlUrl, deleted };
  if (withoutTime(newest.body) === withoutTime(body)) return { action: 'unchanged', url: newest.htmlUrl, deleted };
  return { action: 'updated', url: (await api.updateComment(newest.id, body)).htmlUrl, deleted };
}
