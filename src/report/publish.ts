import * as core from '@actions/core';
import { appendFile } from 'node:fs/promises';
import type { Settings } from '../inputs.ts';
import type { GateDecision } from '../rules.ts';
import { runnerContext } from '../github-context.ts';
import { jsonReport, writeJsonReport } from './json-report.ts';
import { gateOutputs } from './outputs.ts';
import { renderReport } from './render.ts';
import { footer } from './footer.ts';

/** Renders once, then writes the JSON report, the job summary and the outputs; reporting problems only warn. */
export async function publishReport(gate: GateDecision, settings: Settings): Promise<void> {
  const context = runnerContext();
  const body = renderReport(gate, { name: settings.name, sampleRate: settings.sampleRate });
  const markdown = `${body}\n\n${footer(context, new Date())}\n`;
  let reportPath: string | null = null;
  try {
    reportPath = await writeJsonReport(jsonReport(gate, { name: settings.name, rules: settings }));
  } catch (error) {
    core.warning(`eval-gate: could not write the JSON report: ${(error as Error).message}`);
  }
  const summaryPath = process.env.GITHUB_STEP_SUMMARY;
  if (summaryPath) {
    try {
      await appendFile(summaryPath, markdown, 'utf8');
    } catch (error) {
      core.warning(`eval-gate: could not write the job summary: ${(error as Error).message}`);
    }
  }
  const outputs = gateOutputs(gate, { commentUrl: null, reportPath });
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
