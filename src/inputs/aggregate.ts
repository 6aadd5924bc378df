import { InputError } from '../errors.ts';
import { INPUT_DEFAULTS, type InputName, schema } from './schema.ts';
import type { CommentMode } from './inputs.ts';

/** The aggregate step (aggregate: PATTERN): it reads the gates' commit statuses, and needs no vendor. */
export interface AggregateSettings {
  /** The gate-name pattern as given (glob.ts namePattern). */
  pattern: string;
  /** Its own status name; the pattern when no name is given. */
  name: string;
  githubToken: string;
  timeoutMs: number;
  pollIntervalMs: number;
  comment: Exclude<CommentMode, 'aggregate'>;
  prNumber: number | null;
}

/**
 * The only inputs the aggregate step reads. Any other one given (a vendor's,
 * a rule's, one added later) is an error rather than silently unused.
 */
const AGGREGATE_INPUTS = [
  'aggregate',
  'name',
  'github-token',
  'timeout',
  'poll-interval',
  'comment',
  'pr-number',
  'commit-status',
] as const;

export function parseAggregateInputs(read: (name: InputName) => string): AggregateSettings {
  const raw: Record<string, string> = {};
  for (const [name, fallback] of Object.entries(INPUT_DEFAULTS)) raw[name] = read(name as InputName).trim() || fallback;
  const allowed: readonly string[] = AGGREGATE_INPUTS;
  const extra = Object.keys(INPUT_DEFAULTS).filter((name) => !allowed.includes(name) && raw[name] !== INPUT_DEFAULTS[name as InputName]);
  if (extra.length > 0) {
    throw new InputError(
      `${extra.join(', ')}: expected no vendor or rule input beside aggregate (the aggregate step only reads the gates' commit statuses; it takes ${AGGREGATE_INPUTS.join(', ')}), got ${extra.length === 1 ? 'it' : 'them'}`,
    );
  }
  const result = schema
    .pick({
      aggregate: true,
      name: true,
      'github-token': true,
      timeout: true,
      'poll-interval': true,
      comment: true,
      'pr-number': true,
      'commit-status': true,
    })
    .safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new InputError(`${String(issue?.path[0] ?? 'input')}: ${issue?.message ?? 'invalid value'}`);
  }
  const value = result.data;
  const token = value['github-token'];
  if (!token)
    throw new InputError('github-token: expected a token that reads commit statuses and writes them (statuses: write), got nothing');
  if (value.comment === 'aggregate')
    throw new InputError(
      'comment: expected always, on-failure or never on the aggregate step itself, got "aggregate" (which goes on the gates it reports)',
    );
  if (value['commit-status'] === 'never') {
    throw new InputError(
      'commit-status: expected auto or always with aggregate (its commit status is the check branch protection requires), got never',
    );
  }
  const pattern = value.aggregate ?? '';
  return {
    pattern,
    name: value.name ?? pattern,
    githubToken: token,
    timeoutMs: value.timeout,
    pollIntervalMs: value['poll-interval'],
    comment: value.comment,
    prNumber: value['pr-number'],
  };
}
