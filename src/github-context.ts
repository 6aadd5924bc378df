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
  };
}
