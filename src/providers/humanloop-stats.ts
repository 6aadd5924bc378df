import { z } from 'zod';
import type { MetricResult, RunSnapshot } from '../model.ts';
import { looseNumber, looseString, parseWith } from './schema.ts';

// GET /evaluations/{id}/stats, per run and per evaluator. Boolean evaluators
// count `num_true` out of `total_logs`; numeric ones give a `mean`.
const evaluatorStats = z.object({
  evaluator_version_id: looseString,
  total_logs: looseNumber,
  num_true: looseNumber,
  mean: looseNumber,
});
const runStats = z.object({ run_id: looseString, evaluator_stats: z.array(evaluatorStats) });
const stats = z.object({ run_stats: z.array(runStats) });

interface Tally {
  booleanTrue: number;
  booleanLogs: number;
  means: number[];
}

/**
 * Score and pass rate from the stats of the runs under test (the control run
 * left out when there are others): the pass rate is the share of true
 * judgements over all boolean evaluators, the score that share times 100, or,
 * with only numeric evaluators, the mean of their means. Each evaluator is a metric.
 */
export function scoresFromStats(body: unknown, controlRunIds: ReadonlySet<string>): Pick<RunSnapshot, 'score' | 'passRate' | 'metrics'> {
  const { run_stats: all } = parseWith(stats, body);
  const isControl = (r: { run_id?: string | null }) => r.run_id != null && controlRunIds.has(r.run_id);
  const tested = all.some((r) => !isControl(r)) ? all.filter((r) => !isControl(r)) : all;
  const total: Tally = { booleanTrue: 0, booleanLogs: 0, means: [] };
  const perEvaluator = new Map<string, Tally>();
  for (const run of tested) {
    for (const e of run.evaluator_stats) {
      const key = e.evaluator_version_id ?? 'evaluator';
      const tally = perEvaluator.get(key) ?? { booleanTrue: 0, booleanLogs: 0, means: [] };
      perEvaluator.set(key, tally);
      for (const t of [tally, total]) {
        if (e.num_true != null && e.total_logs) {
          t.booleanTrue += e.num_true;
          t.booleanLogs += e.total_logs;
        } else if (e.mean != null) {
          t.means.push(e.mean);
        }
      }
    }
  }
  const passRate = total.booleanLogs > 0 ? total.booleanTrue / total.booleanLogs : null;
  const metrics: MetricResult[] = [...perEvaluator].map(([name, t]) => ({ name, score: scoreOf(t), threshold: null, passed: null }));
  return { passRate, score: scoreOf(total), metrics };
}

function scoreOf(t: Tally): number | null {
  if (t.booleanLogs > 0) return (t.booleanTrue / t.booleanLogs) * 100;
  return t.means.length > 0 ? t.means.reduce((a, b) => a + b, 0) / t.means.length : null;
}
