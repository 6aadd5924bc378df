#!/usr/bin/env node
// npx eval-gate: the same gate from any CI or a laptop. Same code path as the action.
import { parseArgs } from 'node:util';
import { CLI_FLAGS, helpText } from './cli-flags.ts';
import { InputError, messageOf } from './errors.ts';
import { checkRunIds, onCancel, runGate } from './gate.ts';
import { type InputName, parseInputs } from './inputs.ts';
import { providerFor } from './providers/index.ts';
import { jsonReport, jsonText } from './report/json-report.ts';
import { logUntrusted } from './log.ts';
import { escapeLog } from './report/escape.ts';
import { renderReport } from './report/render.ts';
import { type GateDecision, ruleConfigOf } from './rules.ts';

const EXIT = { pass: 0, fail: 1, error: 2 } as const;

type Print = (text: string) => void;

/**
 * What the CLI prints can hold vendor text. Inside a GitHub Actions step the
 * runner reads both streams for workflow commands, so the log's guard applies.
 */
function printer(stream: NodeJS.WritableStream, env: NodeJS.ProcessEnv): Print {
  const write = (line: string) => stream.write(`${line}\n`);
  return env.GITHUB_ACTIONS === 'true' ? (text) => logUntrusted(write, text) : (text) => write(escapeLog(text));
}

function parseFlags(argv: string[]) {
  const options = Object.fromEntries(CLI_FLAGS.map((f) => [f.name, { type: 'string' as const, multiple: f.name === 'run-id' }]));
  return parseArgs({
    args: argv,
    options: { ...options, 'api-key-env': { type: 'string' }, format: { type: 'string', default: 'markdown' }, help: { type: 'boolean' } },
    strict: true,
  }).values as Record<string, string | string[] | boolean | undefined>;
}

function inputReader(flags: ReturnType<typeof parseFlags>, env: NodeJS.ProcessEnv) {
  const keyVariable = String(flags['api-key-env'] ?? 'EVAL_GATE_API_KEY');
  return (name: InputName): string => {
    if (name === 'api-key') return env[keyVariable] ?? '';
    const value = flags[name];
    return Array.isArray(value) ? value.join('\n') : typeof value === 'string' ? value : '';
  };
}

function exitCodeOf(gate: GateDecision, failOn: string): number {
  return gate.verdict === 'fail' && failOn === 'never' ? 0 : EXIT[gate.verdict];
}

export async function cli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (argv.some((arg) => arg === '--api-key' || arg.startsWith('--api-key='))) {
    process.stderr.write(
      'eval-gate: --api-key is not taken, so that the key stays out of shell history; put it in EVAL_GATE_API_KEY or name its variable with --api-key-env NAME\n',
    );
    return EXIT.error;
  }
  let flags: ReturnType<typeof parseFlags>;
  try {
    flags = parseFlags(argv);
  } catch (error) {
    // parseArgs names the unknown flag; a plain --api-key is refused there too.
    printer(process.stderr, env)(`eval-gate: ${messageOf(error)}\nRun eval-gate --help for the flags.`);
    return EXIT.error;
  }
  if (flags.help) {
    process.stdout.write(helpText());
    return EXIT.pass;
  }
  try {
    if (flags.format !== 'markdown' && flags.format !== 'json')
      throw new InputError(`format: expected markdown or json, got ${JSON.stringify(flags.format)}`);
    const settings = parseInputs(inputReader(flags, env));
    const provider = await providerFor(settings.provider);
    checkRunIds(settings, provider);
    const cancel = new AbortController();
    onCancel(() => cancel.abort());
    const log = { info: printer(process.stderr, env), debug: () => {} };
    const gate = await runGate(settings, provider, { signal: cancel.signal, log });
    if (flags.format === 'json') {
      // Lossless: the guard lives in JSON escapes, and no pretty-printed line can start with `::`.
      process.stdout.write(`${jsonText(jsonReport(gate, { name: settings.name, rules: ruleConfigOf(settings) }))}\n`);
    } else {
      printer(process.stdout, env)(renderReport(gate, { name: settings.name, sampleRate: settings.sampleRate }));
    }
    return exitCodeOf(gate, settings.failOn);
  } catch (error) {
    printer(process.stderr, env)(`eval-gate: ${messageOf(error)}`);
    return EXIT.error;
  }
}

process.exitCode = await cli(process.argv.slice(2));
