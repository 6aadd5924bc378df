// A vendor's answer with an error status, read once for GET (polling) and POST (start)
// alike: what the status means, whether asking again may help, and what the vendor
// said in its body, quoted and cut so that a 400 is never a bare "HTTP 400".
import { quoted } from '../inputs/values.ts';
import { parseRetryAfterMs } from './retry-after.ts';

/** Statuses worth asking again; every other 4xx and 5xx is final. */
const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/** Issues of an error envelope quoted, at most; the rest are counted. */
const MAX_ISSUES = 3;

const MEANING: Record<number, string> = {
  401: 'authentication refused',
  402: 'payment required (insufficient credits)',
  403: 'forbidden',
  404: 'not found',
  408: 'request timeout',
  413: 'payload too large',
  422: 'request not valid',
  429: 'rate limited',
};

export interface ErrorAnswer {
  statusCode: number;
  /** `forbidden (HTTP 403): "API trigger is off" (code "api_trigger_disabled", field "<root>"); request id "req_1"`. */
  text: string;
  /** 408, 429 and 5xx: asking again may help. */
  transient: boolean;
  /** The wait Retry-After asks for; null when it gives none. */
  retryAfterMs: number | null;
}

type Headers = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** One issue of an envelope such as Eigenpal's `{ issues: [{ field, message, code, severity }], requestId, hint? }`. */
function issueText(issue: unknown): string | null {
  if (issue === null || typeof issue !== 'object') return null;
  const { message, code, field } = issue as Record<string, unknown>;
  const where = [text(code) && `code ${quoted(text(code) ?? '')}`, text(field) && `field ${quoted(text(field) ?? '')}`].filter(Boolean);
  const said = text(message);
  if (!said && where.length === 0) return null;
  return `${said ? quoted(said) : 'no message'}${where.length ? ` (${where.join(', ')})` : ''}`;
}

function envelopeText(body: Record<string, unknown>): string | null {
  if (!Array.isArray(body.issues)) return null;
  const issues = body.issues.map(issueText).filter((issue) => issue !== null);
  const shown = issues.slice(0, MAX_ISSUES);
  const more = issues.length > shown.length ? ` and ${issues.length - shown.length} more issue(s)` : '';
  const hint = text(body.hint);
  return `${shown.join('; ') || 'no issue described'}${more}${hint ? `; hint ${quoted(hint)}` : ''}`;
}

/** The vendor's own words: an error envelope's issues, else `detail`, `message`, `error` or `code`, else the text itself. */
function bodyText(body: string, contentType: string | undefined): string | null {
  try {
    const parsed = JSON.parse(body) as unknown;
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
      const record = parsed as Record<string, unknown>;
      const envelope = envelopeText(record);
      if (envelope) return envelope;
      for (const key of ['detail', 'message', 'error', 'code']) {
        const value = record[key];
        if (text(value)) return quoted(text(value) ?? '');
        if (value && typeof value === 'object') return quoted(JSON.stringify(value));
      }
    }
  } catch {
    // not JSON: read below
  }
  const trimmed = body.trim();
  if (!trimmed) return null;
  // A proxy's error page says nothing the status does not.
  if (contentType?.includes('html') || /^<(!doctype|html)/i.test(trimmed)) return `an HTML page (${body.length} characters)`;
  return quoted(trimmed);
}

/** The request id a user quotes to the vendor's support: the body's `requestId`, else the `x-request-id` header. */
function requestIdOf(body: string, headers: Headers): string | null {
  try {
    const id = text((JSON.parse(body) as Record<string, unknown> | null)?.requestId);
    if (id) return id;
  } catch {
    // not JSON: the header only
  }
  return text(first(headers['x-request-id']));
}

/** The credentials a request sent (its header values, a Bearer token alone too), which an answer may repeat. */
export function credentialsIn(requestHeaders: Record<string, string>): string[] {
  return Object.values(requestHeaders)
    .flatMap((value) => [value, value.replace(/^Bearer\s+/i, '')])
    .filter((v) => v.length >= 8);
}

/**
 * Reads an answer whose status is 4xx or 5xx: one policy for every request eval-gate makes to a vendor.
 * A vendor that repeats the key it was sent (`bad key sk_…`) gets it cut out before a word is quoted.
 */
export function readErrorAnswer(
  statusCode: number,
  answer: string,
  headers: Headers,
  nowMs: number,
  sent: readonly string[] = [],
): ErrorAnswer {
  // Cut out before quoting, so that no cut leaves a piece of one; the header's request id too.
  const withoutSent = (text: string) => sent.reduce((rest, secret) => rest.split(secret).join('[redacted]'), text);
  const body = withoutSent(answer);
  const meaning = MEANING[statusCode] ?? (statusCode >= 500 ? 'server error' : 'refused');
  const said = bodyText(body, first(headers['content-type']));
  const requestId = requestIdOf(body, headers);
  const transient = TRANSIENT_STATUSES.has(statusCode);
  return {
    statusCode,
    text: withoutSent(`${meaning} (HTTP ${statusCode})${said ? `: ${said}` : ''}${requestId ? `; request id ${quoted(requestId)}` : ''}`),
    transient,
    retryAfterMs: transient ? parseRetryAfterMs(headers['retry-after'], nowMs) : null,
  };
}
