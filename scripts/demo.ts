// npm run demo -- [--vendor aegis] [--scenario pass|fail|slow|flaky]
// Plays a run on the embedded vendor simulator and gates it with the built action.
import { parseArgs } from 'node:util';
import { runAction } from '../sim/run-action.ts';
import { playScenario, SCENARIOS, type ScenarioName } from '../sim/scenarios.ts';
import { startVendorSim } from '../sim/vendor-sim.ts';
import { PROVIDER_NAMES, type ProviderName } from '../src/model.ts';

const { values } = parseArgs({
  options: {
    vendor: { type: 'string', default: 'aegis' },
    scenario: { type: 'string', default: 'pass' },
    threshold: { type: 'string', default: '' },
  },
});
const vendor = values.vendor as ProviderName;
const name = values.scenario as ScenarioName;
if (!PROVIDER_NAMES.includes(vendor) || !SCENARIOS.includes(name)) {
  console.error(`usage: npm run demo -- --vendor ${PROVIDER_NAMES.join('|')} --scenario ${SCENARIOS.join('|')}`);
  process.exit(2);
}

const sim = await startVendorSim();
const runId = '991';
const baseUrl = playScenario(sim, vendor, name, runId);
console.log(`▶ ${vendor} simulator at ${sim.url}, scenario "${name}", run ${runId}\n`);
const result = await runAction({
  inputs: {
    provider: vendor,
    'run-id': runId,
    'api-key': 'demo-key-not-secret',
    'base-url': baseUrl,
    'poll-interval': '250ms',
    timeout: '1m',
    threshold: values.threshold ?? '',
  },
});
await sim.close();
console.log('── action log ──');
console.log(result.stdout.trimEnd());
console.log(`\n── outputs (exit code ${result.exitCode}) ──`);
for (const [key, value] of Object.entries(result.outputs)) console.log(`${key}=${value}`);
console.log('\n── job summary ──');
console.log(result.summary);
console.log(`verdict: ${result.outputs.verdict} · ${sim.requests.length} requests · ${result.durationMs} ms`);
process.exitCode = 0;
