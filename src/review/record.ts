// The review's memory, kept in hidden lines at the top of the gate's own sticky
// comment: only the workflow token's account writes that comment, and only its
// comments are read (a marker quoted by anyone else is ignored). Versioned, and
// base64url-encoded so that no text inside (a reason, a record's name) can
// close the HTML comment or be rendered.
import { z } from 'zod';
import type { Failing } from './failing.ts';
import { REASON_MAX_CHARS } from './command.ts';

const STATE_PREFIX = '<!-- eval-gate-review: v1 ';
const DECISION_PREFIX = '<!-- eval-gate-decision: v1 ';
const SUFFIX = ' -->';

/** What the gate decided on a commit, so that a later comment can be judged against it without asking the vendor again. */
export interface GateState {
  sha: string;
  verdict: 'pass' | 'fail' | 'error';
  /** A run flagged for review holds the status at pending (review: required). */
  held: boolean;
  failing: Failing;
  /** The status the rules gave, to go back to when a decision is revoked. */
  status: { state: 'pending' | 'success' | 'failure' | 'error'; description: string };
}

export interface Decision {
  decision: 'approve' | 'reject';
  by: string;
  /** When the comment was written (GitHub's time). */
  at: string;
  /** The commit it applies to now. */
  sha: string;
  /** What was failing when it was given: later pushes are compared with this. */
  failing: Failing;
  reason: string;
  /** The commit it was given on, when it was carried forward to a later one. */
  carriedFrom: string | null;
  commentUrl: string | null;
}

const SHA = z.string().regex(/^[0-9a-f]{7,64}$/);
const FAILING = z.object({
  items: z.array(z.string().regex(/^[0-9a-f]{1,64}$/)).max(1000),
  labels: z.array(z.string().max(300)).max(50),
  complete: z.boolean(),
});
const STATE = z.object({
  sha: SHA,
  verdict: z.enum(['pass', 'fail', 'error']),
  held: z.boolean(),
  failing: FAILING,
  status: z.object({ state: z.enum(['pending', 'success', 'failure', 'error']), description: z.string().max(300) }),
});
const DECISION = z.object({
  decision: z.enum(['approve', 'reject']),
  by: z.string().min(1).max(100),
  at: z.string().max(40),
  sha: SHA,
  failing: FAILING,
  reason: z.string().max(REASON_MAX_CHARS * 2),
  carriedFrom: SHA.nullable(),
  commentUrl: z.string().max(500).nullable(),
});

const encode = (prefix: string, value: unknown): string => `${prefix}${Buffer.from(JSON.stringify(value)).toString('base64url')}${SUFFIX}`;

/** The hidden lines a comment starts with: marker, run stamp, trend, review; reading stops at the first other line. */
function headerLines(body: string): string[] {
  const lines: string[] = [];
  for (const line of body.split('\n')) {
    if (!/^<!-- eval-gate[\w-]*:.* -->$/.test(line)) break;
    lines.push(line);
  }
  return lines;
}

function decode<T>(body: string | null, prefix: string, schema: z.ZodType<T>): T | null {
  const line = headerLines(body ?? '').find((l) => l.startsWith(prefix) && l.endsWith(SUFFIX));
  if (!line) return null;
  const data = line.slice(prefix.length, -SUFFIX.length);
  if (!/^[\w-]*$/.test(data)) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(data, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const stateLine = (state: GateState): string => encode(STATE_PREFIX, state);
export const decisionLine = (decision: Decision): string => encode(DECISION_PREFIX, decision);
/** An unreadable line (another version, damaged) reads as none: the gate then asks for a new decision. */
export const readState = (body: string | null): GateState | null => decode(body, STATE_PREFIX, STATE);
export const readDecision = (body: string | null): Decision | null => decode(body, DECISION_PREFIX, DECISION);

export const BLOCK_START = '<!-- eval-gate-decision-block -->';
export const BLOCK_END = '<!-- /eval-gate-decision-block -->';
const BLOCK = new RegExp(`\\n\\n${BLOCK_START}[\\s\\S]*?${BLOCK_END}|${BLOCK_START}[\\s\\S]*?${BLOCK_END}\\n\\n`, 'g');

/** The body without a decision's hidden line and its block (as placeBlock put it), ready for a new one. */
export function withoutDecision(body: string): string {
  return body
    .split('\n')
    .filter((line) => !line.startsWith(DECISION_PREFIX))
    .join('\n')
    .replace(BLOCK, '');
}

/** The body with `lines` added to its hidden header, after the lines already there. */
export function withHeaderLines(body: string, lines: string[]): string {
  const all = body.split('\n');
  const at = headerLines(body).length;
  return [...all.slice(0, at), ...lines, ...all.slice(at)].join('\n');
}
