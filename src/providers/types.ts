import type { ProviderName, RunSnapshot } from '../model.ts';

export interface AuthContext {
  apiKey: string;
  applicationId: string | null;
}

/**
 * Reads one more JSON document from the vendor, with the same transport and deadline; `parse` (which
 * throws SchemaError on a body it cannot read) makes such a body count as a bad one, asked again a few times.
 */
export type GetJson = (path: string, parse?: (body: unknown) => unknown) => Promise<unknown>;

export interface EnrichContext {
  /** With retries, under the gate's deadline. */
  getJson: GetJson;
  /** One try with a short timeout, for optional extras that must never delay the verdict. */
  getJsonOnce: (path: string) => Promise<unknown>;
  /** True when a user rule needs the score or pass rate, so extra calls are worth making. */
  needsScores: boolean;
  /** True when a rule reads metrics (metric-thresholds, or max-regression, which compares them). */
  needsMetrics: boolean;
  runId: string;
  /** The vendor's API base, whose host a vendor link may also point to. */
  baseUrl: string;
  /** The body of the last poll, for adapters that need more of it than the snapshot keeps. */
  lastBody: unknown;
}

/** One create request, planned from the start body before anything is sent. */
export interface StartPlan {
  /** The path after base-url. */
  path: string;
  body: unknown;
  /** The run ids in the vendor's answer, as run-id takes them; throws SchemaError when the answer names none. */
  idsOf(answer: unknown): string[];
}

/** How a vendor starts runs: which create request a body means, and where to look for a run that may have been made. */
export interface StartCapability {
  /**
   * Throws InputError (naming `start`, or `ref`) when the body fits none of the vendor's create requests.
   * `ref`, for a vendor whose runs record their code, is the code the run must evaluate.
   */
  plan(body: Record<string, unknown>, ref: string | null): StartPlan;
  /** Why this body cannot be sent more than once (repeats, confirm-failures); null or absent when it can. */
  repeatProblem?(body: Record<string, unknown>): string | null;
  /** Where a user finds a run whose create request got no clear answer. */
  findHint: string;
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
  /** The API prefix for a base-url given as the vendor documents it (Eigenpal's SDK takes the bare host); else as given. */
  apiPrefixOf?(baseUrl: string): string;
  /** True when the vendor's runs record the code they evaluated, so that the ref input can be checked (rules/provenance.ts). */
  recordsCode?: boolean;
  /** Checked before any request, so a malformed id fails as bad input. */
  runIdPattern?: { pattern: RegExp; expected: string };
  authHeaders(auth: AuthContext): Record<string, string>;
  /** The path after base-url, id already encoded. */
  runPath(runId: string): string;
  /** `runId` tells the adapters that read more than one kind of resource (Eigenpal's experiments) which this is. */
  parse(body: unknown, runId?: string): RunSnapshot;
  /** Present for the vendors whose API documents a create request that answers with the run's id. */
  start?: StartCapability;
  /** Why `start` cannot be used, for a vendor whose API starts runs without naming them (Avido). */
  noStart?: string;
  /** Why the vendor needs `application-id` on every request (Avido); without it, bad input before any request. */
  applicationIdRequired?: string;
  /** What else to check, beside api-key, when the vendor refuses the credentials (HTTP 401/403). */
  authRefusedHint?: string;
  /** Said as a warning on every use (a vendor that shut down). */
  warning?: string;
  /** Optional extra reads once the run is terminal (scores, web link). */
  enrich?(snapshot: RunSnapshot, ctx: EnrichContext): Promise<RunSnapshot>;
}

/** What an adapter file exports: its name and label come from the vendor table (providers/index.ts). */
export type Adapter = Omit<Provider, 'name' | 'label'>;
