// Budgets and warn-on through the action, against the vendor simulator and the GitHub fake: the warn-on case
// through the built dist/, the others the action's run() in this process, in virtual time.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { fakesForEachTest } from '../helpers/fakes.ts';
import { aegisRun } from '../../sim/fixtures/aegis.ts';
import { runtypeResults, runtypeUsage } from '../../sim/fixtures/runtype.ts';
import type { GitHubFake } from '../../sim/github-fake.ts';
import type { VendorSim } from '../../sim/vendor-sim.ts';
import { gate, gateAction } from '../helpers/gate.ts';
import { junitProblems } from '../helpers/junit-schema.ts';

const PR_EVENT = { pull_request: { number: 7, head: { sha: 'feedfacefeedfacefeedfacefeedfacefeedface' } } };
const RUNTYPE_RESULTS = '/v1/eval/991/results';

describe('budgets and warn-on, through the built action', () => {
  let sim: VendorSim;
  let github: GitHubFake;
  fakesForEachTest((fakes) => ({ sim, github } = fakes));
  const onPr = (vendor: 'aegis' | 'runtype', inputs: Record<string, string>, via = gateAction) =>
    via(sim, vendor, inputs, { env: { GITHUB_API_URL: github.apiUrl, GITHUB_EVENT_NAME: 'pull_request' }, event: PR_EVENT });

  it('fails an Aegis run that cost more than max-cost, with the cost beside the limit', async () => {
    sim.script('/api/v1/runs/991', [{ json: aegisRun() }]);
    const result = await onPr('aegis', { 'max-cost': '0.001' });
    assert.equal(result.exitCode, 1, result.stdout);
    assert.equal(result.outputs.verdict, 'fail');
    assert.equal(result.outputs.warnings, '0');
    // total_cost "0.001200000000000" (aegis-evals.txt).
    assert.match(result.stdout, /::error::eval-gate: fail: cost \$0\.0012 > max-cost \$0\.001/);
    assert.match(result.summary, /^## ❌ Evals failed/m);
    assert.match(result.summary, /^\| max\\-cost \| ❌ fail \| cost \\\$0\.0012 &gt; max\\-cost \\\$0\.001 \|$/m);
  });

  it('passes the same run with warn-on: max-cost, with a warning in the log, the comment and the outputs', async () => {
    sim.script('/api/v1/runs/991', [{ json: aegisRun() }]);
    const junit = `${process.env.TMPDIR ?? '/tmp'}/eval-gate-budgets-${process.pid}.xml`;
    const result = await onPr('aegis', { 'max-cost': '0.001', 'warn-on': 'max-cost', junit }, gate);
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(result.outputs.passed, 'true');
    assert.equal(result.outputs.warnings, '1');
    assert.match(result.stdout, /^::warning::eval-gate: warning \(warn-on\): max-cost: cost \$0\.0012 > max-cost \$0\.001$/m);
    assert.match(result.stdout, /eval-gate: passed with 1 warning: /);
    assert.doesNotMatch(result.stdout, /::error::/);
    const comment = github.comments.at(-1)?.body ?? '';
    for (const text of [result.summary, comment]) {
      assert.match(text, /^## ✅ Evals passed with 1 warning$/m);
      assert.match(text, /^\| max\\-cost \| ⚠️ warning \| cost \\\$0\.0012 &gt; max\\-cost \\\$0\.001 \|$/m);
    }
    const report = JSON.parse(await readFile(result.outputs.report ?? '', 'utf8'));
    assert.deepEqual([report.verdict, report.warnings, report.budgets[0].outcome], ['pass', 1, 'warning']);
    const xml = await readFile(junit, 'utf8');
    assert.deepEqual(junitProblems(xml.trimEnd()).problems, []);
    assert.match(
      xml,
      /<testcase name="max-cost" classname="eval-gate.budgets" time="0"><system-out>warning: cost \$0\.0012 &gt; max-cost \$0\.001<\/system-out><\/testcase>/,
    );
  });

  it("measures a Runtype run's tokens and p95 latency from every record's steps", async () => {
    const usage = Array.from({ length: 50 }, (_, i) => runtypeUsage(i + 1));
    const tokens = usage.reduce((sum, u) => sum + u.promptTokens + u.completionTokens + u.reasoningTokens, 0);
    const sorted = usage.map((u) => u.durationMs).sort((a, b) => a - b);
    const p95 = sorted[Math.ceil(0.95 * 50) - 1] ?? 0;
    sim.script(RUNTYPE_RESULTS, [{ json: runtypeResults('completed', 50, 0) }]);
    const result = await onPr('runtype', {
      'max-tokens': String(tokens - 1),
      'max-p95-latency': `${p95}ms`,
      'max-duration': '1h',
      'warn-on': 'max-tokens',
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs.warnings, '1');
    assert.match(
      result.summary,
      new RegExp(`\\| max\\\\-tokens \\| ⚠️ warning \\| tokens ${tokens.toLocaleString('en-US')} &gt; max\\\\-tokens`),
    );
    // At its limit a budget holds; a millisecond under, it fails, told apart in plain milliseconds.
    assert.match(
      result.summary,
      /\| max\\-p95\\-latency \| ✅ pass \| p95 latency \\\(nearest rank\\\) of 50 records [\d.]+s ≤ max\\-p95\\-latency [\d.]+s \|/,
    );
    // startedAt 16:30:00 to completedAt 16:45:30 (runtype.txt).
    assert.match(result.summary, /\| max\\-duration \| ✅ pass \| run duration 15m 30s ≤ max\\-duration 1h 0m \|/);
    sim.script(RUNTYPE_RESULTS, [{ json: runtypeResults('completed', 50, 0) }]);
    const under = await onPr('runtype', { 'max-p95-latency': `${p95 - 1}ms` });
    assert.equal(under.exitCode, 1);
    assert.match(
      under.stdout,
      new RegExp(`::error::eval-gate: fail: p95 latency \\(nearest rank\\) of 50 records ${p95}ms > max-p95-latency ${p95 - 1}ms`),
    );
  });

  it('is an error, not a skip, when a Runtype page lists fewer records than it processed, even with warn-on', async () => {
    const body = runtypeResults('completed', 50, 0);
    delete body.resultsByRecord['record-050'];
    sim.script(RUNTYPE_RESULTS, [{ json: body }]);
    const result = await onPr('runtype', { 'max-cost': '100', 'warn-on': 'max-cost' });
    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs.verdict, 'error');
    assert.match(
      result.stdout,
      /::error::eval-gate: could not decide: max-cost is set, but Runtype gave no cost for run 991: field "resultsByRecord" lists 49 of the 50 processed records/,
    );
  });

  it('refuses a budget the vendor cannot measure, and an unknown warn-on name, before any request', async () => {
    const tokens = await gateAction(sim, 'aegis', { 'max-tokens': '1000' });
    assert.equal(tokens.exitCode, 1);
    assert.match(
      tokens.stdout,
      /::error::eval-gate: max-tokens: expected a vendor whose runs report what it limits \(runtype\), got aegis; Aegis Evals gives no per-record token counts/,
    );
    const typo = await gateAction(sim, 'aegis', { 'max-cost': '1', 'warn-on': 'max-cots' });
    assert.match(typo.stdout, /::error::eval-gate: warn-on: expected rule names among .*, got "max-cots"; did you mean max-cost\?/);
    assert.equal(typo.outputs.warnings, '0');
    assert.equal(sim.requests.length, 0);
  });
});
