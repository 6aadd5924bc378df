// What the CLI does for a person at a terminal: where text goes, colours, progress, errors in the user's own words.
import { formatDurationMs } from '../inputs/duration.ts';
import type { InputName } from '../inputs/inputs.ts';
import { logRendered, logUntrusted } from './log.ts';
import { escapeLog } from './escape.ts';
import { redact } from '../redact.ts';

export const FORMATS = ['text', 'markdown', 'json', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export type Print = (text: string) => void;

/**
 * What the CLI prints can hold vendor text. Inside a GitHub Actions step the
 * runner reads both streams for workflow commands, so the log's guard applies.
 * Every line is redacted as it is written too (redact.ts): the last guard.
 */
export function printer(stream: NodeJS.WritableStream, env: NodeJS.ProcessEnv): Print {
  const write = (line: string) => stream.write(`${redact(line)}\n`);
  return env.GITHUB_ACTIONS === 'true' ? (text) => logUntrusted(write, text) : (text) => write(escapeLog(text));
}

/**
 * A report our renderers made: never guarded again (each renderer escaped the
 * vendor text in it for its format), but inside a GitHub Actions step still
 * kept from being read as workflow commands.
 */
export function reportPrinter(stream: NodeJS.WritableStream, env: NodeJS.ProcessEnv): Print {
  const write = (line: string) => stream.write(`${line}\n`);
  return env.GITHUB_ACTIONS === 'true' ? (text) => logRendered(write, text) : write;
}

/** Text on a terminal, markdown when piped (what scripts of earlier versions read); `--format` overrides both. */
export function defaultFormat(stdoutIsTerminal: boolean): Format {
  return stdoutIsTerminal ? 'text' : 'markdown';
}

/** Colours only on a terminal, and never when NO_COLOR is set to anything (no-color.org). */
export function wantsColour(stdoutIsTerminal: boolean, env: NodeJS.ProcessEnv): boolean {
  return stdoutIsTerminal && !env.NO_COLOR && env.TERM !== 'dumb';
}

/** Progress for stderr: each line with the time since the CLI started, so a long wait shows it is alive. */
export function progressPrinter(print: Print, now: () => number = Date.now): Print {
  const startedAt = now();
  return (text) => print(`[${formatDurationMs(now() - startedAt).padStart(6)}] ${text}`);
}

/** An input as the CLI's user gives it: `--threshold` for a flag, the environment variable for the key (the CLI has no api-key flag). */
export function cliInputName(name: InputName | string, keyVariable: string): string {
  return name === 'api-key' ? keyVariable : `--${name}`;
}

/** An input error as the user gave the input, saying for the key where its variable's name comes from. */
export function inUsersWords(message: string, keyVariable: string, keyVariableNamed: boolean): string {
  const match = /^([a-z][a-z-]*(?:, [a-z][a-z-]*)*): ([\s\S]*)$/.exec(message);
  if (!match) return message;
  const [, names = '', rest = ''] = match;
  const named = names.split(', ').map((name) => {
    const given = cliInputName(name, keyVariable);
    if (name !== 'api-key') return given;
    return keyVariableNamed ? `${given} (the variable --api-key-env names)` : `${given} (or the variable named by --api-key-env NAME)`;
  });
  return `${named.join(', ')}: ${rest}`;
}
