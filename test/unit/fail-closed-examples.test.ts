// Each payload issue 13 found passing, now never a pass, with a message that names the field.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aegisEvaluation, aegisRun } from '../../sim/fixtures/aegis.ts';
import { avidoCounts, avidoCurrentRun, avidoEval, avidoEvalRow, avidoFinished, avidoResult, avidoRun } from '../../sim/fixtures/avido.ts';
import { eigenpalRun } from '../../sim/fixtures/eigenpal.ts';
import { humanloopRun, humanloopRuns, humanloopStats } from '../../sim/fixtures/humanloop.ts';
import { runtypeGroup, runtypeResults } from '../../sim/fixtures/runtype.ts';
import { providerFor } from '../../src/providers/index.ts';
import type { ProviderName } from '../../src/model.ts';
import { judge, type Payload } from '../helpers/judge.ts';
import { decideRun } from '../../src/rules/rules.ts';
import { gateRun, noRules } from '../helpers/runs.ts';

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
      /field "run_stats\[1\]\.evaluator_stats\[0\]\.total_logs": expected a non-negative integer below 2\^53, got nothing \(missing\)/,
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

  it('num_errors is part of total_logs: errors beside as many True judgements as logs, or more errors than logs, are errors', async () => {
    await expectNotPass(
      'humanloop',
      humanloopWith({ num_errors: 5 }),
      /fields "run_stats\[1\]\.evaluator_stats\[0\]\.num_true" \(36\) and "run_stats\[1\]\.evaluator_stats\[0\]\.num_errors" \(5\) disagree: true judgements and errors add up to more than "total_logs" 40/,
      withThreshold(50),
    );
    await expectNotPass('humanloop', humanloopWith({ num_errors: 41 }), /num_errors" \(41\).*more errors than logs/, withThreshold(50));
  });

  it('errors that leave room for the True judgements still give their true figure', async () => {
    const outcome = await judge('humanloop', humanloopWith({ num_errors: 4 }), withThreshold(90));
    assert.equal(outcome.verdict, 'pass', outcome.message);
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

  // Date.parse takes these as the days after (2 March, 1 May); where a date decides, they are errors.
  for (const value of ['2026-02-30T09:13:12Z', '2026-02-29T09:13:12Z', '2026-04-31T09:13:12Z', '2100-02-29T09:13:12Z']) {
    it(`finished_at on a day that does not exist (${value}) is an error, never finished`, async () => {
      await expectNotPass('aegis', { body: { ...aegisRun(), finished_at: value } }, /field "finished_at": expected an ISO 8601 date-time/);
      const evaluations = [aegisEvaluation(0), { ...aegisEvaluation(1), finished_at: value }];
      await expectNotPass('aegis', { body: aegisRun({ evaluations }) }, /field "evaluations\[1\]\.finished_at": expected an ISO 8601/);
    });
  }

  it('finished_at on a leap day that exists (2024-02-29, 2000-02-29) is a date', async () => {
    for (const value of ['2024-02-29T09:13:12Z', '2000-02-29T09:13:12+02:00']) {
      assert.equal((await judge('aegis', { body: { ...aegisRun(), finished_at: value } }, noRules)).verdict, 'pass', value);
    }
  });

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
    await expectNotPass('avido', { body }, /field "result\.failed": expected a non-negative integer below 2\^53, got -1/);
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

describe('found by a hostile review of the adapters', () => {
  const stats = (...runs: Array<{ runId: string; numTrue: number; totalLogs: number }>) => humanloopStats(runs);
  const runs = (...ids: Array<[string, boolean]>) =>
    humanloopRuns(...ids.map(([id, control]) => humanloopRun(id, 'completed', { control })));

  it('humanloop: a run under test missing from the stats is an error, never scored by the control run', async () => {
    const payload = { body: runs(['rn_1', true], ['rn_2', false]), stats: stats({ runId: 'rn_1', numTrue: 39, totalLogs: 40 }) };
    await expectNotPass('humanloop', payload, /run "rn_2" has no evaluator stats, so it judged nothing/, withThreshold(90));
  });

  it('humanloop: stats of a run that is not in the evaluation are an error', async () => {
    const payload = {
      body: runs(['rn_1', true], ['rn_2', false]),
      stats: stats({ runId: 'rn_2', numTrue: 40, totalLogs: 40 }, { runId: 'rn_9', numTrue: 40, totalLogs: 40 }),
    };
    await expectNotPass(
      'humanloop',
      payload,
      /field "run_stats\[1\]\.run_id": the string "rn_9" is not a run of this evaluation/,
      withThreshold(90),
    );
  });

  it('humanloop: a control flag that is not a boolean matters only when scores are read', async () => {
    const body = humanloopRuns({ ...humanloopRun('rn_1', 'completed'), control: 'no' as never });
    assert.equal((await judge('humanloop', { body }, noRules)).verdict, 'pass');
    const scored = await judge('humanloop', { body, stats: stats({ runId: 'rn_1', numTrue: 40, totalLogs: 40 }) }, withThreshold(50));
    assert.equal(scored.verdict, 'error', scored.message);
    assert.match(scored.message, /field "runs\[0\]\.control": expected true or false, got the string "no"/);
  });

  it('runtype: a completed run with records left unprocessed is an error, whatever the rules', async () => {
    for (const rules of [noRules, withThreshold(98), { ...noRules, minPassRate: 0.01 }]) {
      await expectNotPass('runtype', { body: runtypeResults('completed', 49, 0, 50) }, /records? .*not processed|not processed/, rules);
    }
  });

  it('runtype: more records listing an error than failedRecords counts is an error', async () => {
    const body = runtypeResults('completed', 50, 1);
    body.failedRecords = 0;
    await expectNotPass('runtype', { body }, /"failedRecords" \(0\) and "resultsByRecord" .* disagree/);
  });

  it('avido: an eval still in flight in a finished run is an error', async () => {
    await expectNotPass(
      'avido',
      { body: avidoRun('COMPLETED', 'PASSED', [avidoEval('e1', 'PASSED'), avidoEval('e2', 'PENDING')]) },
      /evals\[1\]\.status": PENDING in a finished run/,
    );
  });

  it('avido: a passed run with a failed eval is an error quoting both', async () => {
    await expectNotPass(
      'avido',
      { body: avidoRun('COMPLETED', 'PASSED', [avidoEval('e1', 'PASSED'), avidoEval('e2', 'FAILED')]) },
      /a passed run with an eval that did not pass/,
    );
  });

  it('avido: counts that are not the evals listed are an error', async () => {
    const counts = { ...avidoCounts(2, 0, 2), evals: [avidoEval('e1', 'PASSED'), avidoEval('e2', 'FAILED')] };
    await expectNotPass('avido', { body: { ...avidoRun(undefined, counts), evals: undefined } }, /the counts are not the evals listed/);
  });

  it('avido: an eval listed twice is an error, never counted twice', async () => {
    const body = avidoRun('COMPLETED', 'FAILED', [avidoEval('e1', 'PASSED'), avidoEval('e2', 'FAILED'), avidoEval('e1', 'PASSED')]);
    await expectNotPass('avido', { body }, /field "evals\[2\]\.id": the string "e1" again/, { ...noRules, minPassRate: 0.6 });
  });

  it('avido: an averageScore off its 0–1 scale is an error, never read on another scale', async () => {
    const body = { ...avidoRun(undefined, { ...avidoCounts(4, 0, 4), averageScore: 80 }), evals: undefined };
    await expectNotPass('avido', { body }, /field "result\.averageScore": expected a number from 0 to 1 or null, got 80/);
  });

  it('avido: a wrapped run beside a top-level status is an error', async () => {
    await expectNotPass('avido', { body: { run: avidoRun('FAILED', 'FAILED'), status: 'PASSED' } }, /field "run": a wrapped run beside/);
  });

  it('aegis: a verdict on a finished run with a null result is an error', async () => {
    await expectNotPass(
      'aegis',
      { body: aegisRun({ result: null, isGteThreshold: true }) },
      /field "result": null on a finished run whose "is_gte_threshold" is true/,
    );
  });

  it('aegis: a malformed aggregate fails only a rule on that metric, and as an error that names it', async () => {
    const body = aegisRun({ aggregate: { ans_corr: 86, faith: '81' as never } });
    assert.equal((await judge('aegis', { body }, noRules)).verdict, 'pass');
    const outcome = await judge('aegis', { body }, { ...noRules, metricThresholds: [{ metric: 'faith', min: 70 }] });
    assert.equal(outcome.verdict, 'error');
    assert.match(outcome.message, /field "aggregate_results\.faith": expected a number from 0 to 100 or null, got the string "81"/);
  });

  it('a number too large for JSON is shown as what it became, never as null', async () => {
    await expectNotPass(
      'aegis',
      { body: JSON.parse(JSON.stringify(aegisRun()).replace('"result":83.5', '"result":1e309')) },
      /got Infinity/,
    );
  });
});

describe('max-regression against a baseline', () => {
  it('fails when a metric the baseline scored has no score in this run', () => {
    const metric = (name: string, score: number) => ({ name, score, threshold: null, passed: null });
    const baseline = { runId: 'b', run: gateRun({ metrics: [metric('faith', 81), metric('ans_corr', 86)] }), problem: null };
    const decision = decideRun(gateRun({ metrics: [metric('ans_corr', 86)] }), { ...noRules, maxRegression: 2 }, baseline);
    assert.equal(decision.verdict, 'fail');
    assert.match(decision.reason, /metric faith has a score in the baseline but none in this run/);
  });
});

describe('issue 23: the current Avido run', () => {
  const finished = (over: Record<string, unknown>, rows?: unknown[]) => {
    const body = avidoFinished('passed');
    return { body: { run: { ...body.run, result: { ...body.run.result, ...over, ...(rows ? { evals: rows } : {}) } } } };
  };
  const row = (counts: { passed: number; failed: number; total: number }, averageScore: unknown = 0.9) => ({
    ...avidoEvalRow('Naturalness', 'NATURALNESS', counts, 0.9),
    averageScore,
  });

  it('reads the passing current answer as a pass, with a metric per eval', async () => {
    const outcome = await judge('avido', { body: avidoFinished('passed') }, noRules);
    assert.equal(outcome.verdict, 'pass', outcome.message);
  });

  it('a null or absent result is in progress, never an error and never a pass', async () => {
    for (const body of [avidoCurrentRun(null), avidoCurrentRun()]) {
      const outcome = await judge('avido', { body }, noRules);
      assert.equal(outcome.verdict, 'timed_out', outcome.message);
      assert.match(outcome.message, /Avido's run has no status/);
    }
  });

  it('total 0 is a run that has not counted anything yet: timed out with that reason, never a pass', async () => {
    const outcome = await judge('avido', { body: avidoCurrentRun(avidoResult({ passed: 0, failed: 0, total: 0 }, 0, [])) }, noRules);
    assert.equal(outcome.verdict, 'timed_out');
    assert.match(outcome.message, /"run\.result\.total" is 0, so no test has been counted yet/);
  });

  it('a pass rate (0–100) that is not the counts is an error quoting both', async () => {
    await expectNotPass(
      'avido',
      finished({ passRate: 1 }),
      /fields "run\.result\.passRate" \(1\) and "run\.result\.passed" \(4\) disagree/,
    );
  });

  it('an averageScore off 0–1 (a percentage, say) is an error', async () => {
    await expectNotPass(
      'avido',
      finished({ averageScore: 86 }),
      /field "run\.result\.averageScore": expected a number from 0 to 1 or null, got 86/,
    );
  });

  it('an eval row whose pass rate is not its counts, or whose counts pass its total, is an error', async () => {
    const badRate = { ...row({ passed: 4, failed: 0, total: 4 }), passRate: 40 };
    await expectNotPass('avido', finished({}, [badRate]), /fields "run\.result\.evals\[0\]\.passRate" \(40\)/);
    await expectNotPass(
      'avido',
      finished({}, [row({ passed: 4, failed: 1, total: 4 })]),
      /together above "run\.result\.evals\[0\]\.total" 4/,
    );
  });

  it('an eval with failures under a run that counts no failed test is an error quoting both', async () => {
    await expectNotPass(
      'avido',
      finished({}, [row({ passed: 3, failed: 1, total: 4 })]),
      /fields "run\.result\.failed" \(0\) and "run\.result\.evals\[0\]\.failed" \(1\) disagree: no failed test, yet an eval with failures/,
    );
  });

  it("an eval's averageScore off 0–1 is an error for a rule on that metric, and decides nothing otherwise", async () => {
    const payload = finished({}, [row({ passed: 4, failed: 0, total: 4 }, 91)]);
    assert.equal((await judge('avido', payload, noRules)).verdict, 'pass');
    const rules = { ...noRules, metricThresholds: [{ metric: 'Naturalness', min: 0.5 }] };
    const outcome = await expectNotPass(
      'avido',
      payload,
      /field "run\.result\.evals\[0\]\.averageScore": expected a number from 0 to 1 or null, got 91/,
      rules,
    );
    assert.equal(outcome.verdict, 'error');
  });

  it('two evals of one name are an error for a rule on that name', async () => {
    const twins = [row({ passed: 4, failed: 0, total: 4 }), { ...row({ passed: 4, failed: 0, total: 4 }, 0.2), id: 'other' }];
    const rules = { ...noRules, metricThresholds: [{ metric: 'Naturalness', min: 0.5 }] };
    await expectNotPass('avido', finished({}, twins), /"Naturalness" names more than one eval/, rules);
  });

  it('a wrapped run with a status-less string result is an error, not a run in progress', async () => {
    await expectNotPass('avido', { body: avidoCurrentRun('PASSED') }, /field "run\.status": expected a known state/);
  });
});

describe('issue 23: Aegis and Runtype', () => {
  it('aegis: is_gte_threshold null beside a numeric result is decided by result >= threshold, and says so', async () => {
    const provider = await providerFor('aegis');
    const passed = provider.parse(aegisRun({ result: 70, isGteThreshold: null }));
    assert.equal(passed.vendorPassed, true);
    assert.match(passed.details[0]?.value ?? '', /^derived by eval-gate: "is_gte_threshold" is null, and result 70 ≥ threshold 70$/);
    assert.equal((await judge('aegis', { body: aegisRun({ result: 69.9, isGteThreshold: null }) }, noRules)).verdict, 'fail');
  });

  it('aegis: a start body with is_blocking true is bad input; false or left out is not', async () => {
    const start = (await providerFor('aegis')).start;
    assert.throws(
      () => start?.plan({ dataset_id: 7, is_blocking: true }, null),
      /^InputError: start: expected "is_blocking" false or left out for aegis/,
    );
    assert.equal(start?.plan({ dataset_id: 7, is_blocking: false }, null).path, '/runs/dataset');
    assert.equal(start?.plan({ evaluations: [] }, null).path, '/runs/custom');
  });

  it('runtype: a metric of the eval group that is not a number is an error for a rule on it', async () => {
    const stats = runtypeGroup('991', 0.92);
    (stats.batches[1] as { metrics: Record<string, unknown> }).metrics.accuracy = '92%';
    const rules = { ...noRules, metricThresholds: [{ metric: 'accuracy', min: 0.9 }] };
    await expectNotPass(
      'runtype',
      { body: runtypeResults('completed', 50, 0), stats },
      /field "batches\[1\]\.metrics\.accuracy": expected a finite number, got the string "92%"/,
      rules,
    );
  });

  it('runtype: a batch the group lists twice is an error, never one of the two picked', async () => {
    const stats = runtypeGroup('991', 0.92);
    stats.batches.push({ ...(stats.batches[1] as (typeof stats.batches)[number]), metrics: { accuracy: 0.99 } });
    const rules = { ...noRules, metricThresholds: [{ metric: 'accuracy', min: 0.9 }] };
    await expectNotPass('runtype', { body: runtypeResults('completed', 50, 0), stats }, /batch "991" is listed 2 times/, rules);
  });
});
