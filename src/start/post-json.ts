import type { Dispatcher } from 'undici';
import { CreateError } from '../errors.ts';
import { credentialsIn, readErrorAnswer } from '../poll/error-answer.ts';
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

/** A 4xx or 5xx, read as polling reads one (error-answer.ts), as a create request's outcome. */
function statusFailure(
  statusCode: number,
  text: string,
  headers: Record<string, string | string[] | undefined>,
  nowMs: number,
  sent: readonly string[],
): CreateError {
  const answer = readErrorAnswer(statusCode, text, headers, nowMs, sent);
  if (statusCode === 429) {
    // Rate limited with a stated wait: the vendor turned the request away whole.
    if (answer.retryAfterMs !== null) return new CreateError('unsent', answer.text, answer.retryAfterMs);
    return new CreateError('refused', `${answer.text}; no Retry-After`);
  }
  // The vendor may have made the run before it timed out or failed.
  if (statusCode === 408 || statusCode >= 500) return new CreateError('ambiguous', answer.text);
  return new CreateError('refused', answer.text);
}

function networkFailure(error: unknown, signal: AbortSignal): CreateError {
  const code = (error as { code?: unknown } | null)?.code;
  if (!signal.aborted && typeof code === 'string' && NEVER_SENT.test(code))
    return new CreateError('unsent', `could not connect (${code})`, null, { cause: error });
  const why = signal.aborted ? 'stopped waiting for the answer' : typeof code === 'string' ? `network error (${code})` : 'request failed';
  return new CreateError('ambiguous', why, null, { cause: error });
}

/** One POST of a JSON body (or none); the JSON answer, or a CreateError saying whether the vendor may have acted. Never follows redirects. */
export async function postJson(url: URL, body: unknown, options: PostOptions): Promise<unknown> {
  let text: string;
  let response: Dispatcher.ResponseData;
  try {
    response = await sendRequest(options.dispatcher, url, {
      method: 'POST',
      // A request that takes no body (Eigenpal's example run) gets none.
      ...(body === undefined
        ? { headers: { accept: 'application/json', ...options.headers } }
        : { headers: { accept: 'application/json', 'content-type': 'application/json', ...options.headers }, body: JSON.stringify(body) }),
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
  throw statusFailure(statusCode, text, headers, options.now(), credentialsIn(options.headers));
}
