// Serves one simulated vendor run until stopped: for the workflow that runs the
// action itself (uses: ./) and for trying the CLI or the action by hand
// (README, "Try it locally"). Run it as `npm run sim -- …`: npm puts the
// project's Node 24 first on PATH, which runs this TypeScript as it is.
// npm run sim -- --vendor aegis --scenario pass --port 8787 [--run-id 991]
import { parseArgs } from 'node:util';
import { playScenario, scenarioInputs, scenarioProblem, type ScenarioName } from '../sim/scenarios.ts';
import { startVendorSim } from '../sim/vendor-sim.ts';
import type { ProviderName } from '../src/model.ts';

const fail = (problem: string): never => {
  process.stderr.write(`serve-sim: ${problem}\n`);
  process.exit(2);
};

let values: { vendor?: string; scenario?: string; port?: string; 'run-id'?: string } = {};
try {
  values = parseArgs({
    options: { vendor: { type: 'string' }, scenario: { type: 'string' }, port: { type: 'string' }, 'run-id': { type: 'string' } },
    strict: true,
  }).values;
} catch (error) {
  fail(`${(error as Error).message.split('\n')[0]}; it takes --vendor, --scenario, --port and --run-id`);
}
const vendor = values.vendor ?? 'aegis';
const scenario = values.scenario ?? 'pass';
const port = Number(values.port ?? '8787');
const runId = values['run-id'] ?? '991';
const problem = scenarioProblem(vendor, scenario);
if (problem) fail(problem);
if (!Number.isInteger(port) || port < 0 || port > 65_535) fail(`--port: expected a port number, got ${JSON.stringify(values.port)}`);

const sim = await startVendorSim(port);
const baseUrl = playScenario(sim, vendor as ProviderName, scenario as ScenarioName, runId);
const threshold = scenarioInputs(vendor as ProviderName).threshold;
// The commands to try it with, ready to paste: the simulator takes any key.
const flags = `--provider ${vendor} --run-id ${runId} --base-url ${baseUrl}${threshold ? ` --threshold ${threshold}` : ''}`;
console.log(
  [
    `${vendor} simulator: base-url ${baseUrl}, run ${runId}, scenario ${scenario}${threshold ? `; its story gates on threshold ${threshold}` : ''}`,
    'Gate it, in another terminal, with the CLI:',
    `  EVAL_GATE_API_KEY=any npx node dist/cli/index.js ${flags}`,
    'or with the action under @github/local-action (.env.example has these inputs for aegis; set INPUT_* for others):',
    '  cp .env.example .env && npx @github/local-action run . src/main.ts .env',
    'The run plays once: restart the simulator to play it again. Ctrl-C stops it.',
  ].join('\n'),
);
