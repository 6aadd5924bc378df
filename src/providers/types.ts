import type { ProviderName, RunSnapshot } from '../model.ts';

export interface AuthContext {
  apiKey: string;
  applicationId: string | null;
}

/** Reads one more JSON document from the vendor, with the same transport and deadline. */
export type GetJson = (path: string) => Promise<unknown>;

export interface EnrichContext {
  /** With retries, under the gate's deadline. */
  getJson: GetJson;
  /** One try with a short timeout, for optional extras that must never delay the verdict. */
  getJsonOnce: GetJson;
  /** True when a user rule needs the score or pass rate, so extra calls are worth making. */
  needsScores: boolean;
  runId: string;
  /** The vendor's API base, whose host a vendor link may also point to. */
  baseUrl: string;
  /** The body of the last poll, for adapters that need more of it than the snapshot keeps. */
  lastBody: unknown;
}

/**
 * One vendor. An adapter builds the request, parses only the fields it uses,
 * maps the vendor's states onto ours in one switch, and throws SchemaError
 * on shapes and states it does not know.
 */
export interface Provider {
  name: ProviderName;
  label: string;
  defaultBaseUrl: string;
  docsUrl: string;
  /** Checked before any request, so a malformed id fails as bad input. */
  runIdPattern?: { pattern: RegExp; expected: string };
  authHeaders(auth: AuthContext): Record<string, string>;
  /** The path after base-url, id already encoded. */
  runPath(runId: string): string;
  parse(body: unknown): RunSnapshot;
  /** Optional extra reads once the run is terminal (scores, web link). */
  enrich?(snapshot: RunSnapshot, ctx: EnrichContext): Promise<RunSnapshot>;
}
