// The aggregate step's decision (aggregate-decision.ts) and the paths skip
// (skip-decision.ts), pure: statuses and file lists in, verdicts out.
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { describe, it } from 'node:test';
import { type AggregateDecision, decideAggregate, gatesOf } from '../../src/report/github/aggregate-decision.ts';
import { aggregateMarkdown, runLinkOf } from '../../src/report/github/aggregate-render.ts';
import type { StatusEntry } from '../../src/report/github/client.ts';
import type { RunnerContext } from '../../src/report/github/context.ts';
import { decideSkip } from '../../src/report/github/skip-decision.ts';
import { namePattern } from '../../src/inputs/glob.ts';
import { liveFindings } from '../helpers/github-render.ts';
import { nodesOf, parseGfm, visibleText } from '../helpers/markdown.ts';

const ACTIONS = { login: 'github-actions[bot]', type: 'Bot' };
const status = (name: string, state: string, creator = ACTIONS, description = `${name} ${state}`): StatusEntry => ({
  context: `eval-gate / ${name}`,
  state,
  description,
  creator,
  targetUrl: 'https://github.com/acme/widgets/actions/runs/1',
});
const EVALS = namePattern('evals-*');
const OWN = 'eval-gate / evals-all';
const decidedBy = (d: AggregateDecision) => ('decidedBy' in d ? d.decidedBy : null);
const why = (d: AggregateDecision) => ('why' in d ? d.why : '');
const decide = (statuses: StatusEntry[], timedOut = false) => decideAggregate(gatesOf(statuses, EVALS, OWN), 'evals-*', timedOut);

describe('the aggregate decision', () => {
  it("takes each gate's newest status by the GitHub Actions identity, ordered by name, and nothing else", () => {
    const gates = gatesOf(
      [
        status('evals-b', 'success', { login: 'mallory', type: 'User' }),
        status('evals-b', 'failure'),
        status('evals-b', 'pending'),
        status('evals-a', 'success'),
        status('evals-c', 'success', { login: 'eval-bot[bot]', type: 'Bot' }),
        status('other', 'failure'),
        status('evals-all', 'failure'),
        { ...status('evals-d', 'success'), context: 'eval-gate record / evals-d' },
      ],
      EVALS,
      OWN,
    );
    assert.deepEqual(
      gates.map((g) => [g.name, g.state]),
      [
        ['evals-a', 'success'],
        ['evals-b', 'failure'],
      ],
    );
  });

  it('fails on a failed or errored gate and names it, whatever the order the gates finished in', () => {
    const one = decide([status('evals-b', 'failure'), status('evals-a', 'success')]);
    const other = decide([status('evals-a', 'success'), status('evals-b', 'failure')]);
    assert.deepEqual(one, other);
    assert.equal(one.state, 'failure');
    assert.deepEqual(decidedBy(one), ['evals-b']);
    const errored = decide([status('evals-a', 'error'), status('evals-b', 'pending')]);
    assert.equal(errored.state, 'error');
    assert.deepEqual(decidedBy(errored), ['evals-a']);
  });

  it('waits while a gate is pending, and past the timeout fails naming it', () => {
    const statuses = [status('evals-a', 'success'), status('evals-b', 'pending')];
    assert.deepEqual(decide(statuses), { state: 'waiting', gates: gatesOf(statuses, EVALS, OWN), pending: ['evals-b'] });
    const late = decide(statuses, true);
    assert.equal(late.state, 'failure');
    assert.deepEqual([decidedBy(late), why(late)], [['evals-b'], '1 of 2 still pending']);
  });

  it('never passes with no gate: it waits, then errors naming the pattern', () => {
    assert.equal(decide([status('other', 'success')]).state, 'waiting');
    const none = decide([status('evals-b', 'success', { login: 'mallory', type: 'User' })], true);
    assert.equal(none.state, 'error');
    assert.match(why(none), /no gate matching evals-\*/);
  });

  it('passes when every gate passed, and reads a state it does not know as an error', () => {
    const passed = decide([status('evals-a', 'success'), status('evals-b', 'success')]);
    assert.deepEqual([passed.state, why(passed)], ['success', 'all 2 passed']);
    assert.equal(decide([status('evals-a', 'success'), status('evals-b', 'neutral')]).state, 'error');
  });
});

describe("the aggregate's comment", () => {
  const context = { serverUrl: 'https://github.com', repository: 'acme/widgets' } as RunnerContext;
  it("has a section per gate in name order, each gate's text escaped again and its link kept only to this repository's runs", () => {
    const hostile = {
      ...status('evals-b', 'failure', ACTIONS, '@team see #1 <img src=x> [x](https://evil.example)'),
      targetUrl: 'https://evil.example/x',
    };
    const decision = decide([hostile, status('evals-a', 'success')]);
    assert.ok(decision.state !== 'waiting');
    const markdown = aggregateMarkdown(decision, { name: 'evals', pattern: 'evals-*', context });
    const textOf = (node: Nodes): string =>
      'value' in node ? String(node.value) : 'children' in node ? node.children.map((c) => textOf(c as Nodes)).join('') : '';
    const headings = nodesOf(parseGfm(markdown), 'heading').map(textOf);
    assert.deepEqual(headings.slice(1), ['✅ evals-a', '❌ evals-b']);
    const run = 'https://github.com/acme/widgets/actions/runs/1';
    assert.deepEqual(
      liveFindings(markdown, (href) => href === run),
      [],
    );
    assert.deepEqual(
      nodesOf(parseGfm(markdown), 'link').map((l) => (l as { url: string }).url),
      [run],
    );
    assert.match(visibleText(markdown).replaceAll('\u200B', ''), /@team see #1 <img src=x> \[x\]\(https:\/\/evil\.example\)/);
    assert.equal(runLinkOf('https://github.com/acme/other/actions/runs/1', context), null);
    assert.equal(runLinkOf('http://github.com/acme/widgets/actions/runs/1', context), null);
    assert.equal(runLinkOf('https://github.com/acme/widgets/actions/runs/1?x=1', context), null);
  });
});

describe('the paths skip', () => {
  const listed = (names: string[], complete = true) => ({
    items: names.map((filename) => ({ filename, previousFilename: null })),
    complete,
  });
  it('skips a PR that changed nothing under paths, and says so', () => {
    assert.deepEqual(decideSkip(['src/**', 'prompts/**'], listed(['docs/a.md', 'README.md']), 2), {
      skip: true,
      description: 'skipped: no change under src/**, prompts/**',
    });
  });
  it('runs the gate for a covered file, a renamed one moved out of paths, or an exclusion undone', () => {
    assert.equal(decideSkip(['src/**'], listed(['docs/a.md', 'src/x.ts']), 2).skip, false);
    const moved = { items: [{ filename: 'docs/x.ts', previousFilename: 'src/x.ts' }], complete: true };
    assert.equal(decideSkip(['src/**'], moved, 1).skip, false);
    assert.equal(decideSkip(['src/**', '!src/**/*.md'], listed(['src/notes.md']), 1).skip, true);
  });
  it('never skips a PR with more files than GitHub listed, or whose count is unknown', () => {
    assert.equal(decideSkip(['src/**'], listed(['docs/a.md']), 3001).skip, false);
    assert.equal(decideSkip(['src/**'], listed(['docs/a.md'], false), 1).skip, false);
    assert.equal(decideSkip(['src/**'], listed(['docs/a.md']), null).skip, false);
  });
});
