import { randomUUID } from 'node:crypto';
import { escapeLog, LINK_BREAK } from './escape.ts';

type Info = (message: string) => void;

/**
 * Writes text that may hold vendor strings or inputs. The runner executes two
 * forms of workflow command (actions/runner, ActionCommand.TryParseV2 and
 * TryParse): `::name::` at a line's start, after any whitespace, and the
 * legacy `##[name]` anywhere in a line; .NET also ends a line at a lone `\r`.
 * `::` is common in honest text (`std::vector`, `Error::Timeout`), so it stays
 * verbatim and a one-time `stop-commands` token switches commands off around
 * it. `##[` gets our zero-width space inside it instead: besides being a
 * command, the log viewer formats a line starting with `##[error]` or
 * `##[group]` even when it is not run. Vendor zero-width characters are
 * spelled out by escapeLog first, so the one inserted here is always ours.
 */
export function logUntrusted(info: Info, text: string): void {
  logRendered(info, escapeLog(text));
}

/**
 * Writes text one of our renderers made (a report), whose every invisible
 * character is ours: vendor text in it was spelled out as it was rendered, so
 * escaping it again would spell out our own zero-width breaks (`gpt-[U+200B]4o`).
 * Only the workflow-command guard applies.
 */
export function logRendered(info: Info, text: string): void {
  const safe = text.replace(/##\[/g, `##${LINK_BREAK}[`);
  if (!safe.includes('::')) {
    info(safe);
    return;
  }
  const token = randomUUID();
  info(`::stop-commands::${token}`);
  info(safe);
  info(`::${token}::`);
}
