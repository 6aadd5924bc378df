// undici by module path rather than through its index: the index also loads
// fetch, WebSocket, EventSource, caches and mocks, which add about 50 ms (a
// sixth) before the first vendor request (README, Development). These paths
// are undici's own layout (lib/), checked by the tests on every dependency update.
import type { Dispatcher } from 'undici';
import apiRequest from 'undici/lib/api/api-request.js';
import Agent from 'undici/lib/dispatcher/agent.js';
import { redact } from '../redact.ts';

export const CONNECT_TIMEOUT_MS = 10_000;
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];

/** One keep-alive pool for every vendor call; through the runner's proxy when it sets one. */
export async function createDispatcher(env: NodeJS.ProcessEnv = process.env): Promise<Dispatcher> {
  const options = { connect: { timeout: CONNECT_TIMEOUT_MS } };
  if (!PROXY_VARIABLES.some((name) => env[name])) return new Agent(options);
  // Honours NO_PROXY as well; loaded only when a proxy is set.
  const { default: EnvHttpProxyAgent } = await import('undici/lib/dispatcher/env-http-proxy-agent.js');
  return new EnvHttpProxyAgent(options);
}

/**
 * undici's request(), on a dispatcher passed explicitly (never the global one).
 * An error answer (not 2xx) is redacted as its body is read (redact.ts): its
 * words are what a message quotes, and they must be gone before any quote or
 * cut. A 2xx answer is read as sent, for it can be tens of megabytes; what
 * the gate keeps of it is redacted where runGate returns it, and a value an
 * error quotes where the error is built. Headers are read as sent, for they
 * decide (where a redirect goes, how long to wait).
 */
export async function sendRequest(
  dispatcher: Dispatcher,
  url: URL,
  options: Omit<Dispatcher.RequestOptions, 'origin' | 'path'>,
): Promise<Dispatcher.ResponseData> {
  const response = await apiRequest.call(dispatcher, { ...options, origin: url.origin, path: `${url.pathname}${url.search}` });
  if (response.statusCode >= 200 && response.statusCode < 300) return response;
  const text = response.body.text.bind(response.body);
  response.body.text = async () => redact(await text());
  return response;
}
