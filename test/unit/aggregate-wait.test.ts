// The aggregate step's wait (aggregate.ts) over the GitHub fake, in virtual
// time: the clock moves only when the wait sleeps, so nothing here is timed.
import assert from 'node:assert/strict';
import { after, beforeEach, describe, it } from 'node:test';
import { type GitHubFake, startGitHubFake } from '../../sim/github-fake.ts';
import type { AggregateSettings } from '../../src/inputs/aggregate.ts';
import { awaitGates } from '../../src/report/github/aggregate.ts';
import { createRepoApi } from '../../src/report/github/client.ts';
import { phaseBounds } from '../../src/report/github/retry.ts';
import { virtualTiming } from '../helpers/virtual-time.ts';

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
beforeEach(async () => {
  await github?.close();
  github = await startGitHubFake();
});
after(() => github?.close());

const setStatus = (name: string, state: string) =>
  github.addStatus({ sha: SHA, state, context: `eval-gate / ${name}`, description: state }, ACTIONS);

/** Waits in virtual time; `onSleep` changes GitHub's state as time passes. */
async function wait(
  onSleep: (sleptMs: number, atMs: number) => void = () => {},
  settings = SETTINGS,
  signal = new AbortController().signal,
) {
  const timing = virtualTiming();
  const api = await createRepoApi(
    settings.githubToken,
    { owner: 'acme', repo: 'widgets' },
    github.apiUrl,
    phaseBounds(3_600_000, undefined, timing.now),
  );
  const log: string[] = [];
  const sleeping = {
    now: timing.now,
    sleep: async (ms: number, s: AbortSignal) => {
      await timing.sleep(ms, s);
      onSleep(ms, timing.now());
    },
  };
  const decision = await awaitGates(api, SHA, settings, { timing: sleeping, signal, log: (line) => log.push(line) });
  return { decision, sleeps: timing.sleeps, log, atMs: timing.now() };
}

describe('the aggregate wait', () => {
  it('reads again while a gate is pending, each wait longer, until the gate decides', async () => {
    setStatus('evals-a', 'success');
    setStatus('evals-b', 'pending');
    const { decision, sleeps, log } = await wait((_, atMs) => atMs >= 4000 && setStatus('evals-b', 'success'));
    assert.equal(decision.state, 'success');
    assert.deepEqual(sleeps, [1000, 1500, 2250]);
    assert.deepEqual(log, ['eval-gate: waiting for 1 of 2 gate(s): evals-b']);
  });

  it('ends at the timeout with one last read, and fails naming the gate still pending', async () => {
    setStatus('evals-b', 'pending');
    const { decision, sleeps, atMs } = await wait();
    assert.deepEqual([decision.state, decision.decidedBy], ['failure', ['evals-b']]);
    assert.equal(atMs, 60_000);
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
    const timing = virtualTiming();
    const api = await createRepoApi(
      'ghs_test',
      { owner: 'acme', repo: 'widgets' },
      github.apiUrl,
      phaseBounds(3_600_000, undefined, timing.now),
    );
    const sleep = async (ms: number, signal: AbortSignal) => {
      cancel.abort();
      signal.throwIfAborted();
      await timing.sleep(ms, signal);
    };
    await assert.rejects(awaitGates(api, SHA, SETTINGS, { timing: { now: timing.now, sleep }, signal: cancel.signal, log: () => {} }));
  });
});
