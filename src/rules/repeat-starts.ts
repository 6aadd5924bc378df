// The runs of several create requests of one body, matched into the runs the gate judges, and when
// confirm-failures starts the body once more.
import type { GateRun } from '../model.ts';
import { combineRuns, type RepeatMode } from './repeats.ts';

/**
 * The runs of each create request (a Runtype submit can make several), combined position by position:
 * the k-th run of every request is one judged run. Requests that made different numbers of runs cannot
 * be matched: each such position is an error.
 */
export function combineStarts(starts: readonly GateRun[][], mode: RepeatMode): GateRun[] {
  const width = Math.max(...starts.map((s) => s.length));
  return Array.from({ length: width }, (_, k) => {
    const runs = starts.map((s) => s[k]);
    const present = runs.filter((r): r is GateRun => r !== undefined);
    if (present.length === runs.length) return combineRuns(present, mode);
    const counts = starts.map((s) => s.length).join(', ');
    const problem = `the create requests made different numbers of runs (${counts}), so run ${k + 1} of each cannot be matched`;
    return { ...(present[0] as GateRun), status: 'error' as const, problem };
  });
}

/** confirm-failures starts the body once more only when the gate failed on runs that all completed (not errored, cancelled or failed). */
export function needsConfirmation(judged: readonly { run: GateRun; decision: { verdict: string } }[]): boolean {
  return (
    judged.some((v) => v.decision.verdict === 'fail') && judged.every((v) => v.decision.verdict !== 'error' && v.run.status === 'completed')
  );
}
