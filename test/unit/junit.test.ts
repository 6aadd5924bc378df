import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { visible } from '../../src/report/escape.ts';
import { junitXml } from '../../src/report/junit.ts';
import { decideGate, type Verdict } from '../../src/rules/rules.ts';
import { HOSTILE, hostileString } from '../helpers/hostile.ts';
import { junitProblems, type XmlElement } from '../helpers/junit-schema.ts';
import { runnerCommands } from '../helpers/runner-commands.ts';
import { gateRun, noRules } from '../helpers/runs.ts';

const failing = gateRun({
  vendorPassed: false,
  score: 61.5,
  passRate: 1 / 3,
  failureCount: 2,
  metrics: [
    { name: 'ans_corr', score: 52, threshold: 70, passed: false },
    { name: 'faith', score: 71, threshold: 70, passed: true },
  ],
  failures: [{ name: 'record 0', metric: 'ans_corr', score: 40, threshold: 70, message: 'Misses the 30-day window.', prompt: null }],
});
const GATES = {
  pass: decideGate([gateRun()], noRules),
  fail: decideGate([failing], noRules),
  error: decideGate([gateRun({ status: 'error', problem: 'aegis: GET /api/v1/runs/1: HTTP 401' })], noRules),
  several: decideGate([gateRun({ runId: '1' }), failing, gateRun({ runId: '3', status: 'cancelled' })], noRules),
};

const all = (e: XmlElement, name: string): XmlElement[] => [...(e.name === name ? [e] : []), ...e.children.flatMap((c) => all(c, name))];

/** What a CI system reads back: the rule cases' outcomes add up to the gate's verdict. */
function verdictOf(root: XmlElement): Verdict {
  const rules = all(root, 'testcase').filter((c) => c.attributes.classname?.endsWith('.rules'));
  if (rules.some((c) => c.children.some((x) => x.name === 'error'))) return 'error';
  return rules.some((c) => c.children.some((x) => x.name === 'failure')) ? 'fail' : 'pass';
}

describe('JUnit XML', () => {
  it('is valid against the schema CI systems read, for every verdict and for several runs', () => {
    for (const [what, gate] of Object.entries(GATES))
      assert.deepEqual(junitProblems(junitXml(gate, { name: 'support-bot' })).problems, [], what);
  });

  it('round-trips the verdict, and counts tests and failures as it lists them', () => {
    for (const [what, gate] of Object.entries(GATES)) {
      const { root } = junitProblems(junitXml(gate, { name: null }));
      assert.ok(root);
      assert.equal(verdictOf(root), gate.verdict, what);
      for (const suite of all(root, 'testsuite')) {
        const cases = all(suite, 'testcase');
        assert.equal(Number(suite.attributes.tests), cases.length);
        assert.equal(Number(suite.attributes.failures), cases.filter((c) => c.children.some((x) => x.name === 'failure')).length);
      }
    }
  });

  it('one suite per run; a case per rule, metric and failing record, with the failure message', () => {
    const { root } = junitProblems(junitXml(GATES.fail, { name: null }));
    const suites = all(root as XmlElement, 'testsuite');
    assert.equal(suites.length, 1);
    const names = all(suites[0] as XmlElement, 'testcase').map((c) => c.attributes.name);
    assert.deepEqual(names, ['run finished', "vendor's verdict", 'metric ans_corr', 'metric faith', 'record 0']);
    const failure = all(root as XmlElement, 'failure')[0];
    assert.equal(failure?.attributes.message, 'the vendor reports a fail (score 61.5, its threshold 70)');
    assert.equal(all(junitProblems(junitXml(GATES.several, { name: null })).root as XmlElement, 'testsuite').length, 3);
  });

  it('property: vendor text stays text: valid XML, the same visible text back, no workflow command on any line', () => {
    const hostile = fc.record({ name: hostileString, metric: hostileString, message: hostileString, runId: hostileString });
    fc.assert(
      fc.property(hostile, (t) => {
        const run = gateRun({
          runId: t.runId,
          vendorPassed: false,
          metrics: [{ name: t.metric, score: 1, threshold: 2, passed: false }],
          failures: [{ name: t.name, metric: null, score: null, threshold: null, message: t.message, prompt: null }],
          failureCount: 1,
        });
        const xml = junitXml(decideGate([run], noRules), { name: t.name });
        const { root, problems } = junitProblems(xml);
        assert.deepEqual(problems, []);
        assert.deepEqual(runnerCommands(xml), []);
        const record = all(root as XmlElement, 'testcase').find((c) => c.attributes.classname?.endsWith('.records'));
        assert.equal(record?.attributes.name, visible(t.name).replace(/\r\n?/g, '\n'));
      }),
      { examples: HOSTILE.map((s) => [{ name: s, metric: s, message: s, runId: s }]) },
    );
  });

  it('the schema check itself refuses what the schema refuses', () => {
    const good = junitXml(GATES.fail, { name: null });
    assert.notDeepEqual(junitProblems(good.replace(' tests="', ' tsts="')).problems, []);
    assert.notDeepEqual(junitProblems(good.replace('&lt;', '<')).problems, []);
    assert.notDeepEqual(junitProblems(good.replace(/time="[^"]*"/, 'time="72s"')).problems, []);
    assert.notDeepEqual(junitProblems(good.replace('</properties>', '</properties><extra/>')).problems, []);
    assert.notDeepEqual(junitProblems(good.replace('Misses', 'Misses \u0001')).problems, []);
  });
});
