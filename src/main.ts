import * as core from '@actions/core';
import { EnvHttpProxyAgent } from 'undici';
import { setTimeout as sleep } from 'node:timers/promises';
import { InputError, messageOf } from './errors.ts';
import { CONNECT_TIMEOUT_MS } from './http.ts';
import { parseInputs, type InputName, type Settings } from './inputs.ts';
import { logUntrusted } from './log.ts';
import { observeRun } from './observe.ts';
import { providerFor, type Provider } from './providers/index.ts';
import { decideGate, ruleConfigOf, type GateDecision } from './rules.ts';
import { publishReport } from './report/publish.ts';

const SECRET_INPUTS: InputName[] = ['api-key', 'github-token'];

function checkRunIds(settings: Settings, provider: Provider): void {
  const rule = provider.runIdPattern;
  const bad = rule && settings.runIds.find((id) => !rule.pattern.test(id));
  if (bad) throw new InputError(`run-id: expected ${rule.expected} for ${provider.name}, got ${JSON.stringify(bad)}`);
}

/** SIGINT then SIGTERM is how the runner cancels a job: abort what is in flight and report. */
function onCancel(abort: () => void): () => void {
  const handler = (signal: NodeJS.Signals) => {
    core.warning(`eval-gate: received ${signal}; stopping and reporting the gate as not decided`);
    abort();
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

async function observeAll(settings: Settings, provider: Provider, signal: AbortSignal): Promise<GateDecision> {
  const dispatcher = new EnvHttpProxyAgent({ connect: { timeout: CONNECT_TIMEOUT_MS } });
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
          log: core,
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
function finish(gate: GateDecision, settings: Settings): void {
  const message = `eval-gate: ${gate.verdict === 'error' ? 'could not decide' : gate.verdict}: ${gate.reason}`;
  if (gate.verdict === 'pass') {
    logUntrusted(message);
  } else if (gate.verdict === 'fail' && settings.failOn === 'never') {
    core.warning(`${message} (fail-on: never, so the step passes)`);
  } else {
    core.setFailed(message);
  }
}

export async function run(): Promise<void> {
  try {
    // Masked before anything else can print them, even a parse error.
    for (const name of SECRET_INPUTS) {
      const value = core.getInput(name);
      if (value) core.setSecret(value);
    }
    const settings = parseInputs((name) => core.getInput(name));
    const provider = providerFor(settings.provider);
    checkRunIds(settings, provider);
    const cancel = new AbortController();
    const stopListening = onCancel(() => cancel.abort());
    try {
      const gate = await core.group(`Polling ${provider.label}`, () => observeAll(settings, provider, cancel.signal));
      await publishReport(gate, settings, { cancelled: cancel.signal.aborted });
      finish(gate, settings);
    } finally {
      stopListening();
    }
  } catch (error) {
    core.setFailed(`eval-gate: ${messageOf(error)}`);
  }
}
