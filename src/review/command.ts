// What a person asks of the gate in a pull-request comment. Pure: the event's text in, a command out.

export type ReviewAction = 'approve' | 'reject' | 'revoke';

export type ParsedCommand =
  | { ok: true; action: ReviewAction; reason: string }
  /** Addressed to eval-gate, but not a command it can act on: `problem` is the reply. */
  | { ok: false; problem: string };

export const COMMAND = '/eval-gate';
/** Longer reasons are cut (and say so); the status description shows fewer still. */
export const REASON_MAX_CHARS = 500;

const ACTIONS: readonly ReviewAction[] = ['approve', 'reject', 'revoke'];

/**
 * The command on the comment's first line, or null when that line is not
 * addressed to eval-gate. Only the first line counts, so that a command quoted
 * further down a comment (or in a reply quoting it) never acts.
 */
export function parseCommand(body: string): ParsedCommand | null {
  const firstLine = body.replace(/^\uFEFF/, '').split(/\r\n?|\n/, 1)[0] ?? '';
  const match = /^\s*\/eval-gate(?:\s+(\S+))?(?:\s+(.*))?$/i.exec(firstLine);
  if (!match) return null;
  const word = (match[1] ?? '').toLowerCase();
  const reason = (match[2] ?? '').trim();
  const action = ACTIONS.find((a) => a === word);
  if (!action)
    return {
      ok: false,
      problem: `the command is \`${COMMAND} approve <reason>\`, \`${COMMAND} reject <reason>\` or \`${COMMAND} revoke\``,
    };
  if (action !== 'revoke' && reason === '')
    return { ok: false, problem: `\`${COMMAND} ${action}\` needs a reason after it, on the same line` };
  return { ok: true, action, reason };
}
