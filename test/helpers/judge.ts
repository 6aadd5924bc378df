// The adapter and the rules in-process, as observe.ts and gate.ts chain them, for bodies given by a test.
import { SchemaError } from '../../src/errors.ts';
import { type GateRun, IN_FLIGHT, type ProviderName, type RunSnapshot } from '../../src/model.ts';
import { providerFor } from '../../src/providers/index.ts';
import { decideRun, type RuleConfig } from '../../src/rules/rules.ts';

export interface Payload {
  body: unknown;
  /** The vendor's second body: Humanloop's GET /evaluations/{id}/stats, Runtype's GET /eval/group/{groupId}. */
  stats?: unknown;
  /** The id the body was read for, where it tells the adapter what the body is (an Eigenpal experiment). */
  runId?: string;
}

export type Outcome = { verdict: 'pass' | 'fail' | 'error' | 'timed_out'; message: string };

function gateRunOf(vendor: ProviderName, snapshot: RunSnapshot): GateRun {
  return { ...snapshot, provider: vendor, runId: '991', sampleRank: 0.5, sampleRankSource: 'derived', problem: null, polls: 1 };
}

/** A body the adapter refuses is an error; one still in flight would time out; otherwise the rules decide. */
export async function judge(vendor: ProviderName, payload: Payload, rules: RuleConfig): Promise<Outcome> {
  const provider = await providerFor(vendor);
  const needsScores = rules.threshold !== null || rules.minPassRate !== null || rules.metricThresholds.length > 0;
  let snapshot: RunSnapshot;
  try {
    snapshot = provider.parse(payload.body, payload.runId);
    if (!IN_FLIGHT.has(snapshot.status) && provider.enrich) {
      snapshot = await provider.enrich(snapshot, {
        getJson: async (_path, parse) => (parse ? parse(payload.stats) : payload.stats),
        getJsonOnce: async () => null,
        needsScores,
        needsMetrics: rules.metricThresholds.length > 0 || rules.maxRegression !== null,
        runId: '991',
        baseUrl: 'https://api.humanloop.com/v5',
        lastBody: payload.body,
      });
    }
  } catch (error) {
    if (error instanceof SchemaError) return { verdict: 'error', message: error.message };
    throw error;
  }
  if (IN_FLIGHT.has(snapshot.status)) return { verdict: 'timed_out', message: snapshot.inFlightNote ?? '' };
  const decision = decideRun(gateRunOf(vendor, snapshot), rules);
  return { verdict: decision.verdict, message: decision.reason };
}
