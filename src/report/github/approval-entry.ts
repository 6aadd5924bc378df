// The action on an issue_comment event: a `/eval-gate` command is answered, and the gate itself does not run.
import type * as Core from '@actions/core';
import { messageOf } from '../../errors.ts';
import { type InputName, parseInputs, reportSettingsOf } from '../../inputs/inputs.ts';
import { escapeLog } from '../escape.ts';
import { parseCommand } from '../../review/command.ts';
import { commentEventOf } from '../../review/event.ts';
import { handleCommand } from './approval-command.ts';
import { runnerContext } from './context.ts';
import { REPORT_BUDGET_MS } from './retry.ts';
import { openSession, problemReporter } from './to-github.ts';
import { ACTION_IO, type GitHubIo } from './io.ts';

/** The inputs that name a run: with none, a comment workflow is there for commands alone. */
const RUN_INPUTS: InputName[] = ['run-id', 'run-id-file', 'start', 'start-file'];
/** Stands for the run id a command workflow does not give, so that the other inputs are checked as usual. */
const NO_RUN = 'none';

/**
 * True when the comment was the step's whole business: a command (answered
 * here), or no command in a workflow that names no run. False when the gate
 * should run as on any other event.
 */
export async function answeredComment(
  env: NodeJS.ProcessEnv,
  read: (name: InputName) => string,
  core: typeof Core,
  io: GitHubIo = ACTION_IO,
): Promise<boolean> {
  const runGiven = RUN_INPUTS.some((name) => read(name) !== '');
  const context = runnerContext(env);
  const event = commentEventOf(context.event);
  const command = event ? parseCommand(event.body) : null;
  if (!event || !command) {
    if (runGiven) return false;
    core.info('eval-gate: the comment holds no /eval-gate command on its first line; nothing to do');
    core.setOutput('review', 'ignored');
    return true;
  }
  try {
    const settings = reportSettingsOf(parseInputs((name) => (name === 'run-id' && !runGiven ? NO_RUN : read(name))));
    const report = problemReporter(io);
    const session = await openSession(settings, context, REPORT_BUDGET_MS, report, io);
    if (!session) {
      core.setFailed('eval-gate: could not record the decision: github-token and GITHUB_REPOSITORY are needed');
      return true;
    }
    try {
      const outcome = await handleCommand(session.api, event, command, settings, context, report);
      core.setOutput('review', outcome.review);
      if (outcome.failure) core.setFailed(escapeLog(`eval-gate: ${outcome.failure}`));
    } finally {
      session.close();
    }
  } catch (error) {
    core.setOutput('review', 'ignored');
    core.setFailed(escapeLog(`eval-gate: ${messageOf(error)}`));
  }
  return true;
}
