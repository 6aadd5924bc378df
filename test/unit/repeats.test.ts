// repeats and confirm-failures judged as one run (rules/repeats.ts): pure functions, no mocks; the
// record combination checked by fast-check against an oracle written from the README's definition.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { GateRun } from '../../src/model.ts';
import { recordOutcomesBuilder } from '../../src/providers/record-outcomes.ts';
import { combineRuns, type RepeatMode } from '../../src/rules/repeats.ts';
import { combineStarts, needsConfirmation } from '../../src/rules/repeat-starts.ts';
import { decideGate } from '../../src/rules/rules.ts';
import { gateRun, noRules } from '../helpers/runs.ts';

/** One record of one run as a test writes it: key, metric, passed, score. */
type Row = [string, string | null, boolean, number | null];

function run(runId: string, rows: Row[], over: Partial<GateRun> = {}): GateRun {
  const builder = recordOutcomesBuilder(rows.length);
  for (const [key, metric, passed, score] of rows) builder.add(key, metric, passed, score);
  return gateRun({ runId, vendorThreshold: null, records: builder.build(), started: true, ...over });
}

/**
 * The oracle, from the README: a record passes by a strict majority of the runs (a tie fails), or for
 * confirm-failures when it passed in any run; missing from a run counts as failing there. Flaky: passed
 * in some runs, not all; a consistent failure passed in none. Its score: the mean (the best, for confirm)
 * when every run scored it.
 */
function oracle(runs: Row[][], mode: RepeatMode) {
  const keys = [...new Set(runs.flatMap((rows) => rows.map(([k, m]) => `${k}|${m ?? ''}`)))];
  return keys.map((id) => {
    const found = runs.map((rows) => rows.find(([k, m]) => `${k}|${m ?? ''}` === id));
    const passes = found.filter((r) => r?.[2] === true).length;
    const scores = found.map((r) => r?.[3] ?? null);
    const scored = scores.every((s) => s !== null) ? (scores as number[]) : null;
    const score = scored === null ? null : mode === 'majority' ? scored.reduce((a, b) => a + b, 0) / scored.length : Math.max(...scored);
    const passed = mode === 'majority' ? passes > runs.length / 2 : passes > 0;
    return { id, passed, flaky: passes > 0 && passes < runs.length, consistent: passes === 0, score };
  });
}

/** Distinct keys per run: a key given twice is not matched (tested apart). */
const runRows = fc
  .uniqueArray(fc.tuple(fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5', 'r6'), fc.constantFrom(null, 'faith')), {
    selector: ([k, m]) => `${k}|${m}`,
    maxLength: 12,
  })
  .chain((ids) =>
    fc.tuple(...ids.map(([k, m]) => fc.tuple(fc.constant(k), fc.constant(m), fc.boolean(), fc.option(fc.integer({ min: 0, max: 100 }))))),
  )
  .map((rows) => rows as Row[]);

describe('repeats: records combined across runs', () => {
  it('agrees with the oracle on every record, the flaky and consistent counts, the pass rate and the verdict', () => {
    fc.assert(
      fc.property(fc.array(runRows, { minLength: 1, maxLength: 10 }), fc.constantFrom<RepeatMode>('majority', 'confirm'), (all, mode) => {
        const judged = combineRuns(
          all.map((rows, i) => run(String(i + 1), rows)),
          mode,
        );
        const expected = oracle(all, mode);
        const r = judged.records;
        assert.ok(r);
        const got = r.keys.map((key, i) => ({
          id: `${key}|${r.metrics[r.metricIndex[i] ?? -1] ?? ''}`,
          passed: r.passed[i] === 1,
          score: Number.isNaN(r.scores[i]) ? null : r.scores[i],
        }));
        assert.deepEqual(
          got.sort((a, b) => a.id.localeCompare(b.id)),
          expected.map(({ id, passed, score }) => ({ id, passed, score })).sort((a, b) => a.id.localeCompare(b.id)),
        );
        assert.equal(judged.repeats?.flakyCount, expected.filter((e) => e.flaky).length);
        assert.equal(judged.repeats?.consistentFailureCount, expected.filter((e) => e.consistent).length);
        const passing = expected.filter((e) => e.passed).length;
        assert.equal(judged.passRate, expected.length > 0 ? passing / expected.length : judged.passRate);
        assert.equal(judged.vendorPassed, passing === expected.length);
      }),
    );
  });

  it('a tie fails: a record passing in one of two runs does not pass by majority', () => {
    const judged = combineRuns([run('1', [['a', null, true, 1]]), run('2', [['a', null, false, 0]])], 'majority');
    assert.equal(judged.records?.passed[0], 0);
    assert.equal(judged.vendorPassed, false);
    assert.deepEqual(judged.repeats?.flaky, ['record a']);
  });

  it('does not combine records it cannot match, and says why: a key given twice, or none', () => {
    const twice = combineRuns(
      [
        run('1', [
          ['a', null, true, 1],
          ['a', null, false, 0],
        ]),
        run('2', [['a', null, true, 1]]),
      ],
      'majority',
    );
    assert.equal(twice.records, null);
    assert.match(twice.repeats?.note ?? '', /run 1 lists record a twice/);
    const counted = recordOutcomesBuilder(1);
    counted.add(null, null, true, null);
    const anonymous = combineRuns([gateRun({ records: counted.build() }), gateRun({ runId: '2', vendorPassed: false })], 'majority');
    assert.match(anonymous.repeats?.note ?? '', /no records for some run/);
  });
});

describe('repeats: runs judged as one', () => {
  const three = [
    run(
      '1',
      [
        ['a', null, true, 90],
        ['b', null, true, 80],
        ['c', null, false, 10],
      ],
      { costUsd: 0.5, score: 60 },
    ),
    run(
      '2',
      [
        ['a', null, true, 90],
        ['b', null, false, 40],
        ['c', null, false, 20],
      ],
      { costUsd: 0.25, score: 50 },
    ),
    run(
      '3',
      [
        ['a', null, true, 90],
        ['b', null, true, 70],
        ['c', null, false, 0],
      ],
      { costUsd: null, score: 40 },
    ),
  ];

  it('repeats 3: the flaky record passes by majority, the consistent failure fails; mean score, costs summed', () => {
    const judged = combineRuns(three, 'majority');
    assert.deepEqual(judged.repeats?.flaky, ['record b']);
    assert.equal(judged.repeats?.consistentFailureCount, 1);
    assert.deepEqual(judged.repeats?.runIds, ['1', '2', '3']);
    assert.equal(judged.score, 50);
    assert.equal(judged.costUsd, 0.75);
    assert.deepEqual(
      judged.failures.map((f) => [f.name, f.message]),
      [['record c', 'failed in 3 of 3 runs']],
    );
    assert.equal(judged.verdictWhy, '1 of 3 records fail in most runs');
    assert.equal(decideGate([judged], noRules).verdict, 'fail');
  });

  it('confirm-failures: a one-off failure passes as flaky, and the better score is taken', () => {
    const judged = combineRuns([three[1] as GateRun, three[0] as GateRun], 'confirm');
    assert.deepEqual(judged.repeats?.flaky, ['record b']);
    assert.equal(judged.score, 60);
    assert.deepEqual(
      judged.failures.map((f) => [f.name, f.message]),
      [['record c', 'failed in both runs']],
    );
    const oneOff = combineRuns([run('1', [['a', null, false, 0]]), run('2', [['a', null, true, 1]])], 'confirm');
    assert.equal(decideGate([oneOff], noRules).verdict, 'pass');
  });

  it("applies the vendor's threshold to the combined score (Aegis), not to each record", () => {
    const aegis = (id: string, score: number) => run(id, [['a', 'faith', score >= 70, score]], { score, vendorThreshold: 70 });
    assert.equal(combineRuns([aegis('1', 90), aegis('2', 60), aegis('3', 80)], 'majority').vendorPassed, true);
    assert.equal(combineRuns([aegis('1', 60), aegis('2', 60), aegis('3', 80)], 'majority').vendorPassed, false);
  });

  it('a run that did not complete speaks for all: never a pass', () => {
    for (const status of ['error', 'timed_out', 'cancelled', 'failed'] as const) {
      const judged = combineRuns(
        [three[0] as GateRun, run('2', [], { status, problem: status === 'error' ? 'bad body' : null })],
        'majority',
      );
      assert.equal(judged.status, status);
      assert.notEqual(decideGate([judged], noRules).verdict, 'pass');
      assert.deepEqual(judged.repeats?.runIds, ['1', '2']);
    }
  });

  it('matches the runs of each create position by position; unequal numbers are an error', () => {
    const judged = combineStarts([[three[0] as GateRun], [three[1] as GateRun, three[2] as GateRun]], 'majority');
    assert.equal(judged.length, 2);
    assert.equal(judged[1]?.status, 'error');
    assert.match(judged[1]?.problem ?? '', /different numbers of runs \(1, 2\)/);
  });
});

describe('confirm-failures: when to start once more', () => {
  const judge = (runs: GateRun[]) => decideGate(runs, noRules).runs;
  it('only after a failure on runs that all completed', () => {
    assert.equal(needsConfirmation(judge([gateRun({ vendorPassed: false })])), true);
    assert.equal(needsConfirmation(judge([gateRun()])), false);
    assert.equal(needsConfirmation(judge([gateRun({ status: 'failed' })])), false);
    assert.equal(needsConfirmation(judge([gateRun({ status: 'error', problem: 'x' })])), false);
    assert.equal(needsConfirmation(judge([gateRun({ vendorPassed: false }), gateRun({ status: 'timed_out' })])), false);
  });
});
