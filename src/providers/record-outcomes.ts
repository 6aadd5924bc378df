// Every record's outcome, not only the failures, kept compactly (parallel typed
// arrays, no object per record) so that a 100,000-record run stays cheap, and
// keyed so that a run pairs with its baseline record by record.

/** What one run says of each record it evaluated. */
export interface RecordOutcomes {
  /** The vendor's stable record key (Aegis `record.id`, Eigenpal `exampleId`…); null when the vendor gives none. */
  keys: (string | null)[];
  /** Index into `metrics` of the metric each outcome judges; -1 when the record is judged as a whole. */
  metricIndex: Int32Array;
  metrics: string[];
  /** 1 when the record passed, 0 when not. */
  passed: Uint8Array;
  /** The record's score, NaN when it has none. */
  scores: Float64Array;
}

/** Fills the arrays of a run with `capacity` records at most, one `add` per record. */
export type RecordOutcomesBuilder = ReturnType<typeof recordOutcomesBuilder>;

export function recordOutcomesBuilder(capacity: number) {
  const keys: (string | null)[] = [];
  const metricIndex = new Int32Array(capacity);
  const metricIds = new Map<string, number>();
  const passed = new Uint8Array(capacity);
  const scores = new Float64Array(capacity);
  return {
    add(key: string | null, metric: string | null, pass: boolean, score: number | null): void {
      const i = keys.length;
      keys.push(key);
      let id = -1;
      if (metric !== null) {
        id = metricIds.get(metric) ?? metricIds.size;
        if (id === metricIds.size) metricIds.set(metric, id);
      }
      metricIndex[i] = id;
      passed[i] = pass ? 1 : 0;
      scores[i] = score ?? Number.NaN;
    },
    build(): RecordOutcomes {
      const n = keys.length;
      return {
        keys,
        metricIndex: metricIndex.subarray(0, n),
        metrics: [...metricIds.keys()],
        passed: passed.subarray(0, n),
        scores: scores.subarray(0, n),
      };
    },
  };
}

/**
 * One record's identity across runs: its key and the metric that judged it, as one string (NUL
 * between, and after a key with no metric, so no key and metric can spell another's); null with no key.
 */
export function recordIdentity(records: RecordOutcomes, i: number): string | null {
  const key = records.keys[i];
  if (key === null || key === undefined) return null;
  const metric = records.metricIndex[i] ?? -1;
  return metric < 0 ? `${key}\u0000` : `${key}\u0000${records.metrics[metric]}`;
}

/** The outcomes of one metric (or of all, for null), as indices into the arrays. */
export function outcomesOf(records: RecordOutcomes, metric: string | null): number[] {
  const id = metric === null ? -2 : records.metrics.indexOf(metric);
  if (metric !== null && id < 0) return [];
  const out: number[] = [];
  for (let i = 0; i < records.keys.length; i += 1) if (id === -2 || records.metricIndex[i] === id) out.push(i);
  return out;
}

/**
 * Outcomes known only as counts (Avido's tests, a Runtype run that lists only some of its records):
 * `passed` passing and the rest failing, with no key, so that they are compared unpaired, never paired.
 */
export function countedOutcomes(passed: number, total: number): RecordOutcomes {
  const records = recordOutcomesBuilder(total);
  for (let i = 0; i < total; i += 1) records.add(null, null, i < passed, null);
  return records.build();
}
