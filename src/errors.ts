/**
 * The few errors eval-gate raises. Messages carry the vendor, the method and
 * the URL path so a reader can find the call, and never a header or key.
 */

export interface RequestContext {
  vendor: string;
  method: string;
  /** Path only: query strings may carry tokens, so they stay out. */
  path: string;
}

function where(ctx: RequestContext): string {
  return `${ctx.vendor}: ${ctx.method} ${ctx.path}`;
}

/** A user input that does not parse. Raised before any network call. */
export class InputError extends Error {
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
export class VendorError extends Error {
  override name = 'VendorError';
  readonly kind: FailureKind;
  readonly statusCode: number | null;
  readonly retryAfterMs: number | null;

  constructor(ctx: RequestContext, detail: string, opts: { kind: FailureKind; statusCode?: number | null; retryAfterMs?: number | null }) {
    super(`${where(ctx)}: ${detail}`);
    this.kind = opts.kind;
    this.statusCode = opts.statusCode ?? null;
    this.retryAfterMs = opts.retryAfterMs ?? null;
  }
}

/** A 2xx body that is not the documented shape: retried a few times, then fatal. */
export class SchemaError extends Error {
  override name = 'SchemaError';
}

/** The job was cancelled (SIGINT/SIGTERM) while we waited. */
export class CancelledError extends Error {
  override name = 'CancelledError';
  constructor() {
    super('the job was cancelled before the run finished');
  }
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
