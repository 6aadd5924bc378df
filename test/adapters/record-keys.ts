// Every record's outcome, keyed as each vendor documents it (CURRENT.md), pairs a run with its baseline:
// the paired tests (exact McNemar, Wilcoxon) where the vendor names its records, the unpaired one where
// it gives only counts (Avido's run, a Runtype run that lists only some records). Humanloop gives neither.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { avidoCurrentRun, avidoEval, avidoEvalRow, avidoResult, avidoRun } from '../../sim/fixtures/avido.ts';
import { eigenpalExperiment, eigenpalRun } from '../../sim/fixtures/eigenpal.ts';
import { runtypeResults } from '../../sim/fixtures/runtype.ts';
import { TIMELINES } from '../../sim/timelines.ts';
import type { ProviderName } from '../../src/model.ts';
import type { InProcessResult } from '../helpers/in-process.ts';
import { RUN_ID, type Quirks, type QuirkContext } from './conformance.ts';

const BASELINE_ID = '992';
const RULES = { 'max-regression': '1', 'regression-confidence': '0.95' };

/** Serves `candidate` as the gated run and `baseline` as run 992, and gates the one against the other. */
async function compare(t: QuirkContext, vendor: ProviderName, candidate: unknown, baseline: unknown): Promise<InProcessResult> {
  const at = (id: string) => `${TIMELINES[vendor].basePath}${TIMELINES[vendor].resource(id)}`;
  t.sim.script(at(RUN_ID), [{ json: candidate }]);
  t.sim.script(at(BASELINE_ID), [{ json: baseline }]);
  return t.gate({ ...RULES, 'baseline-run-id': BASELINE_ID });
}

const comparisonOf = (result: InProcessResult) => {
  const comparison = result.gate.runs[0]?.decision.comparison;
  assert.ok(comparison, result.gate.reason);
  return comparison;
};

/** Runtype's results with every record listed (`failing` of them with a step error), no eval group. */
function runtypeListed(total: number, failing: number) {
  const { evalGroupId: _, ...body } = runtypeResults('completed', total, failing, total);
  const step = (i: number) => ({ recordName: `Query ${i}`, stepName: 'Intent', errorMessage: i < failing ? 'invalid label' : null });
  return { ...body, resultsByRecord: Object.fromEntries(Array.from({ length: total }, (_, i) => [`record-${i}`, [step(i)]])) };
}

const runtype: Quirks = (t) => {
  it('keys each record by its Runtype record id: ten records newly erroring of forty is a significant drop (exact McNemar)', async () => {
    const result = await compare(t, 'runtype', runtypeListed(40, 10), runtypeListed(40, 0));
    const records = result.gate.runs[0]?.run.records;
    assert.equal(records?.keys[0], 'record-0');
    assert.deepEqual([records?.passed[0], records?.passed[39]], [0, 1]);
    const comparison = comparisonOf(result);
    assert.equal(comparison.records?.paired, 40);
    assert.equal(comparison.scoreSignificance?.test, 'exact McNemar');
    assert.equal(result.outputs.regression, 'regressed');
    assert.equal(result.outputs.verdict, 'fail');
  });

  it('compares a run that lists only some of its records by its counts, unpaired', async () => {
    const { evalGroupId: _, ...partial } = runtypeResults('completed', 50, 2);
    const result = await compare(t, 'runtype', partial, runtypeListed(50, 0));
    const comparison = comparisonOf(result);
    assert.equal(comparison.records?.paired, 0);
    assert.equal(comparison.scoreSignificance?.test, "Fisher's exact");
    assert.equal(comparison.scoreSignificance?.paired, false);
    assert.equal(result.outputs.regression, 'inconclusive');
  });
};

const eigenpal: Quirks = (t) => {
  it("keys an experiment's runs by exampleId, scored by their evaluators: paired (Wilcoxon signed-rank)", async () => {
    const base = '/api/v1/automations/workflows.invoice-extractor/experiments';
    t.sim.script(`${base}/exp_1`, [{ json: eigenpalExperiment({ passed: 1, avgScore: 0.53 }) }]);
    t.sim.script(`${base}/exp_0`, [{ json: eigenpalExperiment({ passed: 4 }) }]);
    const result = await t.gate({
      ...RULES,
      'max-regression': '0.1',
      'run-id': 'experiment:workflows.invoice-extractor:exp_1',
      'baseline-run-id': 'experiment:workflows.invoice-extractor:exp_0',
    });
    const records = result.gate.runs[0]?.run.records;
    assert.deepEqual(records?.keys, ['ex_0', 'ex_1', 'ex_2', 'ex_3']);
    assert.deepEqual([...(records?.passed ?? [])], [1, 0, 0, 0]);
    const comparison = comparisonOf(result);
    assert.equal(comparison.records?.paired, 4);
    assert.equal(comparison.scoreSignificance?.test, 'Wilcoxon signed-rank');
    // Three records of four scored lower: too few to tell.
    assert.equal(result.outputs.regression, 'inconclusive');
  });

  it('keys an eval-scoped run by its eval.exampleId', async () => {
    const result = await compare(
      t,
      'eigenpal',
      eigenpalRun({ type: 'workflow', evalScore: 0.4, evalPassed: false }),
      eigenpalRun({ type: 'workflow', evalScore: 0.9 }),
    );
    const records = result.gate.runs[0]?.run.records;
    assert.deepEqual([records?.keys, records?.passed[0], records?.scores[0]], [['ex_42'], 0, 0.4]);
    assert.equal(comparisonOf(result).records?.paired, 1);
  });
};

const avido: Quirks = (t) => {
  it("compares Avido's runs by their counted tests, unpaired (Fisher's exact): its run names no test", async () => {
    const run = (passed: number) =>
      avidoCurrentRun(
        avidoResult({ passed, failed: 40 - passed, total: 40 }, 0.8, [
          avidoEvalRow('Style', 'STYLE', { passed, failed: 40 - passed, total: 40 }, 0.8),
        ]),
      );
    const result = await compare(t, 'avido', run(24), run(40));
    const records = result.gate.runs[0]?.run.records;
    assert.equal(records?.keys.length, 40);
    assert.ok(records?.keys.every((key) => key === null));
    const comparison = comparisonOf(result);
    assert.deepEqual([comparison.records?.paired, comparison.records?.onlyCandidate], [0, 40]);
    assert.equal(comparison.scoreSignificance?.test, "Fisher's exact");
    assert.equal(result.outputs.regression, 'regressed');
    assert.equal(result.outputs.verdict, 'fail');
  });

  it("keys the older answer's evals by their id (avido.txt), so the runs pair where the ids are the same", async () => {
    const evals = (second: string) => [avidoEval('e1', 'PASSED'), avidoEval('e2', second, 'STYLE')];
    const result = await compare(
      t,
      'avido',
      avidoRun('COMPLETED', 'FAILED', evals('FAILED')),
      avidoRun('COMPLETED', 'PASSED', evals('PASSED')),
    );
    const records = result.gate.runs[0]?.run.records;
    assert.deepEqual(
      [records?.keys, [...(records?.passed ?? [])]],
      [
        ['e1', 'e2'],
        [1, 0],
      ],
    );
    const comparison = comparisonOf(result);
    assert.equal(comparison.records?.paired, 2);
    assert.equal(comparison.scoreSignificance?.test, 'exact McNemar');
  });
};

/** Each vendor's record-key cases, beside its quirks. */
export const RECORD_KEY_QUIRKS: Partial<Record<ProviderName, Quirks>> = { runtype, eigenpal, avido };
