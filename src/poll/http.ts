import type { Dispatcher } from 'undici';
import { type RequestContext, VendorError } from '../errors.ts';
import type { InputNamer } from '../inputs/inputs.ts';
import { credentialsIn, readErrorAnswer } from './error-answer.ts';
import { sendRequest } from './transport.ts';

/** Per-request limits, far below undici's 300 s defaults: a hung vendor must not eat the deadline. */
export const MAX_REQUEST_TIMEOUT_MS = 30_000;

/**
 * A single request may take a quarter of the whole timeout (so a hang leaves
 * room to retry), at least a second and at most 30 s.
 */
export function requestTimeoutMs(timeoutMs: number): number {
  return Math.min(MAX_REQUEST_TIMEOUT_MS, Math.max(1000, Math.round(timeoutMs / 4)));
}
const MAX_SAME_ORIGIN_REDIRECTS = 3;
const NETWORK_CODES = /^(UND_ERR_|E(CONNRESET|CONNREFUSED|PIPE|TIMEDOUT|NOTFOUND|AI_AGAIN|HOSTUNREACH|NETUNREACH|CONNABORTED))/;

export interface GetJsonOptions {
  dispatcher: Dispatcher;
  headers: Record<string, string>;
  signal: AbortSignal;
  vendor: string;
  /** Headers and body idle time, each. */
  timeoutMs: number;
  now?: () => number;
  /** Names the inputs in advice as the user gave them (the CLI: flags and the key's variable). */
  inputName?: InputNamer;
}

/** A 4xx or 5xx, with what the vendor said (error-answer.ts, shared with POST), as the retry loop takes it. */
function statusFailure(
  ctx: RequestContext,
  statusCode: number,
  text: string,
  headers: Record<string, string | string[] | undefined>,
  now: number,
  sent: readonly string[],
  inputName: InputNamer,
) {
  const answer = readErrorAnswer(statusCode, text, headers, now, sent);
  if (statusCode === 401 || statusCode === 403) {
    return new VendorError(ctx, `${answer.text}; check ${inputName('api-key')} and its access to this run`, { kind: 'fatal', statusCode });
  }
  if (statusCode === 404) {
    return new VendorError(ctx, `${answer.text}; the id may be wrong or not visible to this key`, { kind: 'not-found', statusCode });
  }
  return new VendorError(ctx, answer.text, {
    kind: answer.transient ? 'transient' : 'fatal',
    statusCode,
    retryAfterMs: answer.retryAfterMs,
  });
}

/** Errors that say the address is wrong rather than busy: retried a few times only, so a mistyped base-url fails fast. */
const UNREACHABLE: Record<string, string> = {
  ENOTFOUND: 'the host name does not resolve',
  ECONNREFUSED: 'nothing listens at that address',
};

function networkFailure(ctx: RequestContext, error: unknown, signal: AbortSignal, inputName: InputNamer): unknown {
  if (signal.aborted) return signal.reason ?? error;
  const code = (error as { code?: unknown } | null)?.code;
  const unreachable = typeof code === 'string' ? UNREACHABLE[code] : undefined;
  if (unreachable) {
    return new VendorError(ctx, `network error (${code as string}: ${unreachable}; check ${inputName('base-url')})`, {
      kind: 'unreachable',
      cause: error,
    });
  }
  if (typeof code === 'string' && NETWORK_CODES.test(code)) {
    return new VendorError(ctx, `network error (${code})`, { kind: 'transient', cause: error });
  }
  return new VendorError(ctx, `request failed (${error instanceof Error ? error.name : 'unknown error'})`, {
    kind: 'transient',
    cause: error,
  });
}

function parseJson(ctx: RequestContext, text: string, contentType: string | undefined): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const kind = contentType?.split(';')[0] || 'no content type';
    throw new VendorError(ctx, `expected a JSON body, got ${kind} (${text.length} characters) that does not parse`, { kind: 'bad-body' });
  }
}

/**
 * One GET, body read to the end, JSON parsed. Failures become VendorErrors whose
 * kind tells the retry loop what to do. Redirects are followed only within the
 * origin, because undici would carry custom key headers to any host.
 */
export async function getJson(url: string, options: GetJsonOptions): Promise<unknown> {
  // The action's users know the inputs by their own names.
  const inputName = options.inputName ?? ((name) => name);
  let target = new URL(url);
  for (let hop = 0; ; hop += 1) {
    const ctx = { vendor: options.vendor, method: 'GET', path: target.pathname };
    let response: Dispatcher.ResponseData;
    try {
      response = await sendRequest(options.dispatcher, target, {
        method: 'GET',
        headers: { accept: 'application/json', ...options.headers },
        signal: options.signal,
        headersTimeout: options.timeoutMs,
        bodyTimeout: options.timeoutMs,
      });
    } catch (error) {
      throw networkFailure(ctx, error, options.signal, inputName);
    }
    const { statusCode, headers, body } = response;
    let text: string;
    try {
      text = await body.text();
    } catch (error) {
      throw networkFailure(ctx, error, options.signal, inputName);
    }
    if (statusCode >= 200 && statusCode < 300) {
      return parseJson(ctx, text, headers['content-type'] as string | undefined);
    }
    if (statusCode >= 300 && statusCode < 400) {
      const next = new URL(String(headers.location ?? ''), target);
      if (next.origin !== target.origin || hop >= MAX_SAME_ORIGIN_REDIRECTS) {
        throw new VendorError(ctx, `redirected (HTTP ${statusCode}) to ${next.origin}; not followed, so the key stays with the vendor`, {
          kind: 'fatal',
          statusCode,
        });
      }
      target = next;
      continue;
    }
    throw statusFailure(ctx, statusCode, text, headers, options.now?.() ?? Date.now(), credentialsIn(options.headers), inputName);
  }
}
