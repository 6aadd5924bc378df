import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redactDeep } from '../redact.ts';
import type { GateDecision, RuleConfig } from '../rules/rules.ts';

/** The machine-readable report: normalised runs, the rules applied and the verdict. No secrets are in its inputs. */
export function jsonReport(gate: GateDecision, meta: { name: string | null; rules: RuleConfig }) {
  return {
    schemaVersion: 1,
    name: meta.name,
    verdict: gate.verdict,
    reason: gate.reason,
    sampled: gate.sampled,
    rules: meta.rules,
    warnings: gate.warnings ?? 0,
    budgets: gate.budgets ?? [],
    // Per-record outcomes and latencies are typed arrays (100,000 records): counted here, not listed.
    runs: gate.runs.map(({ run: { records, latencyMs, ...run }, decision }) => ({
      ...run,
      recordCount: records?.keys.length ?? null,
      latencyCount: latencyMs?.length ?? null,
      decision,
    })),
  };
}

// Invisible and reordering characters, and the `[` of the runner's legacy `##[command]`.
// (Pretty-printing's own newlines stay; JSON.stringify escapes those inside strings.)
const UNSAFE_IN_JSON = /(?<=##)\[|(?!\n)[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const unicodeEscape = (char: string): string =>
  Array.from({ length: char.length }, (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');

/**
 * Pretty JSON that means exactly the same data, redacted before it is encoded,
 * with every character that could hide text or start a workflow command
 * written as a `\uXXXX` escape (JSON.stringify already escapes lone surrogates).
 */
export function jsonText(report: unknown): string {
  return JSON.stringify(redactDeep(report), null, 2).replace(UNSAFE_IN_JSON, unicodeEscape);
}

export async function writeJsonReport(report: unknown, directory = process.env.RUNNER_TEMP || tmpdir()): Promise<string> {
  const path = join(directory, `eval-gate-report-${randomUUID()}.json`);
  await writeFile(path, `${jsonText(report)}\n`, 'utf8');
  return path;
}
