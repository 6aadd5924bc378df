import { createHash } from 'node:crypto';

const TWO_POW_52 = 2 ** 52;

/**
 * A rank in [0, 1) that depends only on vendor and run id, so `sample-rate`
 * picks the same runs on every re-run and means the same for every vendor.
 * The first 52 bits of SHA-256 fit a double exactly.
 */
export function derivedSampleRank(vendor: string, runId: string): number {
  const digest = createHash('sha256').update(`${vendor}:${runId}`).digest();
  const high = digest.readUInt32BE(0);
  const low = digest.readUInt32BE(4) >>> 12;
  return (high * 2 ** 20 + low) / TWO_POW_52;
}
