// The record a push run leaves on its commit, for later PRs to find as their
// baseline: a commit status whose description is machine-readable, versioned:
//   eg1;<verdict>;<provider>;<run id>,<run id>;<score or ->;<metric>=<score>,…
// Run ids are the characters run-id takes (no ; or ,); metrics whose names
// could break the format, or that do not fit in GitHub's 140 characters, are
// left out and the list ends with `…`. Only the run ids matter for finding a
// baseline: its runs are read again from the vendor, like any run.
import type { ProviderName } from '../../model.ts';
import { PROVIDER_NAMES } from '../../providers/index.ts';
import type { GateDecision } from '../../rules/rules.ts';
import type { Verdict } from '../../rules/verdict.ts';
import type { CommitStatus } from './client.ts';

export const RECORD_VERSION = 'eg1';
/** GitHub refuses a longer description. */
const DESCRIPTION_MAX = 140;
/** The login of the GitHub Actions identity: only the records it wrote count (not a user's, not another app's). */
export const ACTIONS_LOGIN = 'github-actions[bot]';

export interface BaselineRecord {
  verdict: Verdict;
  provider: ProviderName;
  runIds: string[];
  score: number | null;
}

/** The status context of the record: one per gate, apart from the gate's own status. */
export function recordContext(settings: { name: string | null; provider: ProviderName }): string {
  return `eval-gate record / ${(settings.name ?? settings.provider).replace(/[^\x20-\x7e]/g, '?').slice(0, 100)}`;
}

const SAFE_NAME = /^[\x21-\x7e]+$/;
const number = (value: number | null | undefined) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : '-');

/** The record of a gate, or null when its run ids alone do not fit (a run gated with many runs). */
export function recordStatus(
  gate: GateDecision,
  settings: { name: string | null; provider: ProviderName },
  targetUrl: string | null,
): CommitStatus | null {
  const runs = gate.runs.map((v) => v.run);
  const head = [
    RECORD_VERSION,
    gate.verdict,
    settings.provider,
    runs.map((r) => r.runId).join(','),
    number(runs.length === 1 ? runs[0]?.score : null),
  ].join(';');
  if (head.length + 1 > DESCRIPTION_MAX || runs.some((r) => r.started && r.runId === '(not started)')) return null;
  const metrics = runs.length === 1 ? (runs[0]?.metrics ?? []) : [];
  let tail = '';
  for (const m of metrics) {
    const item = `${tail ? ',' : ''}${m.name}=${number(m.score)}`;
    if (!SAFE_NAME.test(m.name) || /[;,=…]/.test(m.name) || head.length + 1 + tail.length + item.length + 1 > DESCRIPTION_MAX) {
      tail += tail ? ',…' : '…';
      break;
    }
    tail += item;
  }
  const state = gate.verdict === 'pass' ? 'success' : gate.verdict === 'fail' ? 'failure' : 'error';
  return { state, context: recordContext(settings), description: `${head};${tail}`, targetUrl };
}

const RUN_ID = /^[A-Za-z0-9._:~-]+$/;

/** A record read back; null when it is not one this version wrote, so it never counts. */
export function parseRecord(description: string): BaselineRecord | null {
  const [version, verdict, provider, ids, score] = description.split(';');
  if (version !== RECORD_VERSION || !ids || score === undefined) return null;
  if (verdict !== 'pass' && verdict !== 'fail' && verdict !== 'error') return null;
  if (!(PROVIDER_NAMES as readonly string[]).includes(provider ?? '')) return null;
  const runIds = ids.split(',');
  if (!runIds.every((id) => RUN_ID.test(id) && !/^\.+$/.test(id))) return null;
  const value = score === '-' ? null : Number(score);
  if (value !== null && !Number.isFinite(value)) return null;
  return { verdict, provider: provider as ProviderName, runIds, score: value };
}
