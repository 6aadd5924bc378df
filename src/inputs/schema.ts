import { z } from 'zod';
import { baseUrlExpected, parseBaseUrl } from './base-url.ts';
import {
  GIT_REF_EXPECTED,
  listOf,
  quoted,
  RUN_IDS_EXPECTED,
  toFraction,
  toMetricThresholds,
  toNumber,
  toPositiveMs,
  toPullRequestNumber,
  toLogins,
  toGitRef,
  toPaths,
  toRunIds,
} from './values.ts';
import { PROVIDER_NAMES, type ProviderName } from '../model.ts';
import { toLimitMs, toTokens, toUsd } from './budgets.ts';

/** baseline-run-id's word for: the last passing record of this gate on the PR's base branch. */
export const AUTO_BASELINE = 'auto';

/** The most runs `repeats` starts from one body: each is a paid run at the vendor. */
export const MAX_REPEATS = 10;

/** Input names as in action.yml, with the defaults action.yml gives them. */
export const INPUT_DEFAULTS = {
  provider: '',
  'run-id': '',
  'run-id-file': '',
  start: '',
  'start-file': '',
  repeats: '1',
  'confirm-failures': 'false',
  ref: '',
  'baseline-run-id': '',
  'max-regression': '',
  'regression-confidence': '',
  'baseline-required': 'false',
  'max-cost': '',
  'max-duration': '',
  'max-p95-latency': '',
  'max-tokens': '',
  'warn-on': '',
  'api-key': '',
  'base-url': '',
  threshold: '',
  'min-pass-rate': '',
  'metric-thresholds': '',
  'sample-rate': '0',
  'sample-label': '',
  timeout: '30m',
  'poll-interval': '2.5s',
  'fail-on': 'fail',
  comment: 'always',
  'pr-number': '',
  'commit-status': 'auto',
  name: '',
  'github-token': '',
  'application-id': '',
  junit: '',
  review: 'off',
  'allow-self-approval': 'false',
  approvers: '',
  aggregate: '',
  paths: '',
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS;

/** An input's rule: `convert` gives its value, or null, and then `problem` says what was expected and given. */
function refineWith<T>(problem: (text: string) => string, convert: (text: string) => T | null) {
  return z.string().transform((text, ctx) => {
    const value = convert(text);
    if (value === null) {
      ctx.addIssue({ code: 'custom', message: problem(text) });
      return z.NEVER;
    }
    return value;
  });
}

const refineTo = <T>(expected: string, convert: (text: string) => T | null) =>
  refineWith((text) => `expected ${expected}, got ${quoted(text)}`, convert);

/** An input that may be left empty (null); otherwise `schema` decides, with its own message. */
const optional = <T>(schema: z.ZodType<T, string>) =>
  z.string().transform((text, ctx): T | null => {
    if (text === '') return null;
    const result = schema.safeParse(text);
    if (result.success) return result.data;
    ctx.addIssue({ code: 'custom', message: result.error.issues[0]?.message ?? 'invalid value' });
    return z.NEVER;
  });

const text = optional(z.string());
const secret = z.string().min(1, 'required, got an empty value');

/** Each input's rule, with the message that names what was expected and what was given. */
export const schema = z.object({
  provider: refineTo(`one of ${PROVIDER_NAMES.join(', ')}`, (value) =>
    (PROVIDER_NAMES as readonly string[]).includes(value.toLowerCase()) ? (value.toLowerCase() as ProviderName) : null,
  ),
  ref: optional(refineTo(GIT_REF_EXPECTED, toGitRef)),
  repeats: refineTo(`a whole number of runs from 1 to ${MAX_REPEATS}`, (value) =>
    /^\d{1,2}$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_REPEATS ? Number(value) : null,
  ),
  'confirm-failures': z.enum(['true', 'false'], { error: (issue) => `expected true or false, got ${quoted(String(issue.input))}` }),
  'run-id': refineTo(`${RUN_IDS_EXPECTED} (or a run-id-file holding them, or start to start a run)`, toRunIds),
  'baseline-run-id': optional(
    refineTo('one run id (letters, digits, . _ : ~ -, not only dots), or auto', (value) => (toRunIds(value)?.length === 1 ? value : null)),
  ),
  'baseline-required': z.enum(['true', 'false'], { error: (issue) => `expected true or false, got ${quoted(String(issue.input))}` }),
  'max-regression': optional(
    refineTo('a number of points, 0 or more', (value) => {
      const points = toNumber(value);
      return points !== null && points >= 0 ? points : null;
    }),
  ),
  'regression-confidence': optional(
    refineTo('a confidence between 0.5 and 1 (exclusive) such as 0.95, or a percentage such as 95%', (value) => {
      const level = toFraction(value);
      return level !== null && level >= 0.5 && level < 1 ? level : null;
    }),
  ),
  'max-cost': optional(refineTo('US dollars over all gated runs, 0 or more, such as 2.50', toUsd)),
  'max-duration': optional(refineTo('a duration such as 250ms, 45s, 10m, 1h or bare seconds', toLimitMs)),
  'max-p95-latency': optional(refineTo('a duration such as 250ms, 45s, 10m, 1h or bare seconds', toLimitMs)),
  'max-tokens': optional(refineTo('a whole number of tokens, 1 or more, such as 2000000', toTokens)),
  'warn-on': refineTo('rule names separated by commas or newlines, e.g. "max-cost, min-pass-rate"', (value) => {
    const names = listOf(value);
    return names.every((name) => /^[a-z][a-z0-9-]*$/i.test(name)) ? names.map((name) => name.toLowerCase()) : null;
  }),
  'api-key': secret,
  // Never echoed whole: credentials or a query in it may be a secret.
  'base-url': optional(refineWith(baseUrlExpected, parseBaseUrl)),
  threshold: optional(refineTo('a number', toNumber)),
  'min-pass-rate': optional(refineTo('a fraction from 0 to 1 such as 0.95, or a percentage such as 95%', toFraction)),
  'metric-thresholds': refineTo(
    '"metric: minimum" entries, one per line or comma separated, e.g. "faithfulness: 0.8, ans_corr: 70"',
    (value) => (value === '' ? [] : toMetricThresholds(value)),
  ),
  'sample-rate': refineTo('a fraction from 0 to 1 such as 0.1, or a percentage such as 10%', toFraction),
  'sample-label': text,
  timeout: refineTo('a duration such as 250ms, 45s, 10m, 1h or bare seconds', toPositiveMs),
  'poll-interval': refineTo('a duration such as 250ms, 45s, 10m, 1h or bare seconds', toPositiveMs),
  'fail-on': z.enum(['fail', 'never'], { error: (issue) => `expected fail or never, got ${quoted(String(issue.input))}` }),
  comment: z.enum(['always', 'on-failure', 'never', 'aggregate'], {
    error: (issue) => `expected always, on-failure, never or aggregate, got ${quoted(String(issue.input))}`,
  }),
  'pr-number': optional(refineTo('a pull-request number such as 42', toPullRequestNumber)),
  'commit-status': z.enum(['auto', 'always', 'never'], {
    error: (issue) => `expected auto, always or never, got ${quoted(String(issue.input))}`,
  }),
  name: text,
  'github-token': text,
  'application-id': text,
  junit: text,
  review: z.enum(['off', 'required'], { error: (issue) => `expected off or required, got ${quoted(String(issue.input))}` }),
  'allow-self-approval': z.enum(['true', 'false'], { error: (issue) => `expected true or false, got ${quoted(String(issue.input))}` }),
  aggregate: optional(
    refineTo('a gate-name pattern such as evals-* (* any characters, ? one; at most 100 visible characters)', (value) =>
      value.length <= 100 && /^[\x20-\x7e]+$/.test(value) ? value : null,
    ),
  ),
  paths: refineTo('file globs separated by commas or newlines, e.g. "src/**, prompts/**, !**/*.md" (* ** ? and a leading !)', (value) =>
    value === '' ? [] : toPaths(value),
  ),
  approvers: refineTo('GitHub logins separated by commas or newlines, e.g. "alice, bob"', (value) => (value === '' ? [] : toLogins(value))),
});
