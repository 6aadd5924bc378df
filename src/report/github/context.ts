import { readFileSync } from 'node:fs';

/** What the report needs from the runner's environment; read when called, never at import. */
export interface RunnerContext {
  workflowRunUrl: string | null;
  commitSha: string | null;
  eventName: string | null;
  repository: string | null;
  apiUrl: string;
  serverUrl: string;
  workflow: string | null;
  job: string | null;
  event: Record<string, unknown>;
  /** Which run the report comes from, so that an older run never overwrites a newer one's comment. */
  runStamp: RunStamp | null;
}

/** A workflow run's place in its workflow's sequence: the run number, then the attempt. */
export interface RunStamp {
  workflow: string;
  number: number;
  attempt: number;
}

function readEvent(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const positive = (value: unknown): number | null => {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
};

/**
 * On workflow_run, the run that triggered this one: its number follows the
 * pushes, while this run's number follows the order in which they finished.
 */
function runStampOf(env: NodeJS.ProcessEnv, event: Record<string, unknown>): RunStamp | null {
  const trigger = event.workflow_run as { path?: unknown; name?: unknown; run_number?: unknown; run_attempt?: unknown } | undefined;
  if (env.GITHUB_EVENT_NAME === 'workflow_run' && trigger) {
    const number = positive(trigger.run_number);
    const workflow = typeof trigger.path === 'string' ? trigger.path : String(trigger.name ?? '');
    return number === null ? null : { workflow, number, attempt: positive(trigger.run_attempt) ?? 1 };
  }
  const number = positive(env.GITHUB_RUN_NUMBER);
  // GITHUB_WORKFLOW_REF is "owner/repo/.github/workflows/ci.yml@refs/…": the file names the workflow for good.
  const workflow = /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1] ?? env.GITHUB_WORKFLOW ?? '';
  return number === null ? null : { workflow, number, attempt: positive(env.GITHUB_RUN_ATTEMPT) ?? 1 };
}

export function runnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY || null;
  const event = readEvent(env.GITHUB_EVENT_PATH);
  // The commit under test: a PR's head, or the head of the run a workflow_run follows, else the event's sha.
  const pullRequest = event.pull_request as { head?: { sha?: unknown } } | undefined;
  const workflowRun = event.workflow_run as { head_sha?: unknown } | undefined;
  const candidates = [pullRequest?.head?.sha, workflowRun?.head_sha];
  const headSha = (candidates.find((sha) => typeof sha === 'string' && sha !== '') as string | undefined) ?? null;
  return {
    workflowRunUrl: repository && env.GITHUB_RUN_ID ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : null,
    commitSha: headSha ?? (env.GITHUB_SHA || null),
    eventName: env.GITHUB_EVENT_NAME || null,
    repository,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl,
    workflow: env.GITHUB_WORKFLOW || null,
    job: env.GITHUB_JOB || null,
    event,
    runStamp: runStampOf(env, event),
  };
}
