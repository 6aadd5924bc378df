import { readFileSync } from 'node:fs';
import { type ActionResult, type RunActionOptions, runAction } from '../../sim/run-action.ts';
import { TIMELINES } from '../../sim/timelines.ts';
import type { VendorSim } from '../../sim/vendor-sim.ts';
import type { ProviderName } from '../../src/model.ts';

export const API_KEY = 'sk_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
// Random as real tokens are: parts of a held secret are redacted wherever they appear, and a
// token holding `0123456789` would be redacted out of the fixtures' commit SHAs.
export const GITHUB_TOKEN = 'ghs_R7kQ2mXw9ZpL4vT8nB3cY6hJ1fD5sG0aWuEq';

/** A vendor's usual inputs against the simulator, with `inputs` on top; shared by the built and the in-process gate. */
export function gateInputs(sim: VendorSim, vendor: ProviderName, inputs: Record<string, string> = {}): Record<string, string> {
  return {
    provider: vendor,
    'run-id': '991',
    'api-key': API_KEY,
    'github-token': GITHUB_TOKEN,
    'base-url': `${sim.url}${TIMELINES[vendor].basePath}`,
    'poll-interval': '50ms',
    timeout: '20s',
    ...TIMELINES[vendor].inputs?.values,
    ...inputs,
  };
}

/** Runs the built action against the simulator with a vendor's usual inputs. */
export function gate(
  sim: VendorSim,
  vendor: ProviderName,
  inputs: Record<string, string> = {},
  options: Omit<RunActionOptions, 'inputs'> = {},
): Promise<ActionResult> {
  return runAction({ ...options, inputs: gateInputs(sim, vendor, inputs) });
}

/** The action in this process and in virtual time (action-in-process.ts), with gate()'s inputs. */
export async function gateAction(
  sim: VendorSim,
  vendor: ProviderName,
  inputs: Record<string, string> = {},
  options: Omit<RunActionOptions, 'inputs' | 'onStart'> = {},
): Promise<ActionResult> {
  const { actionInProcess } = await import('./action-in-process.ts');
  return actionInProcess({ ...options, inputs: gateInputs(sim, vendor, inputs) });
}

/** Everything the action wrote where a person or a later step could read it. */
export function everythingWritten(result: ActionResult): string {
  const report = result.outputs.report ? readFileSync(result.outputs.report, 'utf8') : '';
  return [result.stdout, result.stderr, result.summary, JSON.stringify(result.outputs), report].join('\n');
}
