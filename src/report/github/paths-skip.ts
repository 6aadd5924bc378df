// paths, at the edge: on a pull request, the files it changed (GET
// /pulls/{n}/files, paged) decide whether the gate has anything to gate
// (skip-decision.ts). Any doubt, a GitHub problem included, runs the gate.
import { ACTION_IO, type GitHubIo } from './io.ts';
import { InputError } from '../../errors.ts';
import type { ReportSettings } from '../../inputs/inputs.ts';
import { logUntrusted } from '../log.ts';
import type { RunnerContext } from './context.ts';
import { fitted, statusContext, wantsCommitStatus } from './commit-status.ts';
import { openSession, problemReporter } from './to-github.ts';
import { decideSkip } from './skip-decision.ts';
import type { RepoApi } from './client.ts';
import { escapeInline } from '../escape.ts';
import { footer } from '../footer.ts';
import { gateKey } from './pr-comment.ts';
import { markerFor, upsertStickyComment } from './sticky.ts';
import type { Report } from './problem.ts';

/** The job summary and the sticky comment of a skipped gate. */
export function skippedMarkdown(description: string, settings: ReportSettings, context: RunnerContext, io: GitHubIo = ACTION_IO): string {
  const title = settings.name ? `⏭️ Evals skipped: ${escapeInline(settings.name, 120)}` : '⏭️ Evals skipped';
  return `## ${title}\n\n${escapeInline(description, 300)}\n\n${footer(context, new Date(io.timing.now()))}\n`;
}

/** The gate's own sticky comment says skipped too, so that an earlier push's verdict does not stand there; on-failure creates none. */
async function commentSkip(
  api: RepoApi,
  pullNumber: number,
  { settings, context, report, io }: { settings: ReportSettings; context: RunnerContext; report: Report; io: GitHubIo },
  markdown: string,
) {
  try {
    const outcome = await upsertStickyComment(api.comments(pullNumber), {
      author: await api.viewerLogin(),
      marker: markerFor(gateKey(settings, context)),
      stamp: context.runStamp,
      sha: context.commitSha,
      body: markdown,
      mode: settings.comment,
      verdict: 'pass',
    });
    if (outcome.action !== 'skipped' && outcome.action !== 'kept-newer')
      io.log.info(`eval-gate: pull-request comment ${outcome.action}: ${outcome.url}`);
  } catch (error) {
    report('the pull-request comment', error);
  }
}

/** GitHub lists at most 3000 files of a PR: 30 pages of 100. */
const FILES_MAX_PAGES = 30;
/** The PR, its files, and the status: a few dozen calls at most. */
const PATHS_BUDGET_MS = 60_000;
const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

const prNumberOf = (context: RunnerContext): number | null => {
  const n = (context.event.pull_request as { number?: unknown } | undefined)?.number;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
};

/** The status description when the gate is skipped (and its status written when the gate writes one), or null: run the gate. */
export async function skipIfUnchanged(settings: ReportSettings, context: RunnerContext, io: GitHubIo = ACTION_IO): Promise<string | null> {
  if (settings.paths.length === 0) return null;
  const pullNumber = prNumberOf(context);
  if (!PR_EVENTS.has(context.eventName ?? '') || pullNumber === null) {
    logUntrusted(
      io.log.info,
      `eval-gate: paths has no effect on a ${context.eventName ?? 'unknown'} event (only on a pull request's); the gate runs`,
    );
    return null;
  }
  if (!settings.githubToken) {
    throw new InputError(
      "github-token: expected a token beside paths (it lists the pull request's changed files, 'pull-requests: read'), got nothing",
    );
  }
  const report = problemReporter(io);
  const session = await openSession(settings, context, PATHS_BUDGET_MS, report, io);
  if (!session) return null;
  try {
    const [pull, files] = await Promise.all([session.api.pull(pullNumber), session.api.pullFiles(pullNumber, FILES_MAX_PAGES)]);
    const decision = decideSkip(settings.paths, files, pull.changedFiles);
    if (!decision.skip) {
      logUntrusted(io.log.info, `eval-gate: not skipped: ${decision.why}`);
      return null;
    }
    const description = fitted(decision.description);
    logUntrusted(io.log.info, `eval-gate: ${description}; no run is started or read`);
    const sha = context.commitSha;
    if (sha && wantsCommitStatus(settings.commitStatus, context.eventName)) {
      const status = { state: 'success' as const, context: statusContext(settings), description, targetUrl: context.workflowRunUrl };
      await session.api.setCommitStatus(sha, status).then(
        () => io.log.info(`eval-gate: commit status "${status.context}" set to success (skipped) on ${sha.slice(0, 12)}`),
        (error: unknown) => report('the commit status', error, "'statuses: write'"),
      );
    }
    await commentSkip(session.api, pullNumber, { settings, context, report, io }, skippedMarkdown(description, settings, context, io));
    return description;
  } catch (error) {
    report("listing the pull request's changed files (paths); the gate runs", error, "'pull-requests: read'");
    return null;
  } finally {
    session.close();
  }
}
