import { InputError, messageOf } from './errors.ts';
import { parseInputs, type Settings } from './inputs.ts';
import { LazyCore, readInput } from './lazy-core.ts';
import { logUntrusted } from './log.ts';
import { observeRun, type Logger } from './observe.ts';
import { providerFor, type Provider } from './providers/index.ts';
import { decideGate, ruleConfigOf, type GateDecision } from './rules.ts';
import { createDispatcher } from './transport.ts';
import { setTimeout as sleep } from 'node:timers/promises';

type Core = typeof import('@actions/core');

function checkRunIds(settings: Settings, provider: Provider): void {
  const rule = provider.runIdPattern;
  const bad = rule && settings.runIds.find((id) => !rule.pattern.test(id));
  if (bad) throw new InputError(`run-id: expected ${rule.expected} for ${provider.name}, got ${JSON.stringify(bad)}`);
}

/** SIGINT then SIGTERM is how the runner cancels a job: abort what is in flight and report. */
function onCancel(abort: (signal: NodeJS.Signals) => void): () => void {
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  return () => {
    process.off('SIGINT', abort);
    process.off('SIGTERM', abort);
  };
}

async function observeAll(settings: Settings, provider: Provider, signal: AbortSignal, log: Logger): Promise<GateDecision> {
  const dispatcher = await createDispatcher();
  const startedAt = Date.now();
  try {
    const runs = await Promise.all(
      settings.runIds.map((runId) =>
        observeRun(runId, {
          provider,
          baseUrl: settings.baseUrl ?? provider.defaultBaseUrl,
          auth: { apiKey: settings.apiKey, applicationId: settings.applicationId },
          dispatcher,
          signal,
          startedAt,
          deadlineAt: startedAt + settings.timeoutMs,
          timeoutMs: settings.timeoutMs,
          firstIntervalMs: settings.pollIntervalMs,
          needsScores: settings.threshold !== null || settings.minPassRate !== null || settings.metricThresholds.length > 0,
          log,
          now: Date.now,
          sleep: (ms, abortSignal) => sleep(ms, undefined, { signal: abortSignal }),
          random: Math.random,
        }),
      ),
    );
    return decideGate(runs, ruleConfigOf(settings));
  } finally {
    await dispatcher.destroy();
  }
}

/** The one place that fails the step. */
function finish(core: Core, gate: GateDecision, settings: Settings): void {
  const message = `eval-gate: ${gate.verdict === 'error' ? 'could not decide' : gate.verdict}: ${gate.reason}`;
  if (gate.verdict === 'pass') {
    logUntrusted(core.info, message);
  } else if (gate.verdict === 'fail' && settings.failOn === 'never') {
    core.warning(`${message} (fail-on: never, so the step passes)`);
  } else {
    core.setFailed(message);
  }
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // Masked as @actions/core loads, before anything is written, even a parse error.
  const core = new LazyCore([readInput(env, 'api-key'), readInput(env, 'github-token')]);
  try {
    const settings = parseInputs((name) => readInput(env, name));
    const provider = await providerFor(settings.provider);
    checkRunIds(settings, provider);
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
      const log: Logger = { info: (m) => inGroup((c) => c.info(m)), debug: (m) => inGroup((c) => c.debug(m)) };
      const gate = await observeAll(settings, provider, cancel.signal, log);
      core.write((c) => grouped && c.endGroup());
      const actions = await core.flush();
      // The report side (rendering, GitHub) is loaded only now that the verdict is known.
      const { publishReport } = await import('./report/publish.ts');
      await publishReport(gate, settings, { cancelled: cancel.signal.aborted });
      finish(actions, gate, settings);
    } finally {
      stopListening();
    }
  } catch (error) {
    (await core.flush()).setFailed(`eval-gate: ${messageOf(error)}`);
  }
}
