// The aggregate step (aggregate.ts, aggregate-step.ts) and the paths skip
// (paths-skip.ts) in-process over the GitHub fake, in virtual time: the clock
// moves only when the code sleeps, so nothing here is timed. test/e2e/aggregate.test.ts
// runs the built action for a matrix and a skip.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { aegisRun } from '../../sim/fixtures/aegis.ts';
import type { GitHubFake } from '../../sim/github-fake.ts';
import { runnerEnv } from '../../sim/run-action.ts';
import type { VendorSim } from '../../sim/vendor-sim.ts';
import { parseAggregateInputs } from '../../src/inputs/aggregate.ts';
import { parseInputs, reportSettingsOf } from '../../src/inputs/inputs.ts';
import { runAggregate } from '../../src/report/github/aggregate-step.ts';
import { runnerContext } from '../../src/report/github/context.ts';
import { skipIfUnchanged } from '../../src/report/github/paths-skip.ts';
import { fakesForEachTest } from '../helpers/fakes.ts';
import { GITHUB_TOKEN, gateInputs } from '../helpers/gate.ts';
import { gateAndReport } from '../helpers/github-in-process.ts';
import type { AggregateSettings } from '../../src/inputs/aggregate.ts';
import { awaitGates } from '../../src/report/github/aggregate.ts';
import { createRepoApi } from '../../src/report/github/client.ts';
import { phaseBounds } from '../../src/report/github/retry.ts';
import { virtualGitHubTiming } from '../helpers/virtual-time.ts';

const SHA = 'abcdef01'.repeat(5);
const ACTIONS = { login: 'github-actions[bot]', type: 'Bot' } as const;
const SETTINGS: AggregateSettings = {
  pattern: 'evals-*',
  name: 'evals',
  githubToken: 'ghs_test',
  timeoutMs: 60_000,
  pollIntervalMs: 1000,
  comment: 'always',
  prNumber: null,
};

let github: GitHubFake;
let sim: VendorSim;
fakesForEachTest((fakes) => ({ sim, github } = fakes));

const setStatus = (name: string, state: string) =>
  github.addStatus({ sha: SHA, state, context: `eval-gate / ${name}`, description: state }, ACTIONS);

/** Waits in virtual time; `onSleep` changes GitHub's state as time passes. */
async function wait(
  onSleep: (sleptMs: number, elapsedMs: number) => void = () => {},
  settings = SETTINGS,
  signal = new AbortController().signal,
) {
  const timing = virtualGitHubTiming();
  const api = await createRepoApi(settings.githubToken, { owner: 'acme', repo: 'widgets' }, github.apiUrl, {
    ...phaseBounds(3_600_000, undefined, timing.now),
    timing,
  });
  const log: string[] = [];
  const startMs = timing.now();
  const sleeping = {
    now: timing.now,
    sleep: async (ms: number, s: AbortSignal) => {
      await timing.sleep(ms, s);
      onSleep(ms, timing.now() - startMs);
    },
  };
  const decision = await awaitGates(api, SHA, settings, { timing: sleeping, signal, log: (line) => log.push(line) });
  return { decision, sleeps: timing.sleeps, log, atMs: timing.now(), startMs };
}

describe('the aggregate wait', () => {
  it('reads again while a gate is pending, each wait longer, until the gate decides', async () => {
    setStatus('evals-a', 'success');
    setStatus('evals-b', 'pending');
    const { decision, sleeps, log } = await wait((_, elapsedMs) => elapsedMs >= 4000 && setStatus('evals-b', 'success'));
    assert.equal(decision.state, 'success');
    assert.deepEqual(sleeps, [1000, 1500, 2250]);
    assert.deepEqual(log, ['eval-gate: waiting for 1 of 2 gate(s): evals-b']);
  });

  it('ends at the timeout with one last read, and fails naming the gate still pending', async () => {
    setStatus('evals-b', 'pending');
    const { decision, sleeps, atMs, startMs } = await wait();
    assert.deepEqual([decision.state, decision.decidedBy], ['failure', ['evals-b']]);
    assert.equal(atMs - startMs, 60_000);
    assert.ok(sleeps.every((ms) => ms <= 30_000));
    assert.equal(github.calls.filter((c) => c.path.includes('/statuses')).length, sleeps.length + 1);
  });

  it('waits out a rate limit until its reset when that comes before the deadline, then reads again', async () => {
    setStatus('evals-a', 'success');
    github.fail({ method: 'GET', path: /statuses$/, status: 429, headers: { 'retry-after': '20' }, message: 'rate limited' });
    const { decision, sleeps } = await wait(undefined, { ...SETTINGS, timeoutMs: 600_000 });
    assert.equal(decision.state, 'success');
    assert.deepEqual(sleeps, [20_000]);
  });

  it('stops at once on an answer that cannot change (401), as an error', async () => {
    github.fail({ method: 'GET', path: /statuses$/, status: 401, message: 'Bad credentials' });
    const { decision, sleeps } = await wait();
    assert.equal(decision.state, 'error');
    assert.match(decision.why, /HTTP 401/);
    assert.deepEqual(sleeps, []);
  });

  it('is cancelled between reads', async () => {
    setStatus('evals-b', 'pending');
    const cancel = new AbortController();
    const timing = virtualGitHubTiming();
    const api = await createRepoApi('ghs_test', { owner: 'acme', repo: 'widgets' }, github.apiUrl, {
      ...phaseBounds(3_600_000, undefined, timing.now),
      timing,
    });
    const sleep = async (ms: number, signal: AbortSignal) => {
      cancel.abort();
      signal.throwIfAborted();
      await timing.sleep(ms, signal);
    };
    await assert.rejects(awaitGates(api, SHA, SETTINGS, { timing: { now: timing.now, sleep }, signal: cancel.signal, log: () => {} }));
  });
});

const HEAD = 'feedfacefeedfacefeedfacefeedfacefeedface';
const PR_EVENT = { pull_request: { number: 7, head: { sha: HEAD } } };

/** The runner's context on a pull_request event, against the fake, and a log that keeps its lines. */
async function onPullRequest<T>(
  use: (
    context: ReturnType<typeof runnerContext>,
    io: {
      log: { info: (l: string) => void; warning: (l: string) => void; notice: (l: string) => void };
      timing: ReturnType<typeof virtualGitHubTiming>;
    },
    lines: string[],
  ) => Promise<T>,
) {
  const dir = await mkdtemp(join(tmpdir(), 'eval-gate-aggregate-'));
  try {
    await writeFile(join(dir, 'event.json'), JSON.stringify(PR_EVENT));
    const context = runnerContext({ ...runnerEnv(dir), GITHUB_API_URL: github.apiUrl, GITHUB_EVENT_NAME: 'pull_request' });
    const lines: string[] = [];
    const log = {
      info: (l: string) => lines.push(l),
      warning: (l: string) => lines.push(`warning: ${l}`),
      notice: (l: string) => lines.push(l),
    };
    return await use(context, { log, timing: virtualGitHubTiming() }, lines);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('the aggregate step in-process', () => {
  it("writes one status and one comment for a two-leg matrix, each leg's section from its own status", async () => {
    github.pulls.push({ number: 7, state: 'open', head: { sha: HEAD, ref: 'feat', label: 'acme:feat' } });
    sim.script('/api/v1/runs/991', [{ json: aegisRun({ result: 90 }) }]);
    sim.script('/api/v1/runs/992', [{ json: { ...aegisRun({ result: 40 }), id: 992 } }]);
    const leg = (name: string, runId: string) =>
      gateAndReport(sim, github, {
        inputs: { name, 'run-id': runId, comment: 'aggregate' },
        env: { GITHUB_EVENT_NAME: 'pull_request' },
        event: PR_EVENT,
      });
    await leg('evals-b', '992');
    await leg('evals-a', '991');
    assert.equal(github.comments.length, 0, 'the legs post no comment');
    const settings = parseAggregateInputs(
      (name) => ({ aggregate: 'evals-*', name: 'evals', 'github-token': GITHUB_TOKEN })[name as string] ?? '',
    );
    const { decision, commentUrl } = await onPullRequest((context, io) => runAggregate(settings, context, io));
    assert.deepEqual([decision.state, decision.decidedBy], ['failure', ['evals-b']]);
    const own = github.statuses.filter((st) => st.context === 'eval-gate / evals');
    assert.deepEqual(
      own.map((st) => st.state),
      ['pending', 'failure'],
    );
    assert.equal(github.comments.length, 1);
    assert.equal(commentUrl, github.comments[0]?.html_url);
    const body = github.comments[0]?.body ?? '';
    assert.ok(body.indexOf('### ✅ evals\\-a') < body.indexOf('### ❌ evals\\-b'), body);
    assert.ok(body.includes('### ❌ evals\\-b\n\nfail\\: the vendor reports a fail \\(score 40, its threshold 70\\)'), body);
  });
});

describe('the paths skip in-process', () => {
  const settingsWith = (inputs: Record<string, string>) =>
    reportSettingsOf(parseInputs((name) => gateInputs(sim, 'aegis', inputs)[name] ?? ''));
  const docsOnly = (count: number) => Array.from({ length: count }, (_, i) => ({ filename: `docs/page-${i}.md` }));

  it('never skips a PR with more files than GitHub lists, however docs-only the listed ones are', async () => {
    github.pulls.push({ number: 7, state: 'open', head: { sha: HEAD, ref: 'feat', label: 'acme:feat' }, files: docsOnly(3001) });
    const skipped = await onPullRequest((context, io) => skipIfUnchanged(settingsWith({ paths: 'src/**' }), context, io));
    assert.equal(skipped, null);
    assert.equal(github.calls.filter((c) => c.path.includes('/files')).length, 30);
    github.pulls[0]!.files = docsOnly(3000);
    const listed = await onPullRequest((context, io) => skipIfUnchanged(settingsWith({ paths: 'src/**' }), context, io));
    assert.equal(listed, 'skipped: no change under src/**');
  });

  it('runs the gate when the files cannot be read (GitHub fails), after its retries in virtual time', async () => {
    github.pulls.push({ number: 7, state: 'open', head: { sha: HEAD, ref: 'feat', label: 'acme:feat' }, files: docsOnly(1) });
    github.fail({ method: 'GET', path: /\/files$/, status: 502, times: 3 });
    const [skipped, lines] = await onPullRequest(
      async (context, io, lines) => [await skipIfUnchanged(settingsWith({ paths: 'src/**' }), context, io), lines] as const,
    );
    assert.equal(skipped, null);
    assert.match(
      lines.join('\n'),
      /warning: eval-gate: listing the pull request's changed files \(paths\); the gate runs skipped \(HTTP 502/,
    );
  });
});
