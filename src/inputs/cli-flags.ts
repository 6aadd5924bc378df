import type { InputName } from './inputs.ts';
import { providerList } from '../model.ts';

/** The CLI's flags: the action's inputs that make sense outside GitHub, same names and meanings. */
export const CLI_FLAGS: Array<{ name: InputName; value: string; help: string }> = [
  { name: 'provider', value: 'NAME', help: `${providerList()} (required)` },
  { name: 'run-id', value: 'ID', help: 'the run to gate; repeat the flag, or separate ids with commas, to gate several (or --start)' },
  { name: 'run-id-file', value: 'PATH', help: 'a file holding the run id(s), instead of --run-id' },
  {
    name: 'start',
    value: 'JSON',
    help: "start the run: the body of the vendor's create request (aegis, eigenpal, runtype), instead of --run-id",
  },
  { name: 'start-file', value: 'PATH', help: 'a file holding the --start body' },
  { name: 'repeats', value: 'N', help: 'with --start: start N runs (1-10) and judge each record by its majority (default 1)' },
  {
    name: 'confirm-failures',
    value: 'BOOL',
    help: 'with --start: true starts a failed run once more and fails only on what fails in both',
  },
  { name: 'baseline-run-id', value: 'ID', help: 'a run of the same vendor to compare against' },
  { name: 'max-regression', value: 'POINTS', help: 'fail when the score (or a metric) drops more than this below the baseline' },
  { name: 'regression-confidence', value: 'C', help: 'with --max-regression: fail only on a drop significant at this confidence (0.95)' },
  { name: 'base-url', value: 'URL', help: "the vendor's API prefix (https; http only for loopback)" },
  { name: 'threshold', value: 'N', help: "minimum score on the vendor's scale" },
  { name: 'min-pass-rate', value: 'R', help: 'minimum fraction of passing records: 0.95 or 95%' },
  { name: 'metric-thresholds', value: 'LIST', help: 'per-metric minimums: "faith: 80, ans_corr: 70"' },
  { name: 'max-cost', value: 'USD', help: 'fail when the runs cost more than this in all (aegis, runtype)' },
  { name: 'max-duration', value: 'DURATION', help: "fail when a run took longer than this by the vendor's own clock" },
  { name: 'max-p95-latency', value: 'DURATION', help: "fail when the records' 95th percentile latency is over this (aegis, runtype)" },
  { name: 'max-tokens', value: 'N', help: 'fail when the runs used more tokens than this in all (runtype)' },
  { name: 'warn-on', value: 'LIST', help: 'rules whose failures only warn: "max-cost, min-pass-rate"' },
  { name: 'sample-rate', value: 'R', help: 'flag a run for human review when its sampleRank is below this (default 0)' },
  { name: 'timeout', value: 'DURATION', help: 'deadline for the whole poll: 250ms, 45s, 10m, 1h (default 30m)' },
  { name: 'poll-interval', value: 'DURATION', help: 'the first wait between polls (default 2.5s)' },
  { name: 'fail-on', value: 'MODE', help: 'fail (default): exit 1 on a failing gate; never: exit 0 and only report' },
  { name: 'name', value: 'TEXT', help: "the gate's display name" },
  { name: 'application-id', value: 'ID', help: 'Avido only: sent as x-application-id' },
  { name: 'ref', value: 'REF', help: 'eigenpal only: the git ref or commit the run must evaluate (default: $EVAL_GATE_REF)' },
];

/** Inputs the CLI also takes from the environment when the flag is not given, named like EVAL_GATE_API_KEY. */
export const CLI_ENV: Partial<Record<InputName, string>> = { ref: 'EVAL_GATE_REF' };

export function helpText(): string {
  const width = Math.max(...CLI_FLAGS.map((f) => `--${f.name} ${f.value}`.length)) + 2;
  const line = (flag: string, help: string) => `  ${flag.padEnd(width)}${help}`;
  return [
    'eval-gate: wait for an LLM eval run at your vendor and gate on its result.',
    '',
    'Usage: eval-gate --provider NAME (--run-id ID | --start JSON) [options]',
    '',
    'The API key is read from the environment, never from a flag (it would stay in your shell history):',
    line('--api-key-env NAME', 'the variable that holds the key (default EVAL_GATE_API_KEY)'),
    '',
    'Options:',
    ...CLI_FLAGS.map((f) => line(`--${f.name} ${f.value}`, f.help)),
    line('--format FORMAT', 'text (default on a terminal), markdown (default when piped), json or junit (JUnit XML)'),
    line('--help', 'show this help'),
    '',
    'Exit codes: 0 pass, 1 fail, 2 error (the gate could not decide, or bad input).',
    '',
  ].join('\n');
}
