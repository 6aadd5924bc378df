/**
 * The runner's reading of a step's output, after actions/runner
 * (ActionCommandManager.TryProcessCommand, ActionCommand.TryParseV2 and
 * TryParse): lines end at `\n`, `\r\n` or a lone `\r`; `::name ...::` counts
 * at a line's start after whitespace, the legacy `##[name ...]` anywhere in
 * it; `stop-commands` ignores everything until its token comes back.
 */
const REGISTERED = new Set([
  'set-env',
  'set-output',
  'save-state',
  'add-path',
  'add-mask',
  'echo',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'add-matcher',
  'remove-matcher',
  'stop-commands',
  'internal-set-repo-path',
]);

function commandOf(line: string, registered: Set<string>): string | null {
  const trimmed = line.replace(/^\s+/, '');
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2);
    const name = end < 0 ? '' : (trimmed.slice(2, end).split(' ')[0] ?? '');
    if (registered.has(name)) return name;
  }
  const prefix = line.indexOf('##[');
  const close = prefix < 0 ? -1 : line.indexOf(']', prefix);
  const name = close < 0 ? '' : (line.slice(prefix + 3, close).split(' ')[0] ?? '');
  return registered.has(name) ? name : null;
}

/** The commands the runner would carry out, in order, for what a step wrote. */
export function runnerCommands(output: string): string[] {
  const registered = new Set(REGISTERED);
  const run: string[] = [];
  let stopToken: string | null = null;
  for (const line of output.split(/\r\n|\r|\n/)) {
    const name = commandOf(line, registered);
    if (name === null) continue;
    if (stopToken !== null) {
      if (name.toLowerCase() === stopToken.toLowerCase()) stopToken = null;
      continue;
    }
    if (name === 'stop-commands') {
      stopToken = line.slice(line.indexOf('::', 2) + 2);
      registered.add(stopToken);
      continue;
    }
    run.push(name);
  }
  return run;
}

/** Lines the log viewer would format (an error line, a group) whether or not they ran. */
export function formattedLines(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => /^\s*##\[/.test(line));
}
