// Issue 22: secrets never leave, even when a vendor repeats them. The action (the built dist/ for the
// first vendor, its run() in this process and in virtual time for the others) and the built CLI, every vendor, with the key (and the token) planted in every vendor text field, in 4xx and 5xx bodies
// of GET and POST, in Retry-After and Location headers, in failure messages, prompts and outputs; then
// every place a person or a later step reads, after undoing escapes, zero-width characters and entities.
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fakesForEachTest } from '../helpers/fakes.ts';
import { scenarioInputs } from '../../sim/scenarios.ts';
import type { GitHubFake } from '../../sim/github-fake.ts';
import { runCli } from '../../sim/run-action.ts';
import { STARTS } from '../../sim/starts.ts';
import { TIMELINES } from '../../sim/timelines.ts';
import type { Step, VendorSim } from '../../sim/vendor-sim.ts';
import type { ProviderName } from '../../src/model.ts';
import { PROVIDER_NAMES } from '../../src/providers/index.ts';
import { API_KEY, everythingWritten, gate, gateAction, GITHUB_TOKEN } from '../helpers/gate.ts';
import { allPlanted, plantedText, withPlantedText } from '../helpers/planted.ts';
import { leakedParts, undoEscapes } from '../helpers/reveal.ts';
import { cliInProcess } from '../helpers/action-in-process.ts';

const PR_EVENT = { pull_request: { number: 7, head: { sha: 'feedfacefeedfacefeedfacefeedfacefeedface' } } };
/** A host the key would reach if a redirect were followed; the key in it as a vendor could echo it. */
const ELSEWHERE = `https://${API_KEY}.example/${API_KEY}?key=${API_KEY}`;
const CLI_FORMATS = ['text', 'markdown', 'json', 'junit', 'text'] as const;

let sim: VendorSim;
let github: GitHubFake;
fakesForEachTest((fakes) => ({ sim, github } = fakes));

/** No part of the key or the token (8 characters or more) in any of these texts, however escaped; the CLI takes no token. */
function assertNoSecret(texts: Record<string, string>, secrets = [API_KEY, GITHUB_TOKEN]): void {
  for (const [where, text] of Object.entries(texts)) {
    for (const secret of secrets) {
      const leaked = leakedParts(text, secret);
      const around =
        leaked.length > 0
          ? undoEscapes(text)
              .split('\n')
              .find((line) => line.includes(leaked[0] ?? ''))
          : '';
      assert.deepEqual(leaked, [], `${where} shows a secret: ${around?.slice(0, 400)}`);
    }
  }
}

/** Every run of the gate, each telling the vendor's words a different way; ids as every vendor takes them. */
async function plantRuns(vendor: ProviderName): Promise<void> {
  const t = TIMELINES[vendor];
  const path = (id: string) => `${t.basePath}${t.resource(id)}`;
  const failed = await withPlantedText(vendor, t.failed());
  const errored = await withPlantedText(vendor, (t.errored ?? t.passed)());
  const baseline = await withPlantedText(vendor, t.passed());
  const routes: Record<string, Step[]> = {
    [path('991')]: [{ json: failed.body }],
    // A 5xx whose body and Retry-After repeat the key, then a redirect to a host named with it.
    [path('992')]: [
      { status: 503, text: plantedText('503 body'), headers: { 'retry-after': API_KEY } },
      { status: 302, text: plantedText('302 body'), headers: { location: ELSEWHERE } },
    ],
    [path('993')]: [{ status: 402, text: JSON.stringify({ detail: plantedText('402 body') }) }],
    [path('994')]: [{ json: errored.body }],
    // Every string of the answer planted: the adapter refuses it and quotes the field.
    [path('995')]: [{ json: allPlanted(t.passed()) }],
    [path('996')]: [{ json: baseline.body }],
  };
  for (const id of ['991', '994', '995', '996']) Object.assign(routes, t.extraRoutes?.(id, 'failed'));
  // Humanloop's evaluation link, on its own host, with the key in it.
  for (const id of ['991', '994', '996'])
    if (vendor === 'humanloop')
      routes[`/v5/evaluations/${id}`] = [{ json: { id, name: plantedText('name'), url: `https://app.humanloop.com/${API_KEY}` } }];
  for (const [route, steps] of Object.entries(routes)) sim.script(route, steps);
}

const planted = (vendor: ProviderName): Record<string, string> => ({
  ...scenarioInputs(vendor),
  'run-id': '991, 992, 993, 994, 995',
  'baseline-run-id': '996',
  'max-regression': '5',
  'metric-thresholds': `${API_KEY}: 0.5`,
  name: plantedText('name input'),
  'commit-status': 'always',
});

/** The built CLI for the first vendor (and the create-request cases), its cli() in this process for the others. */
function cli(vendor: ProviderName, args: string[], built = true) {
  const base = [
    '--provider',
    vendor,
    '--base-url',
    `${sim.url}${TIMELINES[vendor].basePath}`,
    '--poll-interval',
    '50ms',
    '--timeout',
    '20s',
  ];
  // Avido wants its application id on every request, as the action's scenario inputs give it.
  const applicationId = scenarioInputs(vendor)['application-id'];
  if (applicationId) base.push('--application-id', applicationId);
  return (built ? runCli : cliInProcess)([...base, ...args], { EVAL_GATE_API_KEY: API_KEY });
}

/** Everything the action wrote, each place by its name; the runner's add-mask commands are the one place the key belongs. */
async function writtenBy(result: Awaited<ReturnType<typeof gate>>, junitPath: string | null): Promise<Record<string, string>> {
  return {
    stdout: result.stdout.replace(/^::add-mask::.*$/gm, ''),
    stderr: result.stderr,
    summary: result.summary,
    outputs: JSON.stringify(result.outputs),
    report: result.outputs.report ? await readFile(result.outputs.report, 'utf8') : '',
    junit: junitPath ? await readFile(junitPath, 'utf8') : '',
    comments: github.comments.map((c) => c.body).join('\n'),
    statuses: JSON.stringify(github.statuses),
    'github requests': JSON.stringify(github.calls.map((c) => c.body)),
  };
}

describe('secrets a vendor repeats stay secret', () => {
  PROVIDER_NAMES.forEach((vendor, i) => {
    it(`${vendor}: the action and the CLI`, async () => {
      await plantRuns(vendor);
      const junit = join(await mkdtemp(join(tmpdir(), 'eval-gate-junit-')), 'evals.xml');
      // One vendor through the bundle proves the bundle; the rest run the same code without waiting real seconds.
      const action = i === 0 ? gate : gateAction;
      const result = await action(
        sim,
        vendor,
        { ...planted(vendor), junit },
        {
          env: { GITHUB_API_URL: github.apiUrl, GITHUB_EVENT_NAME: 'pull_request' },
          event: PR_EVENT,
        },
      );
      assert.equal(result.outputs.verdict, 'error', result.stdout);
      assert.match(result.stdout, new RegExp(`::add-mask::${API_KEY}`));
      const written = await writtenBy(result, junit);
      assertNoSecret(written);
      // The vendor's words did arrive, with the secrets cut out of them.
      assert.match(undoEscapes(written.summary ?? ''), /API key \*\*\* has no credits/);
      assert.match(undoEscapes(written.report ?? ''), /API key \*\*\* has no credits/);
      assert.equal(github.comments.length, 1);
      assert.ok(github.statuses.length > 0);

      await plantRuns(vendor);
      const format = CLI_FORMATS[i] ?? 'text';
      // Run 995, the refused answer, is the action's alone: it is retried as a bad body, which takes seconds.
      const args = ['--run-id', '991,992,993,994', '--baseline-run-id', '996', '--metric-thresholds', `${API_KEY}: 0.5`];
      const run = await cli(vendor, [...args, '--name', plantedText('--name'), '--format', format], i === 0);
      assert.equal(run.code, 2, run.stderr);
      assertNoSecret({ [`CLI stdout (${format})`]: run.stdout, 'CLI stderr': run.stderr }, [API_KEY]);
      assert.match(undoEscapes(run.stdout), /API key \*\*\* has no credits/);
    });
  });
});

describe('secrets in the answer to the create request stay secret', () => {
  for (const [vendor, story] of Object.entries(STARTS) as Array<[ProviderName, NonNullable<(typeof STARTS)[ProviderName]>]>) {
    it(`${vendor}: a 429 and a 402 quoting the key (action), a 503 with the key in its headers (CLI --start)`, async () => {
      const createPath = `${TIMELINES[vendor].basePath}${story.path}`;
      sim.script(createPath, [
        { status: 429, text: JSON.stringify({ message: plantedText('429 body') }), headers: { 'retry-after': '0' } },
        { status: 402, text: JSON.stringify({ detail: plantedText('402 body') }) },
      ]);
      const result = await gateAction(sim, vendor, { 'run-id': '', start: JSON.stringify(story.body) });
      assert.equal(result.outputs.verdict, 'error', result.stdout);
      assert.equal(sim.requests.filter((r) => r.method === 'POST').length, 2);
      const written = everythingWritten(result).replace(/^::add-mask::.*$/gm, '');
      assertNoSecret({ action: written });
      assert.match(undoEscapes(written), /payment required \(insufficient credits\) \(HTTP 402\): "API key \*\*\* has no credits/);

      sim.script(createPath, [
        {
          status: 503,
          text: JSON.stringify({ message: plantedText('503 body') }),
          headers: { 'retry-after': API_KEY, location: ELSEWHERE },
        },
      ]);
      const run = await cli(vendor, ['--start', JSON.stringify(story.body), '--format', 'json']);
      assert.equal(run.code, 2, run.stderr);
      assertNoSecret({ 'CLI stdout': run.stdout, 'CLI stderr': run.stderr }, [API_KEY]);
      assert.match(undoEscapes(run.stdout), /\(HTTP 503\): "API key \*\*\* has no credits/);
    });
  }
});

describe('a base-url with credentials', () => {
  const PASSWORD = 'hunter2-s3cret-pw';
  const baseUrl = `https://eval-user:${PASSWORD}@api.example.com/v1`;

  it('is refused before any request, naming the input and the problem, never the credentials (action and CLI)', async () => {
    const result = await gate(sim, 'aegis', { 'base-url': baseUrl });
    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs.verdict, 'error');
    assert.match(
      result.stdout,
      /base-url: expected an https URL .* got "https:\/\/api.example.com\/v1" with credentials \(left out here\)/,
    );
    const run = await cli('aegis', ['--run-id', '1', '--base-url', baseUrl]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--base-url: expected an https URL .* with credentials \(left out here\)/);
    assert.equal(sim.requests.length, 0);
    const written = { action: everythingWritten(result).replace(/^::add-mask::.*$/gm, ''), cli: run.stdout + run.stderr };
    for (const [where, text] of Object.entries(written)) assert.deepEqual(leakedParts(text, PASSWORD), [], where);
    assert.match(result.stdout, new RegExp(`::add-mask::${PASSWORD}`));
  });
});
