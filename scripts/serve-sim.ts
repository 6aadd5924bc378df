// Serves one simulated vendor run until stopped: for the workflow that runs the
// action itself (uses: ./) and for trying the action by hand.
// node scripts/serve-sim.ts --vendor aegis --scenario pass --port 8787 [--run-id 991]
import { parseArgs } from 'node:util';
import { playScenario, type ScenarioName } from '../sim/scenarios.ts';
import { startVendorSim } from '../sim/vendor-sim.ts';
import type { ProviderName } from '../src/model.ts';

const { values } = parseArgs({
  options: {
    vendor: { type: 'string', default: 'aegis' },
    scenario: { type: 'string', default: 'pass' },
    port: { type: 'string', default: '8787' },
    'run-id': { type: 'string', default: '991' },
  },
});
const sim = await startVendorSim(Number(values.port));
const baseUrl = playScenario(sim, values.vendor as ProviderName, values.scenario as ScenarioName, values['run-id'] ?? '991');
console.log(`${values.vendor} simulator: base-url ${baseUrl}, run ${values['run-id']}, scenario ${values.scenario}`);
