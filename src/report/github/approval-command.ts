// A person's `/eval-gate approve|reject|revoke` comment, on an issue_comment event: checked, then recorded.
import { core } from '../guarded-core.ts';
import type { RepoApi } from './client.ts';
import type { RunnerContext } from './context.ts';
import type { ReportSettings } from '../../inputs/inputs.ts';
import { logUntrusted } from '../log.ts';
import { escapeInline } from '../escape.ts';
import { COMMAND, type ParsedCommand } from '../../review/command.ts';
import { decideCommand } from '../../review/decide.ts';
import type { CommentEvent } from '../../review/event.ts';
import type { ReviewState } from '../../review/outcome.ts';
import { readDecision, readState } from '../../review/record.ts';
import { refusalBeforeAsking, refusalByPermission } from '../../review/who.ts';
import { fitted, statusContext } from './commit-status.ts';
import { commentWithDecision } from './approval-block.ts';
import { gateKey } from './pr-comment.ts';
import { markerFor, ourNewestComment } from './sticky.ts';
import type { Report } from './problem.ts';

/** What became of the command: `failure` when a decision could not be checked or recorded (the step then fails). */
export interface CommandOutcome {
  review: ReviewState | 'ignored';
  failure: string | null;
}

const ignored: CommandOutcome = { review: 'ignored', failure: null };
const failed = (failure: string): CommandOutcome => ({ review: 'ignored', failure });

/** A GitHub login as GitHub spells them is mentioned; anything else is escaped like any other text. */
const mention = (login: string) => (/^[A-Za-z\d](?:[A-Za-z\d-]{0,38})$/.test(login) ? `@${login}` : escapeInline(login, 60));

/** The short reply that says why nothing changed. A reply that cannot be posted is only a warning. */
async function reply(api: RepoApi, event: CommentEvent, why: string, report: Report): Promise<void> {
  logUntrusted(core.info, `eval-gate: ${event.author.login}'s command changed nothing: ${why}`);
  if (event.prNumber === null) return;
  const body = `${mention(event.author.login)} eval-gate changed nothing: ${why}.`;
  await api
    .comments(event.prNumber)
    .createComment(body)
    .catch((error: unknown) => report('the reply to the command', error));
}

/** Who the author is to GitHub now; a failure to ask is a failure to record. */
async function permissionRefusal(api: RepoApi, login: string, report: Report): Promise<string | null | Error> {
  try {
    return refusalByPermission(await api.collaboratorPermission(login));
  } catch (error) {
    report(`checking ${login}'s permission`, error, "'metadata: read'");
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * Checks who wrote the command and records the decision in the gate's own
 * comment and commit status. Only a newly created comment counts.
 */
export async function handleCommand(
  api: RepoApi,
  event: CommentEvent,
  command: ParsedCommand,
  settings: ReportSettings,
  context: RunnerContext,
  report: Report,
): Promise<CommandOutcome> {
  const { prNumber } = event;
  if (prNumber === null) return (core.info('eval-gate: the comment is on an issue, not a pull request; nothing to do'), ignored);
  if (event.action === 'deleted') return ignored;
  if (event.action !== 'created') {
    await reply(api, event, `edited comments are ignored; post a new comment starting with \`${COMMAND}\``, report);
    return ignored;
  }
  if (!command.ok) return (await reply(api, event, command.problem, report), ignored);
  const before = refusalBeforeAsking(event.author, event.prAuthor, settings);
  if (before) return (await reply(api, event, before, report), ignored);
  const byPermission = await permissionRefusal(api, event.author.login, report);
  if (byPermission instanceof Error) return failed(`could not check ${event.author.login}'s permission on the repository`);
  if (byPermission) return (await reply(api, event, byPermission, report), ignored);
  return recordDecision(api, { ...event, prNumber }, command, settings, context, report);
}

async function recordDecision(
  api: RepoApi,
  event: CommentEvent & { prNumber: number },
  command: ParsedCommand & { ok: true },
  settings: ReportSettings,
  context: RunnerContext,
  report: Report,
): Promise<CommandOutcome> {
  const comments = api.comments(event.prNumber);
  let headSha: string;
  let newest: Awaited<ReturnType<typeof ourNewestComment>>;
  try {
    headSha = (await api.pull(event.prNumber)).headSha;
    newest = await ourNewestComment(comments, markerFor(gateKey(settings, context)), await api.viewerLogin());
  } catch (error) {
    report('reading the pull request and its eval-gate comment', error, "'pull-requests: read'");
    return failed("could not read the pull request or the gate's comment on it");
  }
  const state = readState(newest?.body ?? null);
  const result = decideCommand({
    ...command,
    by: event.author.login,
    at: event.createdAt,
    commentUrl: event.htmlUrl,
    headSha,
    state,
    current: readDecision(newest?.body ?? null),
  });
  if (result.kind === 'refused' || !newest || !state) {
    await reply(api, event, result.kind === 'refused' ? result.reply : 'the gate has no comment to record it in', report);
    return ignored;
  }
  try {
    await comments.updateComment(newest.id, commentWithDecision(newest.body, state, result.decision));
  } catch (error) {
    report("recording the decision in the gate's comment", error);
    return failed("could not record the decision in the gate's comment");
  }
  if (settings.commitStatus !== 'never') {
    const status = { ...result.status, description: fitted(result.status.description) };
    try {
      await api.setCommitStatus(headSha, { ...status, context: statusContext(settings), targetUrl: context.workflowRunUrl });
    } catch (error) {
      report('the commit status', error, "'statuses: write'");
      return failed(`recorded, but could not set the commit status "${statusContext(settings)}"`);
    }
  }
  logUntrusted(core.info, `eval-gate: ${result.summary} on ${headSha.slice(0, 12)}; commit status ${result.status.state}`);
  return { review: result.review, failure: null };
}
