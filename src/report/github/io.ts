import { core } from '../guarded-core.ts';
import { type GitHubTiming, REAL_GITHUB_TIMING } from './retry.ts';

/** Where the lines about GitHub go (the runner's log, through the redacting @actions/core). */
export interface GitHubLog {
  info(line: string): void;
  warning(line: string): void;
  notice(line: string): void;
}

/** The GitHub side's edges: its log and its clock. The action's by default; tests pass theirs, in virtual time. */
export interface GitHubIo {
  log: GitHubLog;
  timing: GitHubTiming;
}

export const ACTION_IO: GitHubIo = { log: core, timing: REAL_GITHUB_TIMING };
