import type { ProviderName } from '../src/model.ts';
import { TIMELINES } from './timelines.ts';
import type { Step, VendorSim } from './vendor-sim.ts';

export const SCENARIOS = ['pass', 'fail', 'slow', 'flaky'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

function stepsFor(vendor: ProviderName, name: ScenarioName): Step[] {
  const t = TIMELINES[vendor];
  const inFlight: Step[] = t.inFlight().map((json) => ({ json }));
  switch (name) {
    case 'pass':
      return [...inFlight, { json: t.passed() }];
    case 'fail':
      return [...inFlight, { json: t.failed() }];
    case 'slow':
      return [...inFlight, ...inFlight, ...inFlight, { json: t.passed() }];
    case 'flaky':
      return [
        { status: 503 },
        inFlight[0] ?? { status: 502 },
        { fault: 'reset' },
        { status: 429, headers: { 'retry-after': '1' } },
        { json: t.passed() },
      ];
  }
}

/** Scripts a vendor's run (and any extra paths its adapter reads) on the simulator; returns the base-url to use. */
export function playScenario(
  sim: VendorSim,
  vendor: ProviderName,
  name: ScenarioName,
  runId: string,
  steps = stepsFor(vendor, name),
): string {
  const t = TIMELINES[vendor];
  sim.script(`${t.basePath}${t.resource(runId)}`, steps);
  for (const [path, extra] of Object.entries(t.extraRoutes?.(runId) ?? {})) sim.script(path, extra);
  return `${sim.url}${t.basePath}`;
}
