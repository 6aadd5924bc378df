import type { RecordOutcomes } from './providers/record-outcomes.ts';

/**
 * The `provider` input's values, in the vendor table's order. Named here, so that inputs/ can check
 * them without importing providers/ (a later stage); the table (providers/index.ts) must give each
 * exactly one row, which its `satisfies` makes the compiler check.
 */
export const PROVIDER_NAMES = ['aegis', 'eigenpal', 'avido', 'runtype', 'humanloop'] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];

/** "aegis, eigenpal, … or humanloop", as help and errors list them. */
export function providerList(): string {
  return `${PROVIDER_NAMES.slice(0, -1).join(', ')} or ${PROVIDER_NAMES.at(-1)}`;
}

/**
 * Our normalised run status. `pending`/`running` are in flight; `completed`,
 * `failed` and `cancelled` are the vendor's terminal states; `timed_out` and
 * `error` are ours, for runs we could not see to the end.
 */
export type RunStatus = 'pending' | 'running' | 'completed' | 'failed' | 'cancelled' | 'timed_out' | 'error';

export const IN_FLIGHT: ReadonlySet<RunStatus> = new Set(['pending', 'running']);

export interface Progress {
  done: number;
  total: number;
}

export interface MetricResult {
  name: string;
  score: number | null;
  threshold: number | null;
  passed: boolean | null;
  /** Why the vendor's figure could not be read (off its scale, the wrong type): a rule on this metric is an error. */
  problem?: string | null;
  /** What the vendor says beside the score (an Avido eval's type and pass rate), shown as-is (escaped). */
  detail?: string | null;
}

/** One failing record or evaluation, as the report shows it. */
export interface FailingRecord {
  name: string;
  metric: string | null;
  score: number | null;
  threshold: number | null;
  message: string | null;
  prompt: string | null;
}

/** A labelled fact the report shows as-is (escaped), e.g. model or git ref. */
export interface Detail {
  label: string;
  value: string;
}

/** One field in which a run records the code it evaluated. */
export interface ProvenanceField {
  /** Where the vendor records it, e.g. `source.git.commitSha`. */
  field: string;
  /** Its value; null when the run leaves it empty or out. */
  value: string | null;
  /** `code` names exactly the code that ran (a commit SHA, a version); `name` a ref that resolved to it. */
  role: 'code' | 'name';
}

/** What a run records of the code it evaluated, for the ref input to be checked against (rules/provenance.ts). */
export interface Provenance {
  fields: ProvenanceField[];
  /** Why the record cannot be read (a field of the wrong type, a kind of run without one), naming the field; else null. */
  problem: string | null;
}

/** The figures budgets measure, by what they are; a gap is our text naming the vendor's field. */
export type BudgetGaps = Partial<Record<'cost' | 'duration' | 'latency' | 'tokens', string>>;

/** What an adapter makes of one vendor response. */
export interface RunSnapshot {
  status: RunStatus;
  /** The vendor's own verdict; null when it gives none for this run. */
  vendorPassed: boolean | null;
  /** Why vendorPassed is null on a terminal run, naming the field (e.g. `field "result" is null`). */
  verdictGap: string | null;
  /** What a failing vendor verdict rests on, when the vendor names it (Eigenpal's failed evaluators). */
  verdictWhy?: string | null;
  score: number | null;
  vendorThreshold: number | null;
  passRate: number | null;
  metrics: MetricResult[];
  failures: FailingRecord[];
  /** All failing records, of which `failures` may hold only the first few. */
  failureCount: number;
  /** Vendor-supplied sampleRank in [0, 1), when the vendor gives one. */
  sampleRank: number | null;
  costUsd: number | null;
  durationMs: number | null;
  /**
   * Each record's latency in ms, for max-p95-latency (Runtype: a record's steps summed; Aegis: one
   * evaluation); absent for vendors that give none, null when this answer lacks some (budgetGaps says why).
   */
  latencyMs?: Float64Array | null;
  /** Tokens the run used in all, for max-tokens (Runtype); absent or null as latencyMs. */
  tokens?: number | null;
  /** Why a budget's figure is missing from this answer, naming the field (e.g. a record without a duration). */
  budgetGaps?: BudgetGaps | null;
  url: string | null;
  progress: Progress | null;
  /** Terminal failure text from the vendor (untrusted). */
  vendorError: string | null;
  details: Detail[];
  /** Why a run may stay in flight (e.g. Humanloop runs nobody orchestrates); told when the deadline passes. */
  inFlightNote: string | null;
  /** The counts behind passRate, when the vendor gives them (else the report derives them from failureCount). */
  passCounts?: { passed: number; total: number } | null;
  /**
   * What score and pass rate count when it is not the quality of answers
   * (Runtype's: `records without errors`); the report and the rules name the figures so.
   */
  measure?: string | null;
  /** Every record's outcome with its key, for pairing with a baseline; absent when the vendor lists no records. */
  records?: RecordOutcomes | null;
  /** The run the vendor started to retry this failed one (Eigenpal's `execution.retry.nextRun`): the gate follows it. */
  nextRunId?: string | null;
  /** The code the run evaluated, as the vendor records it; absent for vendors that record none. */
  provenance?: Provenance | null;
}

/**
 * How the runs of one started body were judged as one (repeats, confirm-failures): `majority` takes each
 * record's majority (a tie fails) and the mean score; `confirm` fails only what failed in both runs and takes the better score.
 */
export interface RepeatSummary {
  mode: 'majority' | 'confirm';
  /** Every run made, in the order they were started. */
  runIds: string[];
  /** Records that passed in some runs and failed in others, the first few named. */
  flaky: string[];
  flakyCount: number;
  /** Records that failed in every run. */
  consistentFailureCount: number;
  /** Why records could not be matched across the runs (no key, a key given twice), when they could not. */
  note: string | null;
}

/** A run as the gate reports it: the last snapshot plus who and what. */
export interface GateRun extends RunSnapshot {
  provider: ProviderName;
  runId: string;
  sampleRank: number;
  sampleRankSource: 'vendor' | 'derived';
  /** Why the gate could not decide (our text), when status is error or timed_out. */
  problem: string | null;
  polls: number;
  /** True when eval-gate's own create request (the start input) made this run. */
  started?: boolean;
  /** The runs the vendor retried, from the id given to the one judged (Eigenpal); null when there was no retry. */
  retryChain?: string[] | null;
  /** Present when this run stands for several started from one body (repeats, confirm-failures). */
  repeats?: RepeatSummary | null;
}

export function emptySnapshot(status: RunStatus): RunSnapshot {
  return {
    status,
    vendorPassed: null,
    verdictGap: null,
    score: null,
    vendorThreshold: null,
    passRate: null,
    metrics: [],
    failures: [],
    failureCount: 0,
    sampleRank: null,
    costUsd: null,
    durationMs: null,
    url: null,
    progress: null,
    vendorError: null,
    details: [],
    inFlightNote: null,
  };
}
