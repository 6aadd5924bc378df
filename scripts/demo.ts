// npm run demo -- [--vendor aegis] [--scenario pass|fail|slow|flaky|cancelled] [--threshold N] [--start] [--no-build]
// Plays a run on the embedded vendor simulator and gates it with the built
// action on a simulated pull request, streaming its log as a runner shows it,
// then shows the comment the pull request got and the job summary, drawn for a
// terminal. It exits as the action's step does: 1 on a fail, 2 when undecided.
// With --start the action starts the run first (the start input). Flags are
// checked first; dist/ is rebuilt only when its build inputs changed (by
// content), and --no-build uses dist/ as it is.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoFlags, usage } from './demo-flags.ts';
import { ensureBuilt } from './build-state.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The pull request the simulated run is gated for. */
const PR = { number: 42, sha: '0123456789abcdef0123456789abcdef01234567' };

const options = demoFlags();
if (options.build && !ensureBuilt(ROOT)) usage('the build failed; run npm run build to see why');
const { startVendorSim } = await import('../sim/vendor-sim.ts');
const { startGitHubFake } = await import('../sim/github-fake.ts');
const { playScenario, scenarioInputs } = await import('../sim/scenarios.ts');
const { runAction } = await import('../sim/run-action.ts');
const { playStart, STARTS } = await import('../sim/starts.ts');
const { runnerView } = await import('./runner-log.ts');
const { terminalMarkdown } = await import('./terminal-markdown.ts');

const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
const [sim, github] = await Promise.all([startVendorSim(), startGitHubFake()]);
const runId = '991';
const baseUrl = playScenario(sim, options.vendor, options.scenario, runId);
const inputs = { ...scenarioInputs(options.vendor), ...(options.threshold ? { threshold: options.threshold } : {}) };
// Started: the action sends the create request, the simulator answers with run 991, then plays its polls.
const runInputs = options.start ? playStart(sim, options.vendor, runId) : { 'run-id': runId };
const started = options.start ? `, started with POST ${new URL(`${baseUrl}${STARTS[options.vendor]?.path}`).pathname}` : '';
console.log(
  `▶ ${options.vendor} simulator at ${sim.url}, scenario "${options.scenario}", run ${runId}${started}${inputs.threshold ? `, threshold ${inputs.threshold}` : ''}; pull request #${PR.number} on a GitHub fake\n`,
);
console.log('── action log (as the runner shows it) ──');
const view = runnerView({ colour });
let pending = '';
const result = await runAction({
  inputs: {
    provider: options.vendor,
    ...runInputs,
    'api-key': 'demo-key-not-secret',
    'github-token': 'ghs_demo_token_not_secret',
    'base-url': baseUrl,
    'poll-interval': '250ms',
    timeout: '1m',
    ...inputs,
  },
  env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_API_URL: github.apiUrl, GITHUB_SHA: PR.sha },
  event: { pull_request: { number: PR.number, head: { sha: PR.sha } } },
  onStart: (child) =>
    child.stdout?.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const shown = view.line(line);
        if (shown !== null) console.log(shown);
      }
    }),
});
await Promise.all([sim.close(), github.close()]);
if (pending) console.log(view.line(pending) ?? '');

const comment = github.commentsOn(PR.number).at(-1);
const commentText = comment ? terminalMarkdown(comment.body, { colour }) : '(none)';
const summaryText = terminalMarkdown(result.summary, { colour });
console.log(`\n── the comment on pull request #${PR.number}${comment ? ` (by ${comment.user.login})` : ''} ──`);
console.log(commentText);
// The summary is the comment's report without its hidden marker: shown again only when it says something else.
console.log(`\n── job summary${summaryText === commentText ? ': the same report, on the workflow run’s Summary page ──' : ' ──'}`);
if (summaryText !== commentText) console.log(summaryText);
console.log(`\n── outputs ──`);
for (const [key, value] of Object.entries(result.outputs)) console.log(`${key}=${value}`);
console.log(
  `\nverdict: ${result.outputs.verdict} · exit code ${result.exitCode} · ${sim.requests.length} vendor requests · ${result.durationMs} ms`,
);
if (result.outputs.report) rmSync(dirname(result.outputs.report), { recursive: true, force: true });
// As the step: a fail fails it (1), an undecided gate too (2).
process.exitCode = result.exitCode ?? 2;
