import type { Dispatcher } from 'undici';
import { CreateError } from '../errors.ts';
import { quoted } from '../inputs/values.ts';
import { parseRetryAfterMs } from '../poll/retry-after.ts';
import { sendRequest } from '../poll/transport.ts';

/**
 * Codes that mean the connection was never made, so the request was never
 * sent and the vendor cannot have acted on it. Every other failure (a reset,
 * a timeout after sending) leaves the vendor's side unknown.
 */
const NEVER_SENT = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|UND_ERR_CONNECT_TIMEOUT)$/;

export interface PostOptions {
  dispatcher: Dispatcher;
  headers: Record<string, string>;
  signal: AbortSignal;
  /** Headers and body idle time, each. */
  timeoutMs: number;
  now: () => number;
}

/** The vendor's own words from an error body (`detail`, `message` or `error`), quoted and cut, else its length. */
export function vendorMessageOf(text: string): string {
  try {
    const body = JSON.parse(text) as Record<string, unknown> | null;
    for (const key of ['detail', 'message', 'error', 'code']) {
      const value = body?.[key];
      if (typeof value === 'string' && value.trim()) return `: ${quoted(value)}`;
      if (value && typeof value === 'object') return `: ${quoted(JSON.stringify(value))}`;
    }
  } catch {
    // not JSON: quoted below
  }
  return text.trim() ? `: ${quoted(text.trim())}` : '';
}

function statusFailure(statusCode: number, text: string, retryAfter: string | string[] | undefined, nowMs: number): CreateError {
  const said = vendorMessageOf(text);
  if (statusCode === 429) {
    const waitMs = parseRetryAfterMs(retryAfter, nowMs);
    // Rate limited with a stated wait: the vendor turned the request away whole.
    if (waitMs !== null) return new CreateError('unsent', `rate limited (HTTP 429)${said}`, waitMs);
    return new CreateError('refused', `rate limited (HTTP 429) without Retry-After${said}`);
  }
  if (statusCode === 408 || statusCode >= 500) return new CreateError('ambiguous', `HTTP ${statusCode}${said}`);
  const what: Record<number, string> = {
    401: 'authentication refused',
    402: 'payment required (insufficient credits)',
    403: 'forbidden',
    404: 'not found',
    422: 'request not valid',
  };
  return new CreateError('refused', `${what[statusCode] ?? 'refused'} (HTTP ${statusCode})${said}`);
}

function networkFailure(error: unknown, signal: AbortSignal): CreateError {
  const code = (error as { code?: unknown } | null)?.code;
  if (!signal.aborted && typeof code === 'string' && NEVER_SENT.test(code))
    return new CreateError('unsent', `could not connect (${code})`, null, { cause: error });
  const why = signal.aborted ? 'stopped waiting for the answer' : typeof code === 'string' ? `network error (${code})` : 'request failed';
  return new CreateError('ambiguous', why, null, { cause: error });
}

/** One POST of a JSON body; the JSON answer, or a CreateError saying whether the vendor may have acted. Never follows redirects. */
export async function postJson(url: URL, body: unknown, options: PostOptions): Promise<unknown> {
  let text: string;
  let response: Dispatcher.ResponseData;
  try {
    response = await sendRequest(options.dispatcher, url, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json', ...options.headers },
      body: JSON.stringify(body),
      signal: options.signal,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
    text = await response.body.text();
  } catch (error) {
    throw networkFailure(error, options.signal);
  }
  const { statusCode, headers } = response;
  if (statusCode >= 200 && statusCode < 300) {
    try {
      return JSON.parse(text);
    } catch {
      throw new CreateError('ambiguous', `HTTP ${statusCode} with a body that is not JSON (${text.length} characters)`);
    }
  }
  // A redirect after a POST (303 See Other) can mean the run was made.
  if (statusCode >= 300 && statusCode < 400) throw new CreateError('ambiguous', `redirected (HTTP ${statusCode}); not followed`);
  throw statusFailure(statusCode, text, headers['retry-after'], options.now());
}
