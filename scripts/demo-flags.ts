// The demo's flags, checked before anything is built or served: each problem one line naming the flag and what it takes.
import { parseArgs } from 'node:util';
import { scenarioProblem, type ScenarioName } from '../sim/scenarios.ts';
import { startProblem } from '../sim/starts.ts';
import type { ProviderName } from '../src/model.ts';

const FLAGS = {
  vendor: { type: 'string' },
  scenario: { type: 'string' },
  threshold: { type: 'string' },
  start: { type: 'boolean' },
  build: { type: 'boolean' },
} as const;

const TAKES = 'it takes --vendor, --scenario, --threshold, --start and --no-build';

export interface DemoFlags {
  vendor: ProviderName;
  scenario: ScenarioName;
  threshold: string | undefined;
  start: boolean;
  /** false with --no-build: dist/ is used as it is. */
  build: boolean;
}

/** Exits with one line naming the flag and what it takes. */
export function usage(problem: string): never {
  process.stderr.write(`demo: ${problem}\n`);
  process.exit(2);
}

/** One line for a flag parseArgs refused: unknown, a value given to --start, or a value missing. */
function flagProblem(error: unknown): string {
  const name = (/'(--[a-z-]+)/.exec((error as Error).message)?.[1] ?? '').slice(2);
  if ((error as { code?: unknown }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || !(name in FLAGS)) {
    return `--${name || '?'} is not a flag of the demo; ${TAKES}`;
  }
  return FLAGS[name as keyof typeof FLAGS].type === 'boolean' ? `--${name} takes no value` : `--${name}: expected a value`;
}

export function demoFlags(): DemoFlags {
  let values: { vendor?: string; scenario?: string; threshold?: string; start?: boolean; build?: boolean };
  try {
    values = parseArgs({ options: FLAGS, strict: true, allowNegative: true }).values;
  } catch (error) {
    usage(flagProblem(error));
  }
  const vendor = (values.vendor ?? 'aegis') as ProviderName;
  const scenario = (values.scenario ?? 'pass') as ScenarioName;
  const start = values.start === true;
  const problem = scenarioProblem(vendor, scenario) ?? (start ? startProblem(vendor) : null);
  if (problem) usage(problem);
  return { vendor, scenario, threshold: values.threshold, start, build: values.build !== false };
}
