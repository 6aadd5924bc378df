// The aggregate step's wait, at the edge: reads the commit's statuses until
// every matching gate has decided or `timeout` has passed. Bounded (the
// deadline, cancellation, each request's own bounds in retry.ts), polite (the
// wait between reads grows, and a rate limit's reset is waited for when it
// comes before the deadline), and on an injected clock.
import { namePattern } from '../../inputs/glob.ts';
import type { AggregateSettings } from '../../inputs/aggregate.ts';
import type { Timing } from '../../poll/retry.ts';
import { formatDurationMs } from '../../inputs/duration.ts';
import { type AggregateDecision, decideAggregate, gatesOf } from './aggregate-decision.ts';
import type { FinalDecision } from './aggregate-render.ts';
import type { RepoApi } from './client.ts';
import { statusContextOf } from './commit-status.ts';
import { gitHubProblem, rateLimitResetAtMs } from './problem.ts';

/** GitHub keeps at most 1000 statuses per context; 10 pages of 100 are read, and a commit with more is an error, not a guess. */
const STATUS_MAX_PAGES = 10;
/** The wait between reads grows by half each time, up to this. */
const MAX_INTERVAL_MS = 30_000;
/** GitHub answers these the same way however often it is asked. */
const PERMANENT = new Set([400, 401, 404, 410, 422]);
const READ_PERMISSION = "'statuses: read'";

export interface AggregateIo {
  timing: Pick<Timing, 'now' | 'sleep'>;
  signal: AbortSignal;
  log: (line: string) => void;
}

const failed = (why: string): FinalDecision => ({ state: 'error', gates: [], decidedBy: [], why });

type Read = { decision: AggregateDecision } | { problem: string; permanent: boolean; resetAtMs: number | null };

/** One read of the statuses, decided; or the problem that stopped it, with when to read again. */
async function readOnce(api: RepoApi, sha: string, settings: AggregateSettings, timedOut: boolean, nowMs: number): Promise<Read> {
  try {
    const listed = await api.everyStatusOf(sha, STATUS_MAX_PAGES);
    if (!listed.complete) {
      return {
        decision: failed(`the commit has more than ${STATUS_MAX_PAGES * 100} statuses; the aggregate cannot tell it saw every gate`),
      };
    }
    const gates = gatesOf(listed.items, namePattern(settings.pattern), statusContextOf(settings.name));
    return { decision: decideAggregate(gates, settings.pattern, timedOut) };
  } catch (error) {
    const problem = gitHubProblem("reading the commit's statuses", error, READ_PERMISSION, nowMs);
    const status = (error as { status?: unknown }).status;
    const resetAtMs = rateLimitResetAtMs(error, nowMs);
    const permanent = typeof status === 'number' && (PERMANENT.has(status) || (status === 403 && resetAtMs === null));
    return { problem, permanent, resetAtMs };
  }
}

export async function awaitGates(api: RepoApi, sha: string, settings: AggregateSettings, io: AggregateIo): Promise<FinalDecision> {
  const deadlineMs = io.timing.now() + settings.timeoutMs;
  let intervalMs = settings.pollIntervalMs;
  let said = '';
  for (;;) {
    const nowMs = io.timing.now();
    const read = await readOnce(api, sha, settings, nowMs >= deadlineMs, nowMs);
    let waitMs = intervalMs;
    if ('problem' in read) {
      io.log(read.problem);
      if (read.permanent) return failed(read.problem);
      if (nowMs >= deadlineMs) return failed(`still no answer from GitHub after ${formatDurationMs(settings.timeoutMs)}: ${read.problem}`);
      if (read.resetAtMs !== null) waitMs = Math.max(waitMs, read.resetAtMs - nowMs);
    } else if (read.decision.state !== 'waiting') {
      return read.decision as FinalDecision;
    } else {
      const line = waitingLine(read.decision, settings.pattern);
      if (line !== said) io.log(line);
      said = line;
    }
    // The last wait ends at the deadline, for one last read: the verdict says what was true then.
    const remainingMs = deadlineMs - io.timing.now();
    await io.timing.sleep(Math.max(0, Math.min(waitMs, remainingMs)), io.signal);
    intervalMs = Math.min(MAX_INTERVAL_MS, intervalMs * 1.5);
  }
}

function waitingLine(decision: Extract<AggregateDecision, { state: 'waiting' }>, pattern: string): string {
  if (decision.gates.length === 0) return `eval-gate: waiting for a gate matching ${pattern} to report on this commit`;
  return `eval-gate: waiting for ${decision.pending.length} of ${decision.gates.length} gate(s): ${decision.pending.join(', ')}`;
}
