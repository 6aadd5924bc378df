// Records of a run beside the baseline's, by the vendor's stable key (and the
// metric that judged them): the pairs the paired tests use, and what is in one run only.
import { type RecordOutcomes, recordIdentity } from '../../providers/record-outcomes.ts';

export interface Pairing {
  /** Indices into the candidate's and the baseline's outcomes, one entry per pair. */
  candidate: number[];
  baseline: number[];
  /** Outcomes of each run with no partner: no key, a key the other lacks, or a key given twice. */
  onlyCandidate: number;
  onlyBaseline: number;
}

/** Each key to its one index; a key given twice pairs with nothing, since either could be meant. */
function indexByKey(records: RecordOutcomes): Map<string, number> {
  const byKey = new Map<string, number>();
  const twice = new Set<string>();
  for (let i = 0; i < records.keys.length; i += 1) {
    const key = recordIdentity(records, i);
    if (key === null) continue;
    if (byKey.has(key)) twice.add(key);
    byKey.set(key, i);
  }
  for (const key of twice) byKey.delete(key);
  return byKey;
}

export function pairRecords(candidate: RecordOutcomes, baseline: RecordOutcomes): Pairing {
  const baselineByKey = indexByKey(baseline);
  const candidateByKey = indexByKey(candidate);
  const pairing: Pairing = { candidate: [], baseline: [], onlyCandidate: 0, onlyBaseline: 0 };
  for (const [key, i] of candidateByKey) {
    const j = baselineByKey.get(key);
    if (j === undefined) continue;
    pairing.candidate.push(i);
    pairing.baseline.push(j);
  }
  pairing.onlyCandidate = candidate.keys.length - pairing.candidate.length;
  pairing.onlyBaseline = baseline.keys.length - pairing.baseline.length;
  return pairing;
}

/** A record as the report names it: its key, and the metric that judged it. */
export function recordName(records: RecordOutcomes, i: number): string {
  const metric = records.metricIndex[i] ?? -1;
  const key = records.keys[i] ?? `#${i}`;
  return metric < 0 ? `record ${key}` : `record ${key} (${records.metrics[metric]})`;
}
