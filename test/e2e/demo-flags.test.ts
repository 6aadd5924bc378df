import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { playScenario, scenarioProblem, scenariosOf } from '../../sim/scenarios.ts';
import { playStart, STARTABLE, STARTS } from '../../sim/starts.ts';
import { TIMELINES } from '../../sim/timelines.ts';
import type { Step, VendorSim } from '../../sim/vendor-sim.ts';
import { PROVIDER_NAMES } from '../../src/providers/index.ts';
import { providerFor } from '../../src/providers/index.ts';
import { runnerView } from '../../scripts/runner-log.ts';

const DEMO = fileURLToPath(new URL('../../scripts/demo.ts', import.meta.url));

/** The steps a scenario scripts for the run's own path. */
function stepsOf(vendor: (typeof PROVIDER_NAMES)[number], scenario: Parameters<typeof playScenario>[2]): Step[] {
  const scripted = new Map<string, Step[]>();
  const sim = { url: 'http://127.0.0.1:9', script: (path: string, steps: Step[]) => scripted.set(path, steps) } as unknown as VendorSim;
  playScenario(sim, vendor, scenario, '991');
  const t = TIMELINES[vendor];
  return scripted.get(`${t.basePath}${t.resource('991')}`) ?? [];
}

describe('the demo', () => {
  it('refuses a bad flag with one line naming it and what it takes, before building or serving anything', () => {
    for (const [args, said] of [
      [['--scenario', 'nope'], /^demo: --scenario: expected one of pass, fail, slow, flaky for aegis, got "nope"\n$/],
      [['--vendor', 'acme'], /^demo: --vendor: expected one of aegis, eigenpal, avido, runtype, humanloop, got "acme"\n$/],
      [
        ['--vendr', 'aegis'],
        /^demo: --vendr is not a flag of the demo; it takes --vendor, --scenario, --threshold, --start and --no-build\n$/,
      ],
      [
        ['--vendor', 'avido', '--start'],
        /^demo: --start: expected one of aegis, eigenpal, runtype \(the vendors whose API starts a run\), got "avido"\n$/,
      ],
      [['--start=yes'], /^demo: --start takes no value\n$/],
      [['--vendor'], /^demo: --vendor: expected a value\n$/],
    ] as const) {
      // No PATH: a build (npm) or anything else it started would fail loudly instead of the one line.
      const result = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', DEMO, ...args], { env: {}, encoding: 'utf8' });
      assert.equal(result.status, 2);
      assert.match(result.stderr, said);
      assert.equal(result.stdout, '');
    }
  });

  it('every scenario tells a true story: progress only goes forward; cancelled only where the vendor cancels', async () => {
    for (const vendor of PROVIDER_NAMES) {
      const provider = await providerFor(vendor);
      for (const scenario of scenariosOf(vendor)) {
        const done = stepsOf(vendor, scenario)
          .flatMap((s) => ('json' in s ? [provider.parse(s.json).progress?.done ?? null] : []))
          .filter((d) => d !== null);
        assert.deepEqual(
          done,
          [...done].sort((a, b) => a - b),
          `${vendor} ${scenario}: ${done.join(' then ')}`,
        );
      }
      assert.equal(scenariosOf(vendor).includes('cancelled'), TIMELINES[vendor].cancelled !== undefined);
    }
    assert.match(scenarioProblem('aegis', 'cancelled') ?? '', /expected one of pass, fail, slow, flaky for aegis/);
  });

  it('the slow scenario shows progress where the vendor counts it: a step at a time, with time, not with polls', async () => {
    for (const vendor of PROVIDER_NAMES.filter((v) => TIMELINES[v].long)) {
      const provider = await providerFor(vendor);
      const steps = stepsOf(vendor, 'slow');
      const done = steps.map((s) => ('json' in s ? (provider.parse(s.json).progress?.done ?? null) : null));
      assert.ok(new Set(done.filter((d) => d !== null)).size >= 8, `${vendor}: ${done.join(', ')}`);
      assert.equal(provider.parse((steps.at(-1) as { json: unknown }).json).status, 'completed', vendor);
      const due = steps.map((s) => s.notBeforeMs ?? -1);
      assert.deepEqual(
        due,
        [...due].sort((a, b) => a - b),
        vendor,
      );
      assert.ok((due.at(-1) ?? 0) >= 3000, `${vendor}: over in ${due.at(-1)} ms`);
    }
    assert.deepEqual(
      PROVIDER_NAMES.filter((v) => TIMELINES[v].long),
      ['aegis', 'avido', 'runtype'],
    );
  });

  it('--start tells a true story for each vendor whose API starts a run: the request the action sends, answered with the run played', async () => {
    const startable = [];
    for (const vendor of PROVIDER_NAMES) if ((await providerFor(vendor)).start) startable.push(vendor);
    assert.deepEqual(STARTABLE, startable);
    for (const vendor of STARTABLE) {
      const scripted = new Map<string, Step[]>();
      const inputs = playStart({ script: (path, steps) => scripted.set(path, steps) }, vendor, '991');
      const plan = (await providerFor(vendor)).start?.plan(JSON.parse(inputs.start ?? ''), null);
      const answer = scripted.get(`${TIMELINES[vendor].basePath}${plan?.path}`)?.[0];
      assert.ok(answer && 'json' in answer, `${vendor}: the create request ${plan?.path} is answered (${STARTS[vendor]?.path})`);
      assert.deepEqual(plan?.idsOf(answer.json), ['991'], vendor);
      assert.equal(inputs['run-id'], '', `${vendor}: started, not named`);
    }
  });

  it('shows the log as a runner does: commands rendered, masked values hidden, debug left out', () => {
    const view = runnerView({ colour: false });
    const shown = [
      '::add-mask::demo-key-not-secret',
      '::debug::aegis: GET /api/v1/runs/991: 200',
      '::group::Polling Aegis Evals',
      'aegis run 991: running (1/2) with demo-key-not-secret',
      '::endgroup::',
      '::error::eval-gate: fail: score 61.5 %3C 70%0Asecond line',
      '::stop-commands::t0k',
      '::warning::vendor text, not a command',
      '::t0k::',
      '::notice::done',
    ].map((line) => view.line(line));
    assert.deepEqual(
      shown.filter((l) => l !== null),
      [
        '▶ Polling Aegis Evals',
        'aegis run 991: running (1/2) with ***',
        'Error: eval-gate: fail: score 61.5 %3C 70\nsecond line',
        '::warning::vendor text, not a command',
        'Notice: done',
      ],
    );
  });
});
