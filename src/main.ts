import { messageOf } from './errors.ts';
import { prepareGate, runGate, startedRunIds } from './gate.ts';
import { onCancel } from './poll/cancel.ts';
import { type InputName, reportSettingsOf, secretsOf, type Settings } from './inputs/inputs.ts';
import { holdSecrets } from './redact.ts';
import { LazyCore, readInput } from './report/lazy-core.ts';
import { logUntrusted } from './report/log.ts';
import { escapeLog } from './report/escape.ts';
import { schedulePendingStatus } from './report/github/pending-status.ts';
import type { Logger } from './poll/observe.ts';
import { type GateDecision, verdictLine, warningLines } from './rules/rules.ts';
import type { Core } from './report/guarded-core.ts';
import type { Timing } from './poll/retry.ts';
import type { GitHubIo } from './report/github/io.ts';

/** The action's edges besides its environment: the wall clock and the runner's log unless a test gives its own. */
export interface ActionEdges {
  /** The vendor side's clock, sleep and jitter. */
  timing?: Timing;
  /** The GitHub side's log and clock. */
  github?: GitHubIo;
}

/** The one place that fails the step. A run awaiting review fails it too: a job's own check never turns green later. */
function finish(core: Core, gate: GateDecision, settings: Settings, review: string): void {
  if (gate.baseline && !gate.baseline.run && settings.maxRegression === null) {
    core.warning(
      escapeLog(
        `eval-gate: baseline run ${gate.baseline.runId} could not be read (${gate.baseline.problem}); the gate was decided without it`,
      ),
    );
  }
  // Annotations (warning, setFailed) are commands whose text @actions/core escapes; escapeLog spells out bidi and invisible characters.
  for (const line of warningLines(gate)) core.warning(escapeLog(`eval-gate: warning (warn-on): ${line}`));
  const message = escapeLog(`eval-gate: ${verdictLine(gate)}`);
  if (gate.verdict === 'pass' && review === 'pending') {
    const held = `${message}; awaiting review: a person with write access comments /eval-gate approve or reject`;
    if (settings.failOn === 'never') core.warning(`${held} (fail-on: never, so the step passes)`);
    else core.setFailed(held);
  } else if (gate.verdict === 'pass') {
    logUntrusted(core.info, message);
  } else if (gate.verdict === 'fail' && settings.failOn === 'never') {
    core.warning(`${message} (fail-on: never, so the step passes)`);
  } else {
    core.setFailed(message);
  }
}

/** aggregate: PATTERN. One status and one comment for every matching gate on this commit; no vendor input. */
async function runAggregateStep(env: NodeJS.ProcessEnv, core: LazyCore, edges: ActionEdges): Promise<void> {
  holdSecrets([readInput(env, 'github-token')]);
  try {
    // Loaded only on the aggregate step: a gate's first request does not wait for it.
    const { parseAggregateInputs } = await import('./inputs/aggregate.ts');
    const settings = parseAggregateInputs((name) => readInput(env, name));
    const actions = await core.flush();
    const { publishAggregate } = await import('./report/publish.ts');
    const outcome = await publishAggregate(settings, edges.github);
    if (outcome.passed) logUntrusted(actions.info, outcome.line);
    else actions.setFailed(escapeLog(outcome.line));
  } catch (error) {
    await failBeforeGate(core, error);
  }
}

export async function run(env: NodeJS.ProcessEnv = process.env, edges: ActionEdges = {}): Promise<void> {
  // The secrets prepareGate holds are masked as @actions/core loads, before anything is written, even a parse error.
  const core = new LazyCore();
  // On issue_comment, a person's `/eval-gate approve|reject|revoke` is answered instead of running the gate.
  if (env.GITHUB_EVENT_NAME === 'issue_comment') {
    holdSecrets(secretsOf((name) => readInput(env, name)));
    const actions = await core.flush();
    const { answeredComment } = await import('./report/github/approval-entry.ts');
    if (await answeredComment(env, (name) => readInput(env, name), actions, edges.github)) return;
  }
  if (readInput(env, 'aggregate')) return runAggregateStep(env, core, edges);
  try {
    const { settings, provider } = await prepareGate((name) => readInput(env, name));
    const warning = provider.warning;
    if (warning) core.write((c) => c.warning(`eval-gate: ${warning}`));
    if (settings.paths.length > 0) {
      // The secrets are masked (flush) before the report side can write a line.
      await core.flush();
      const { publishSkipIfUnchanged } = await import('./report/publish.ts');
      if (await publishSkipIfUnchanged(reportSettingsOf(settings), edges.github)) return;
    }
    const cancel = new AbortController();
    const stopListening = onCancel((signal) => {
      core.write((c) => c.warning(`eval-gate: received ${signal}; stopping and reporting the gate as not decided`));
      cancel.abort();
    });
    try {
      // Nothing is written before the first answer, so that loading @actions/core cannot delay the first request.
      let grouped = false;
      const inGroup = (write: (c: Core) => void) =>
        core.write((c) => {
          if (!grouped) c.startGroup(`Polling ${provider.label}`);
          grouped = true;
          write(c);
        });
      // Poll and retry lines can quote vendor text (a state's name, a field's path).
      const log: Logger = { info: (m) => inGroup((c) => logUntrusted(c.info, m)), debug: (m) => inGroup((c) => c.debug(m)) };
      // With start, the runs have ids only once the vendor answers the create request.
      let runIds = settings.runIds;
      const pending = schedulePendingStatus(reportSettingsOf(settings), provider.label, core, env, () => runIds);
      const gate = await runGate(settings, provider, {
        signal: cancel.signal,
        log,
        onStarted: (created) => (runIds = created),
        timing: edges.timing,
      });
      await pending.settle();
      core.write((c) => grouped && c.endGroup());
      const actions = await core.flush();
      // The report side (rendering, GitHub) is loaded only now that the verdict is known.
      const { publishReport } = await import('./report/publish.ts');
      const review = await publishReport(gate, reportSettingsOf(settings), { cancelled: cancel.signal.aborted, github: edges.github });
      // The runs the start input made, as run-id takes them, for later steps (and a re-run without start).
      if (settings.start) actions.setOutput('run-id', startedRunIds(gate));
      finish(actions, gate, settings, review);
    } finally {
      stopListening();
    }
  } catch (error) {
    await failBeforeGate(core, error, (name) => readInput(env, name));
  }
}

/** A gate (or aggregate step) that could not start: the summary says why, the outputs say error, the step fails. */
async function failBeforeGate(core: LazyCore, error: unknown, read?: (name: InputName) => string): Promise<void> {
  const actions = await core.flush();
  const reason = messageOf(error);
  // Summary first, then outputs, then the failure: a failing step always explains itself.
  await import('./report/publish.ts')
    .then((report) => report.publishStartFailure(reason, read))
    .catch((summaryError: unknown) => actions.warning(`eval-gate: could not write the job summary: ${messageOf(summaryError)}`));
  // Later steps that read the outputs (if: always()) see a gate that did not pass.
  for (const [name, value] of Object.entries({
    verdict: 'error',
    passed: 'false',
    status: 'error',
    sampled: 'false',
    regression: 'none',
    review: 'none',
    warnings: '0',
  })) {
    actions.setOutput(name, value);
  }
  actions.setFailed(escapeLog(`eval-gate: ${reason}`));
}
