// Each payload issue 13 found passing, now never a pass, with a message that names the field.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aegisEvaluation, aegisRun } from '../../sim/fixtures/aegis.ts';
import { avidoCounts, avidoRun } from '../../sim/fixtures/avido.ts';
import { eigenpalRun } from '../../sim/fixtures/eigenpal.ts';
import { humanloopRun, humanloopRuns, humanloopStats } from '../../sim/fixtures/humanloop.ts';
import { runtypeResults } from '../../sim/fixtures/runtype.ts';
import type { ProviderName } from '../../src/model.ts';
import { judge, type Payload } from '../helpers/judge.ts';
import { noRules } from '../helpers/runs.ts';

const HUMANLOOP_RUNS = humanloopRuns(humanloopRun('rn_1', 'completed', { control: true }), humanloopRun('rn_2', 'completed'));

function humanloopWith(evaluator: Record<string, unknown>): Payload {
  const stats = humanloopStats([
    { runId: 'rn_1', numTrue: 30, totalLogs: 40 },
    { runId: 'rn_2', numTrue: 36, totalLogs: 40 },
  ]);
  Object.assign(stats.run_stats[1]?.evaluator_stats[0] ?? {}, evaluator);
  return { body: HUMANLOOP_RUNS, stats };
}

async function expectNotPass(vendor: ProviderName, payload: Payload, message: RegExp, rules = noRules) {
  const outcome = await judge(vendor, payload, rules);
  assert.notEqual(outcome.verdict, 'pass', outcome.message);
  assert.match(outcome.message, message);
  return outcome;
}

const withThreshold = (threshold: number) => ({ ...noRules, threshold });

describe('issue 13: Humanloop stats', () => {
  for (const [label, value] of [
    ['a string', '36'],
    ['null', null],
    ['an array', [36]],
  ] as const) {
    it(`an evaluator whose num_true is ${label} is an error, not left out`, async () => {
      const outcome = await expectNotPass('humanloop', humanloopWith({ num_true: value }), /evaluator_stats\[0\]/, withThreshold(50));
      assert.equal(outcome.verdict, 'error');
    });
  }

  it('an evaluator whose total_logs is missing is an error', async () => {
    await expectNotPass(
      'humanloop',
      humanloopWith({ total_logs: undefined }),
      /field "run_stats\[1\]\.evaluator_stats\[0\]\.total_logs": expected a non-negative integer, got nothing \(missing\)/,
      withThreshold(50),
    );
  });

  it('num_true above total_logs, or total_logs of 0, is an error', async () => {
    await expectNotPass(
      'humanloop',
      humanloopWith({ num_true: 41 }),
      /"run_stats\[1\]\.evaluator_stats\[0\]\.num_true" \(41\) and .*total_logs" \(40\) disagree/,
      withThreshold(50),
    );
    await expectNotPass('humanloop', humanloopWith({ num_true: 0, total_logs: 0 }), /total_logs": 0 beside "num_true"/, withThreshold(0));
  });
});

describe('issue 13: Aegis', () => {
  for (const value of ['false', 0]) {
    it(`evaluations[].is_success of ${JSON.stringify(value)} is an error, never a success`, async () => {
      const body = aegisRun({ evaluations: [aegisEvaluation(0), { ...aegisEvaluation(1), is_success: value as never }] });
      await expectNotPass('aegis', { body }, /field "evaluations\[1\]\.is_success": expected true or false or null, got/);
    });
  }

  for (const value of ['', '0', 'not a date']) {
    it(`finished_at of ${JSON.stringify(value)} is an error, never finished`, async () => {
      await expectNotPass(
        'aegis',
        { body: { ...aegisRun(), finished_at: value } },
        /field "finished_at": expected an ISO 8601 date-time or null, got the string/,
      );
    });
  }

  it('a result of 150 or a threshold of -5 is out of range', async () => {
    await expectNotPass(
      'aegis',
      { body: { ...aegisRun(), result: 150 } },
      /field "result": expected a number from 0 to 100 or null, got 150/,
    );
    await expectNotPass('aegis', { body: { ...aegisRun(), threshold: -5 } }, /field "threshold": expected a number from 0 to 100, got -5/);
  });

  it('is_gte_threshold true beside a result below the threshold is an error quoting both', async () => {
    const outcome = await expectNotPass(
      'aegis',
      { body: aegisRun({ result: 61.5, isGteThreshold: true }) },
      /"is_gte_threshold" \(true\) and "result" \(61\.5\) disagree/,
    );
    assert.equal(outcome.verdict, 'error');
  });
});

describe('issue 13: Eigenpal', () => {
  it('error "" on a finished run is an error, not "no error"', async () => {
    await expectNotPass(
      'eigenpal',
      { body: eigenpalRun({ status: 'completed', error: '' }) },
      /field "error": expected a non-empty string or null, got the string ""/,
    );
  });

  for (const score of [91, 1.5]) {
    it(`eval.score of ${score} is off the 0–1 scale`, async () => {
      await expectNotPass(
        'eigenpal',
        { body: eigenpalRun({ status: 'completed', evalScore: score }) },
        /field "eval\.score": expected a number from 0 to 1 or null/,
        withThreshold(0.8),
      );
    });
  }

  it('finished false with execution.status completed is not terminal: it waits, naming both', async () => {
    const outcome = await expectNotPass(
      'eigenpal',
      { body: eigenpalRun({ finished: false, status: 'completed' }) },
      /"finished" is false but "execution\.status" is "completed"/,
    );
    assert.equal(outcome.verdict, 'timed_out');
  });
});

describe('issue 13: Avido', () => {
  it('a negative count is an error, never a 150% pass rate', async () => {
    const body = { ...avidoRun(undefined, { ...avidoCounts(3, 0, 2), failed: -1 }), evals: undefined };
    await expectNotPass('avido', { body }, /field "result\.failed": expected a non-negative integer, got -1/);
  });

  it('status FAILED beside result PASSED is an error quoting both', async () => {
    const outcome = await expectNotPass(
      'avido',
      { body: avidoRun('FAILED', 'PASSED') },
      /"status" \(the string "FAILED"\) and "result" \(the string "PASSED"\) disagree/,
    );
    assert.equal(outcome.verdict, 'error');
  });
});

describe('issue 13: Runtype', () => {
  it('processedRecords above totalRecords is an error, never over 100%', async () => {
    await expectNotPass(
      'runtype',
      { body: runtypeResults('completed', 60, 0, 50) },
      /"processedRecords" \(60\) and "totalRecords" \(50\) disagree/,
    );
  });

  for (const status of ['Completed', 'COMPLETED']) {
    it(`status ${status} is a state we do not know (the docs say "completed")`, async () => {
      await expectNotPass(
        'runtype',
        { body: runtypeResults(status, 50, 0) },
        new RegExp(`field "status": expected a known state \\(.*\\), got the string "${status}"`),
      );
    });
  }
});
