// The demo's view of the action's log as a runner shows it: workflow commands
// rendered (errors, warnings, groups), masked values as ***, debug lines hidden.
// After actions/runner's ActionCommandManager; only what the demo needs.

const LEVELS: Record<string, string> = { error: 'Error', warning: 'Warning', notice: 'Notice' };
const COLOURS: Record<string, string> = { error: '\u001B[31m', warning: '\u001B[33m', notice: '\u001B[36m' };

/** The runner's unescaping of a command's message (`%25`, `%0D`, `%0A`). */
const unescapeData = (text: string): string => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

export interface RunnerView {
  /** The line as the runner would show it, or null when it shows nothing. */
  line(raw: string): string | null;
}

export function runnerView(options: { colour: boolean }): RunnerView {
  const masks: string[] = [];
  let stopToken: string | null = null;
  const mask = (text: string) => masks.reduce((out, secret) => out.split(secret).join('***'), text);
  const paint = (name: string, text: string) => (options.colour ? `${COLOURS[name] ?? ''}${text}\u001B[39m` : text);
  return {
    line(raw) {
      const command = /^\s*::([\w-]+)(?: [^:]*)?::(.*)$/.exec(raw);
      if (stopToken !== null) {
        if (command?.[1] === stopToken) stopToken = null;
        return stopToken === null ? null : mask(raw);
      }
      if (!command) return mask(raw);
      const [, name = '', data = ''] = command;
      const message = unescapeData(data);
      if (name === 'add-mask') {
        if (message) masks.push(message);
        return null;
      }
      if (name === 'stop-commands') {
        stopToken = message;
        return null;
      }
      if (name === 'group') return `▶ ${mask(message)}`;
      const level = LEVELS[name];
      if (level) return paint(name, `${level}: ${mask(message)}`);
      // debug (shown only with step debugging), endgroup, set-output and the rest: nothing in the log.
      return null;
    },
  };
}
