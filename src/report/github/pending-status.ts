import { messageOf } from '../../errors.ts';
import type { ReportSettings } from '../../inputs/inputs.ts';
import type { LazyCore } from '../lazy-core.ts';
import { wantsCommitStatus } from './commit-status.ts';

/** A gate decided within this long goes straight to its verdict; no pending status flickers first. */
const MIN_PENDING_AFTER_MS = 3000;

export interface PendingStatus {
  /** Stops the timer; resolves once a pending status already under way is out, so the verdict lands after it. */
  settle(): Promise<void>;
}

/**
 * Sets the commit status to pending once the gate has polled for a while (two
 * poll intervals, at least 3 s): late enough never to hold up the first
 * request, and skipped for runs that are over at once. With comment: aggregate,
 * at once instead.
 */
export function schedulePendingStatus(
  settings: ReportSettings,
  vendorLabel: string,
  core: LazyCore,
  env: NodeJS.ProcessEnv = process.env,
  /** The run ids known when it fires: with the start input, those created so far. */
  runIds: () => string[] = () => settings.runIds,
): PendingStatus {
  if (!settings.githubToken || !wantsCommitStatus(settings.commitStatus, env.GITHUB_EVENT_NAME ?? null)) {
    return { settle: () => Promise.resolve() };
  }
  let posting: Promise<void> = Promise.resolve();
  const timer = setTimeout(
    () => {
      // Masks the secrets before anything GitHub-side can write a line.
      posting = core
        .load()
        .then(() => import('../publish.ts'))
        .then((report) => report.publishPendingStatus({ ...settings, runIds: runIds() }, vendorLabel))
        .catch((error: unknown) => core.write((c) => c.warning(`eval-gate: the pending commit status skipped (${messageOf(error)})`)));
    },
    // A gate the aggregate step reports says it is under way at once: that is how the aggregate knows of it.
    settings.comment === 'aggregate' ? 0 : Math.max(MIN_PENDING_AFTER_MS, 2 * settings.pollIntervalMs),
  );
  timer.unref();
  return {
    settle: () => {
      clearTimeout(timer);
      return posting;
    },
  };
}
