// Runtype's quality figures (docs.runtype.com, "Get eval group"; shared/vendor-docs/CURRENT.md §4):
// GET /v1/eval/group/{groupId} → { batches: [{ batchId, createdAt, evalCount, status, metrics }],
// evalGroupId, totalEvals }, where `metrics` has free keys (the page's example: accuracy 0.92).
// The results page has no quality verdict, so these are the metrics metric-thresholds gates on.
import { SchemaError } from '../errors.ts';
import type { MetricResult, RunSnapshot } from '../model.ts';
import { NUMBER, OBJECT, orNull, read, shown, TEXT } from './strict.ts';
import type { EnrichContext } from './types.ts';

/** This batch's metrics in the group's answer; a batch the group does not list, or listed twice, is an error. */
export function groupMetrics(body: unknown, batchId: string, groupId: string): MetricResult[] {
  const batches = read(OBJECT, body, '(the eval group)').batches;
  if (!Array.isArray(batches)) throw new SchemaError(`field "batches": expected a list, got ${shown(batches)}`);
  const mine = batches.flatMap((b, i) =>
    read(TEXT, read(OBJECT, b, `batches[${i}]`).batchId, `batches[${i}].batchId`) === batchId ? [i] : [],
  );
  if (mine.length !== 1) {
    const why = mine.length === 0 ? 'not listed' : `listed ${mine.length} times`;
    throw new SchemaError(`field "batches": batch ${JSON.stringify(batchId)} is ${why} in eval group ${JSON.stringify(groupId)}`);
  }
  const at = `batches[${mine[0]}].metrics`;
  const metrics = read(orNull(OBJECT), (batches[mine[0] as number] as Record<string, unknown>).metrics ?? null, at) ?? {};
  // Free keys: a figure that is not a number is that metric's problem, an error only for a rule on it.
  return Object.entries(metrics).map(([name, value]) =>
    NUMBER.test(value)
      ? { name, score: value, threshold: null, passed: null }
      : {
          name,
          score: null,
          threshold: null,
          passed: null,
          problem: `field "${at}.${name}": expected ${NUMBER.expectation}, got ${shown(value)}`,
        },
  );
}

/** The batch's `evalGroupId`, when the results name one. */
export function groupIdOf(lastBody: unknown): string | null {
  const id = (lastBody as { evalGroupId?: unknown } | null)?.evalGroupId;
  return typeof id === 'string' && id !== '' ? id : null;
}

/**
 * Reads the group's metrics for this batch. When a rule reads metrics, with
 * retries and any failure an error; otherwise one short try for the report,
 * whose failure changes nothing.
 */
export async function withGroupMetrics(snapshot: RunSnapshot, ctx: EnrichContext): Promise<RunSnapshot> {
  const groupId = groupIdOf(ctx.lastBody);
  if (!groupId) return snapshot;
  const path = `/eval/group/${encodeURIComponent(groupId)}`;
  if (ctx.needsMetrics) return { ...snapshot, metrics: groupMetrics(await ctx.getJson(path), ctx.runId, groupId) };
  try {
    return { ...snapshot, metrics: groupMetrics(await ctx.getJsonOnce(path), ctx.runId, groupId) };
  } catch {
    return snapshot;
  }
}
