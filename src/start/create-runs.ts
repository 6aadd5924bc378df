import type { Dispatcher } from 'undici';
import { formatDurationMs } from '../inputs/duration.ts';
import { SchemaError, CreateError, StartError } from '../errors.ts';
import { requestTimeoutMs } from '../poll/http.ts';
import type { Logger } from '../poll/observe.ts';
import type { AuthContext, Provider, StartPlan } from '../providers/types.ts';
import { backoffMs } from '../poll/retry-after.ts';
import type { Timing } from '../poll/retry.ts';
import { postJson } from './post-json.ts';

/** Tries of a create request the vendor cannot have acted on (refused connection, 429 with Retry-After). */
const MAX_UNSENT_TRIES = 4;

export interface CreateDeps extends Timing {
  provider: Provider;
  baseUrl: string;
  auth: AuthContext;
  dispatcher: Dispatcher;
  signal: AbortSignal;
  deadlineAt: number;
  timeoutMs: number;
  log: Logger;
}

function failureMessage(deps: CreateDeps, plan: StartPlan, error: CreateError, tries: number): string {
  const where = `${deps.provider.name}: POST ${new URL(`${deps.baseUrl}${plan.path}`).pathname}`;
  const after = tries > 1 ? ` (after ${tries} tries)` : '';
  if (error.outcome === 'ambiguous') {
    return `${where}: ${error.message}${after}; a run may have been created: ${deps.provider.start?.findHint ?? 'look for it at the vendor'}. It was not sent again, so that one step never starts two runs`;
  }
  return `${where}: the run was not started: ${error.message}${after}`;
}

/** The ids the answer names; an answer without them comes after the vendor acted, so a run may exist. */
function idsOf(plan: StartPlan, answer: unknown): string[] {
  try {
    return plan.idsOf(answer);
  } catch (error) {
    if (error instanceof SchemaError)
      throw new CreateError('ambiguous', `the answer names no run: ${error.message}`, null, { cause: error });
    throw error;
  }
}

/**
 * Sends the vendor's create request once, again only when the vendor cannot
 * have acted on it, and returns the created run ids. Throws StartError.
 */
export async function createRuns(plan: StartPlan, deps: CreateDeps): Promise<string[]> {
  const url = new URL(`${deps.baseUrl}${plan.path}`);
  for (let tries = 1; ; tries += 1) {
    const remainingMs = Math.max(1, deps.deadlineAt - deps.now());
    try {
      const answer = await postJson(url, plan.body, {
        dispatcher: deps.dispatcher,
        headers: deps.provider.authHeaders(deps.auth),
        signal: AbortSignal.any([deps.signal, AbortSignal.timeout(remainingMs)]),
        timeoutMs: Math.min(remainingMs, requestTimeoutMs(deps.timeoutMs)),
        now: deps.now,
      });
      const ids = idsOf(plan, answer);
      deps.log.info(`${deps.provider.name}: started ${ids.join(', ')}`);
      return ids;
    } catch (error) {
      if (!(error instanceof CreateError)) throw error;
      const waitMs = Math.max(error.retryAfterMs ?? 0, backoffMs(tries - 1, deps.random));
      const canRetry = error.outcome === 'unsent' && tries < MAX_UNSENT_TRIES && deps.now() + waitMs < deps.deadlineAt;
      if (!canRetry) throw new StartError(failureMessage(deps, plan, error, tries), { cause: error });
      deps.log.info(
        `${deps.provider.name}: POST ${url.pathname}: ${error.message}; nothing was created, so sending it again in ${formatDurationMs(waitMs)}`,
      );
      await deps.sleep(waitMs, deps.signal);
    }
  }
}

/**
 * `count` separate create requests of one plan, one after another (repeats): each is its own request,
 * sent once as createRuns sends it. The ids of each, in order. When one fails, the error names the runs
 * the earlier ones made, so that none is lost from sight.
 */
export async function createRepeats(plan: StartPlan, deps: CreateDeps, count: number): Promise<string[][]> {
  const made: string[][] = [];
  for (let k = 1; k <= count; k += 1) {
    try {
      made.push(await createRuns(plan, deps));
    } catch (error) {
      if (!(error instanceof StartError) || made.length === 0) throw error;
      throw new StartError(`run ${k} of ${count}: ${error.message}; the earlier create requests made ${made.flat().join(', ')}`, {
        cause: error,
      });
    }
  }
  return made;
}
