/**
 * The errors eval-gate raises, all here under one base class. Messages carry
 * the vendor, the method and the URL path so a reader can find the call, and
 * never a header or key; the error underneath, when there is one, is `cause`.
 */
import { formatDurationMs } from './inputs/duration.ts';
import { redact } from './redact.ts';

export interface RequestContext {
  vendor: string;
  method: string;
  /** Path only: query strings may carry tokens, so they stay out. */
  path: string;
}

function where(ctx: RequestContext): string {
  return `${ctx.vendor}: ${ctx.method} ${ctx.path}`;
}

/**
 * Every error eval-gate raises: a message a person can act on, and what caused
 * it. The message is redacted as it is built (redact.ts), so a secret a vendor
 * or an input repeats is gone before anything quotes, cuts or escapes it.
 */
export class EvalGateError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(redact(message), options);
  }
}

/** A user input that does not parse. Raised before any network call. */
export class InputError extends EvalGateError {
  override name = 'InputError';
}

/**
 * How the retry loop treats a failed request, decided once where the error is made:
 * `transient` (408, 429, 5xx, network) is retried until the deadline; `bad-body`
 * (a 2xx that is not the documented JSON) a few times; `not-found` for a short
 * grace; `unreachable` (a host that does not resolve, a refused connection) a few
 * tries; `fatal` never.
 */
export type FailureKind = 'transient' | 'bad-body' | 'not-found' | 'unreachable' | 'fatal';

/** A vendor request that did not give us a run we can decide on. */
export class VendorError extends EvalGateError {
  override name = 'VendorError';
  readonly kind: FailureKind;
  readonly statusCode: number | null;
  readonly retryAfterMs: number | null;
  private readonly ctx: RequestContext;
  private readonly detail: string;

  constructor(
    ctx: RequestContext,
    detail: string,
    opts: { kind: FailureKind; statusCode?: number | null; retryAfterMs?: number | null; cause?: unknown },
  ) {
    super(`${where(ctx)}: ${detail}`, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.kind = opts.kind;
    this.statusCode = opts.statusCode ?? null;
    this.retryAfterMs = opts.retryAfterMs ?? null;
    this.ctx = ctx;
    this.detail = detail;
  }

  /** The same failure with a vendor's own advice after it (what else to check on a 401 at Avido). */
  withHint(hint: string): VendorError {
    const { kind, statusCode, retryAfterMs } = this;
    return new VendorError(this.ctx, `${this.detail}; ${hint}`, { kind, statusCode, retryAfterMs, cause: this.cause });
  }
}

/** A 2xx body that is not the documented shape: retried a few times, then fatal. */
export class SchemaError extends EvalGateError {
  override name = 'SchemaError';
}

/** The job was cancelled (SIGINT/SIGTERM) while we waited. */
export class CancelledError extends EvalGateError {
  override name = 'CancelledError';
  constructor() {
    super('the job was cancelled before the run finished');
  }
}

/** A vendor request that kept failing until retrying could not help or the deadline would pass. */
export class GaveUpError extends EvalGateError {
  override name = 'GaveUpError';
  constructor(last: VendorError, why: string) {
    super(`${last.message}${why}`, { cause: last });
  }
}

/** A GitHub request that did not answer within its own timeout; never retried, and the phase stops after it. */
export class GitHubTimeoutError extends EvalGateError {
  override name = 'GitHubTimeoutError';
  constructor(where: string, timeoutMs: number, options?: ErrorOptions) {
    super(`GitHub did not answer ${where} within ${formatDurationMs(timeoutMs)}`, options);
  }
}

/** A GitHub request not sent, or cut off, because the job was cancelled or the phase's budget or an earlier hang ended it. */
export class GitHubStoppedError extends EvalGateError {
  override name = 'GitHubStoppedError';
}

/**
 * How a create request failed: `unsent`, the vendor cannot have acted on it
 * (retried after `retryAfterMs`); `refused`, the vendor answered that it did not
 * create the run; `ambiguous`, it may have.
 */
export type CreateOutcome = 'unsent' | 'refused' | 'ambiguous';

export class CreateError extends EvalGateError {
  override name = 'CreateError';
  readonly outcome: CreateOutcome;
  readonly retryAfterMs: number | null;
  constructor(outcome: CreateOutcome, detail: string, retryAfterMs: number | null = null, options?: ErrorOptions) {
    super(detail, options);
    this.outcome = outcome;
    this.retryAfterMs = retryAfterMs;
  }
}

/** The create request failed: the message says what happened and, when a run may exist, how to find it. */
export class StartError extends EvalGateError {
  override name = 'StartError';
}

/** An error's message, redacted: errors from libraries (undici, Octokit, the file system) may quote a secret too. */
export function messageOf(error: unknown): string {
  return redact(error instanceof Error ? error.message : String(error));
}
