// npx eval-gate: the same gate from any CI or a laptop. Same code path as the action.
import { parseArgs } from 'node:util';
import { CLI_ENV, CLI_FLAGS, helpText } from './inputs/cli-flags.ts';
import { formatDurationMs } from './inputs/duration.ts';
import {
  cliInputName,
  defaultFormat,
  type Format,
  FORMATS,
  inUsersWords,
  printer,
  progressPrinter,
  reportPrinter,
  wantsColour,
} from './report/terminal.ts';
import { InputError, messageOf } from './errors.ts';
import { prepareGate, runGate } from './gate.ts';
import { onCancel } from './poll/cancel.ts';
import type { Timing } from './poll/retry.ts';
import type { InputName, Settings } from './inputs/inputs.ts';
import { jsonReport, jsonText } from './report/json-report.ts';
import { junitXml } from './report/junit.ts';
import { renderReport } from './report/render.ts';
import { renderText } from './report/text-report.ts';
import { holdSecrets, redact } from './redact.ts';
import { type GateDecision, ruleConfigOf, verdictLine } from './rules/rules.ts';

const EXIT = { pass: 0, fail: 1, error: 2 } as const;
const DEFAULT_KEY_VARIABLE = 'EVAL_GATE_API_KEY';

function parseFlags(argv: string[]) {
  const options = Object.fromEntries(CLI_FLAGS.map((f) => [f.name, { type: 'string' as const, multiple: f.name === 'run-id' }]));
  return parseArgs({
    args: argv,
    options: { ...options, 'api-key-env': { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  }).values as Record<string, string | string[] | boolean | undefined>;
}

function inputReader(flags: ReturnType<typeof parseFlags>, env: NodeJS.ProcessEnv, keyVariable: string) {
  return (name: InputName): string => {
    if (name === 'api-key') return env[keyVariable] ?? '';
    const value = flags[name];
    const variable = CLI_ENV[name];
    if (value === undefined && variable) return env[variable] ?? '';
    return Array.isArray(value) ? value.join('\n') : typeof value === 'string' ? value : '';
  };
}

function formatOf(flags: ReturnType<typeof parseFlags>, stdoutIsTerminal: boolean): Format {
  const given = flags.format;
  if (given === undefined) return defaultFormat(stdoutIsTerminal);
  if (FORMATS.includes(given as Format)) return given as Format;
  throw new InputError(`format: expected ${FORMATS.join(', ')}, got ${JSON.stringify(given)}`);
}

function exitCodeOf(gate: GateDecision, failOn: string): number {
  return gate.verdict === 'fail' && failOn === 'never' ? 0 : EXIT[gate.verdict];
}

function report(gate: GateDecision, settings: Settings, format: Format, colour: boolean): string {
  const meta = { name: settings.name, sampleRate: settings.sampleRate };
  switch (format) {
    // Lossless: the guard lives in JSON escapes, and no pretty-printed line can start with `::`.
    case 'json':
      return jsonText(jsonReport(gate, { name: settings.name, rules: ruleConfigOf(settings) }));
    case 'junit':
      return junitXml(gate, meta);
    case 'markdown':
      return renderReport(gate, meta);
    case 'text':
      return renderText(gate, { ...meta, colour });
  }
}

/** The CLI: its exit code. `timing` is the wall clock's unless a test gives its own. */
export async function cli(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  stdoutIsTerminal = process.stdout.isTTY === true,
  timing?: Timing,
) {
  const fail = (message: string) => {
    printer(process.stderr, env)(`eval-gate: ${message}`);
    return EXIT.error;
  };
  // Held before the flags are read, so that an error quoting a key pasted as an argument shows none of it; prepareGate holds them all.
  holdSecrets([env[DEFAULT_KEY_VARIABLE] ?? '']);
  if (argv.some((arg) => arg === '--api-key' || arg.startsWith('--api-key='))) {
    return fail(
      `--api-key is not taken, so that the key stays out of shell history; put it in ${DEFAULT_KEY_VARIABLE} or name its variable with --api-key-env NAME`,
    );
  }
  let flags: ReturnType<typeof parseFlags>;
  try {
    flags = parseFlags(argv);
  } catch (error) {
    // parseArgs names the unknown flag.
    return fail(`${messageOf(error)}\nRun eval-gate --help for the flags.`);
  }
  if (flags.help) {
    process.stdout.write(helpText());
    return EXIT.pass;
  }
  const keyVariable = typeof flags['api-key-env'] === 'string' ? flags['api-key-env'] : DEFAULT_KEY_VARIABLE;
  try {
    const format = formatOf(flags, stdoutIsTerminal);
    const { settings, provider } = await prepareGate(inputReader(flags, env, keyVariable));
    if (provider.warning) printer(process.stderr, env)(`eval-gate: warning: ${provider.warning}`);
    const cancel = new AbortController();
    const stopListening = onCancel(() => cancel.abort());
    const stderr = printer(process.stderr, env);
    const progress = progressPrinter(stderr);
    const timeout = `(timeout ${formatDurationMs(settings.timeoutMs)})`;
    // Started runs have no id until the vendor answers; the start request logs it then.
    progress(
      settings.start
        ? `starting a run at ${provider.label} ${timeout}`
        : `waiting for ${provider.label}: ${settings.runIds.join(', ')} ${timeout}`,
    );
    const gate = await runGate(settings, provider, {
      signal: cancel.signal,
      log: { info: progress, debug: () => {} },
      inputName: (name) => cliInputName(name, keyVariable),
      timing,
    }).finally(stopListening);
    const text = report(gate, settings, format, format === 'text' && wantsColour(stdoutIsTerminal, env));
    // Each format escaped the vendor text in it; JSON and JUnit never hold a line the runner would read as a command.
    if (format === 'markdown' || format === 'text') reportPrinter(process.stdout, env)(redact(text));
    else process.stdout.write(`${redact(text)}\n`);
    // On stderr whatever the format, so that a report piped away or in XML never hides why.
    stderr(`eval-gate: ${verdictLine(gate)}`);
    return exitCodeOf(gate, settings.failOn);
  } catch (error) {
    const message = messageOf(error);
    return fail(error instanceof InputError ? inUsersWords(message, keyVariable, keyVariable !== DEFAULT_KEY_VARIABLE) : message);
  }
}
