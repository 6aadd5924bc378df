import type { VendorSim } from '../../sim/vendor-sim.ts';
import { prepareGate, runGate } from '../../src/gate.ts';
import type { ProviderName } from '../../src/model.ts';
import { jsonReport } from '../../src/report/json-report.ts';
import { gateOutputs } from '../../src/report/outputs.ts';
import { renderReport } from '../../src/report/render.ts';
import { type GateDecision, ruleConfigOf } from '../../src/rules/rules.ts';
import { gateInputs } from './gate.ts';
import { virtualTiming } from './virtual-time.ts';

export interface InProcessResult {
  gate: GateDecision;
  /** The step outputs the action would set (no comment, no report file). */
  outputs: Record<string, string>;
  /** The report body the job summary and the comment show, without the runner's footer. */
  summary: string;
  /** The JSON report the action would write. */
  report: ReturnType<typeof jsonReport>;
  /** Every line the gate logged while polling, info and debug. */
  log: string;
  /** The virtual sleeps the gate took, in order. */
  sleeps: number[];
}

/**
 * The gate as the action runs it (secrets held, inputs parsed and checked, the real polling
 * path over loopback HTTP to the simulator, then the rules), without the
 * build or a child process, and in virtual time: sleeps only move the clock.
 */
export async function gateInProcess(
  sim: VendorSim,
  vendor: ProviderName,
  inputs: Record<string, string> = {},
  random = () => 0.5,
): Promise<InProcessResult> {
  const raw = gateInputs(sim, vendor, inputs);
  const { settings, provider } = await prepareGate((name) => raw[name] ?? '');
  const lines: string[] = [];
  const timing = virtualTiming(random);
  const log = { info: (m: string) => lines.push(m), debug: (m: string) => lines.push(m) };
  const gate = await runGate(settings, provider, { signal: new AbortController().signal, log, timing });
  return {
    gate,
    outputs: gateOutputs(gate, { commentUrl: null, reportPath: null }),
    summary: renderReport(gate, { name: settings.name, sampleRate: settings.sampleRate }),
    report: jsonReport(gate, { name: settings.name, rules: ruleConfigOf(settings) }),
    log: lines.join('\n'),
    sleeps: timing.sleeps,
  };
}
