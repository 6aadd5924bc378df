import type { CommentApi, IssueComment } from './client.ts';
import type { RunStamp } from './context.ts';
import type { CommentMode } from '../../inputs/inputs.ts';
import type { Verdict } from '../../rules/rules.ts';
import type { TrendPoint } from '../trend.ts';
import { withTrend } from './trend-data.ts';

/** The hidden first line that finds a gate's comment again. The key cannot close the HTML comment. */
export function markerFor(key: string): string {
  const safe = key
    .replace(/[^\w./: -]/g, '_')
    .replace(/-{2,}/g, '-')
    .slice(0, 200);
  return `<!-- eval-gate:${safe} -->`;
}

/** The hidden second line: which run wrote the comment, so that an older run can tell it is older. */
export function stampLine(stamp: RunStamp | null, sha: string | null): string {
  if (!stamp) return '<!-- eval-gate-run: unknown -->';
  const workflow = stampWorkflow(stamp.workflow);
  return `<!-- eval-gate-run: workflow=${workflow} run=${stamp.number} attempt=${stamp.attempt} sha=${(sha ?? '').replace(/\W/g, '')} -->`;
}

export function parseStamp(body: string): (RunStamp & { sha: string }) | null {
  const match = /^<!-- eval-gate-run: workflow=(\S*) run=(\d+) attempt=(\d+) sha=(\w*) -->$/m.exec(body.split('\n', 2)[1] ?? '');
  if (!match) return null;
  return { workflow: match[1] ?? '', number: Number(match[2]), attempt: Number(match[3]), sha: match[4] ?? '' };
}

/**
 * The workflow as the stamp stores it: the file without workflow_run.path's
 * `@ref`, and only characters that cannot close the HTML comment. Both sides of
 * a comparison go through it, so a space in a name cannot turn the guard off.
 */
export function stampWorkflow(workflow: string): string {
  return workflow
    .replace(/@[^@]*$/, '')
    .replace(/[^\w./-]/g, '_')
    .slice(0, 200);
}

/** True when the comment was written by a later run of the same workflow (a higher number, or a later attempt). */
export function isOlderThan(ours: RunStamp | null, theirs: RunStamp | null): boolean {
  if (!ours || !theirs || stampWorkflow(ours.workflow) !== stampWorkflow(theirs.workflow)) return false;
  return ours.number < theirs.number || (ours.number === theirs.number && ours.attempt < theirs.attempt);
}

// The run stamp and the footer's time change on every run; they alone are not a change worth an edit.
const withoutRun = (body: string): string => body.replace(/^<!-- eval-gate-run: .* -->$/m, '').replace(/ · updated \S+/g, '');

/** The token's own comments that start with the marker: a person or another bot quoting the marker is never taken over. */
const isOurs = (marker: string, author: string) => (c: IssueComment) =>
  c.userLogin !== null && c.userLogin.toLowerCase() === author.toLowerCase() && c.body.startsWith(`${marker}\n`);

/** The gate's newest sticky comment by the token's own account, or null: what the review reads its memory from. */
export async function ourNewestComment(api: CommentApi, marker: string, author: string): Promise<IssueComment | null> {
  const ours = (await api.listComments()).filter(isOurs(marker, author));
  return ours.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id).at(-1) ?? null;
}

/** Deletes a duplicate; one already gone (another job raced us to it) is what we wanted. */
async function deleteDuplicate(api: CommentApi, id: number): Promise<void> {
  await api.deleteComment(id).catch((error: unknown) => {
    if ((error as { status?: unknown }).status !== 404) throw error;
  });
}

export type StickyOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; url: string; deleted: number }
  | { action: 'kept-newer'; url: string; shows: RunStamp & { sha: string } }
  | { action: 'skipped'; reason: string };

/**
 * One comment per gate: found by its marker among the comments of the token's
 * own account (`author`: a person quoting the marker cannot take it over), edited in place, or created; older
 * duplicates from a race are deleted, the newest kept. A comment written by a
 * later run of the same workflow is left as it is.
 */
export async function upsertStickyComment(
  api: CommentApi,
  options: {
    marker: string;
    author: string;
    stamp: RunStamp | null;
    sha: string | null;
    body: string;
    mode: CommentMode;
    verdict: Verdict;
    /** This push's point of the trend, kept in the comment's hidden data (trend-data.ts). */
    trend?: TrendPoint | null;
  },
): Promise<StickyOutcome> {
  if (options.mode === 'never') return { action: 'skipped', reason: 'comment is never' };
  if (options.mode === 'aggregate')
    return { action: 'skipped', reason: "comment is aggregate: the aggregate step's comment has this gate's section" };
  const ours = (await api.listComments())
    .filter(isOurs(options.marker, options.author))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
  const newest = ours.at(-1);
  const trended = options.trend ? withTrend(options.body, newest?.body ?? null, options.trend) : null;
  const content = trended ? `${trended.dataLine}\n${trended.body}` : options.body;
  const body = `${options.marker}\n${stampLine(options.stamp, options.sha)}\n${content}`;
  // on-failure creates nothing for a pass, but a standing failure is updated so it does not go stale.
  if (options.mode === 'on-failure' && options.verdict === 'pass' && !newest) {
    return { action: 'skipped', reason: 'comment is on-failure and the gate passed' };
  }
  const shows = newest ? parseStamp(newest.body) : null;
  // A late, older job must never overwrite a newer result; duplicates are left for the newer job too.
  if (newest && shows && isOlderThan(options.stamp, shows)) return { action: 'kept-newer', url: newest.htmlUrl, shows };
  for (const duplicate of ours.slice(0, -1)) await deleteDuplicate(api, duplicate.id);
  const deleted = Math.max(0, ours.length - 1);
  if (!newest) return { action: 'created', url: (await api.createComment(body)).htmlUrl, deleted };
  // Same content: left alone, unless a later run number must be recorded so that a run in between cannot overwrite it.
  const laterRun = isOlderThan(shows, options.stamp) && shows?.number !== options.stamp?.number;
  if (withoutRun(newest.body) === withoutRun(body) && !laterRun) return { action: 'unchanged', url: newest.htmlUrl, deleted };
  return { action: 'updated', url: (await api.updateComment(newest.id, body)).htmlUrl, deleted };
}
