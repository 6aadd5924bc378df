// "Did you mean …?" for a name the user gave that the vendor does not use.

/** Edits from one text to another: insert, delete, substitute, or swap two neighbours (the optimal string alignment distance). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const above = rows[i - 1] ?? [];
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/** Names shorter than this are too short to say which name was meant. */
const MIN_LENGTH = 3;
/**
 * Longer names are not typed by hand, and the distance costs the product of the
 * lengths: past this only containment counts, so a vendor's long (or hostile)
 * metric name costs nothing.
 */
const MAX_TYPO_LENGTH = 64;

/**
 * The name among `names` the user most likely meant by `given`: one that holds
 * the other (`faithfulness` for `faith`), else one a few typos away (a third
 * of the longer name's letters at most), ignoring case; null when none is close.
 */
export function closestName(given: string, names: readonly string[]): string | null {
  const wanted = given.toLowerCase();
  if (wanted.length < MIN_LENGTH) return null;
  const scored = names.map((name) => {
    const have = name.toLowerCase();
    const contains = have.length >= MIN_LENGTH && (have.includes(wanted) || wanted.includes(have));
    const limit = Math.floor(Math.max(wanted.length, have.length) / 3);
    // The lengths' difference is a floor of the distance: a name that far off is not computed.
    const typo = Math.max(wanted.length, have.length) <= MAX_TYPO_LENGTH && Math.abs(wanted.length - have.length) <= limit;
    const distance = typo ? editDistance(wanted, have) : Number.POSITIVE_INFINITY;
    const close = distance <= limit;
    return { name, rank: contains ? 0 : close ? 1 : 2, distance };
  });
  const best = scored.filter((s) => s.rank < 2).sort((a, b) => a.rank - b.rank || a.distance - b.distance)[0];
  return best?.name ?? null;
}
