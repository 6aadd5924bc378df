import type { ProviderName } from '../src/model.ts';
import { PROVIDER_NAMES } from '../src/providers/index.ts';
import { TIMELINES } from './timelines.ts';
import type { Step, VendorSim } from './vendor-sim.ts';

export const SCENARIOS = ['pass', 'fail', 'slow', 'flaky', 'cancelled', 'legacy-pass', 'legacy-fail'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

/**
 * The scenarios a vendor can tell truly: `cancelled` only where the vendor
 * documents a cancelled state, `legacy-*` only where it has an older shape.
 */
export function scenariosOf(vendor: ProviderName): ScenarioName[] {
  const t = TIMELINES[vendor];
  return SCENARIOS.filter((name) => (name === 'cancelled' ? t.cancelled : name.startsWith('legacy-') ? t.legacy : true));
}

/** Why a vendor and scenario named on a command line cannot be played (naming the flag and what it takes), or null. */
export function scenarioProblem(vendor: string, scenario: string): string | null {
  if (!(PROVIDER_NAMES as readonly string[]).includes(vendor))
    return `--vendor: expected one of ${PROVIDER_NAMES.join(', ')}, got ${JSON.stringify(vendor)}`;
  const allowed = scenariosOf(vendor as ProviderName);
  if (!(allowed as string[]).includes(scenario))
    return `--scenario: expected one of ${allowed.join(', ')} for ${vendor}, got ${JSON.stringify(scenario)}`;
  return null;
}

function stepsFor(vendor: ProviderName, name: ScenarioName): Step[] {
  const t = TIMELINES[vendor];
  const inFlight: Step[] = t.inFlight().map((json) => ({ json }));
  // A slow run stays at its last progress for a while: progress only goes forward.
  const last = inFlight.at(-1) ?? { status: 502 };
  switch (name) {
    case 'pass':
      return [...inFlight, { json: t.passed() }];
    case 'fail':
      return [...inFlight, { json: t.failed() }];
    case 'slow':
      return [...inFlight, last, last, last, last, { json: t.passed() }];
    case 'flaky':
      return [
        { status: 503 },
        inFlight[0] ?? { status: 502 },
        { fault: 'reset' },
        { status: 429, headers: { 'retry-after': '1' } },
        { json: t.passed() },
      ];
    case 'legacy-pass':
    case 'legacy-fail': {
      const legacy = t.legacy;
      if (!legacy) throw new Error(`the ${vendor} simulator has no older shape; scenarios: ${scenariosOf(vendor).join(', ')}`);
      return [...legacy.inFlight().map((json) => ({ json })), { json: name === 'legacy-pass' ? legacy.passed() : legacy.failed() }];
    }
    case 'cancelled': {
      if (!t.cancelled) throw new Error(`the ${vendor} simulator has no cancelled state; scenarios: ${scenariosOf(vendor).join(', ')}`);
      return [...inFlight, { json: t.cancelled() }];
    }
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
  const outcome = name === 'fail' || name === 'legacy-fail' ? 'failed' : 'passed';
  for (const [path, extra] of Object.entries(t.extraRoutes?.(runId, outcome) ?? {})) sim.script(path, extra);
  return `${sim.url}${t.basePath}`;
}

/** The inputs a scenario's story needs beside the run: the threshold of a vendor whose verdict gives no figure. */
export function scenarioInputs(vendor: ProviderName): Record<string, string> {
  const threshold = TIMELINES[vendor].threshold;
  return threshold ? { threshold } : {};
}
