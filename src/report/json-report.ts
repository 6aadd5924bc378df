import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GateDecision, RuleConfig } from '../rules.ts';

/** The machine-readable report: normalised runs, the rules applied and the verdict. No secrets are in its inputs. */
export function jsonReport(gate: GateDecision, meta: { name: string | null; rules: RuleConfig }) {
  return {
    schemaVersion: 1,
    name: meta.name,
    verdict: gate.verdict,
    reason: gate.reason,
    sampled: gate.sampled,
    rules: meta.rules,
    runs: gate.runs.map(({ run, decision }) => ({ ...run, decision })),
  };
}

export async function writeJsonReport(report: unknown, directory = process.env.RUNNER_TEMP || tmpdir()): Promise<string> {
  const path = join(directory, `eval-gate-report-${randomUUID()}.json`);
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  return path;
}
