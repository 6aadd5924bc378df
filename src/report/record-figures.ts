// The per-record lines under the baseline table: how the records paired, each
// pass rate with its 95% Wilson interval and n, the records' score change with
// its 95% interval, and the records that flipped, newly failing first.
import { formatP } from '../rules/regression.ts';
import type { Significance } from '../rules/stats/significance.ts';
import type { RateFigure, RecordFigures } from '../rules/stats/record-figures.ts';
import { formatDelta, formatPercent } from '../numbers.ts';
import { breakLinking, escapeInline } from './escape.ts';

const rate = (r: RateFigure | null) =>
  r
    ? `${formatPercent(r.passed / r.n)} (${r.passed} of ${r.n}; 95% CI ${formatPercent(r.interval.low)}–${formatPercent(r.interval.high)})`
    : '—';

function names(label: string, shown: string[], count: number): string | null {
  if (count === 0) return null;
  const more = count - shown.length;
  return `**${label} (${count}):** ${shown.map((name) => escapeInline(name, 120)).join(', ')}${more > 0 ? `, and ${more} more` : ''}`;
}

/** The test of one row, for the table's last column: `p = 0.013 (Wilcoxon signed-rank, 40 pairs)`. */
export function testCell(s: Significance | null | undefined): string {
  if (!s) return '—';
  const size = s.paired ? `${s.n} pair${s.n === 1 ? '' : 's'}` : `${s.n} records, unpaired`;
  return breakLinking(`${formatP(s.worse)} (${s.test}, ${size})`);
}

export function recordLines(r: RecordFigures): string {
  const lines = [
    `**Records:** ${r.paired} paired by key; ${r.onlyCandidate} only in this run, ${r.onlyBaseline} only in the baseline.`,
    `**Pass rate:** this run ${rate(r.candidateRate)}; baseline ${rate(r.baselineRate)}.`,
  ];
  if (r.scoreChange) {
    const interval = r.scoreChange.interval
      ? ` (95% CI ${formatDelta(r.scoreChange.interval.low)} to ${formatDelta(r.scoreChange.interval.high)})`
      : '';
    const how = r.scoreChange.paired ? 'paired records' : 'unpaired: the runs share no record key';
    lines.push(`**Record scores:** mean change ${formatDelta(r.scoreChange.mean)}${interval}, ${how}.`);
  }
  const flips = [names('Newly failing', r.newlyFailing, r.newlyFailingCount), names('Newly passing', r.newlyPassing, r.newlyPassingCount)];
  lines.push(...flips.filter((line): line is string => line !== null));
  if (r.paired > 0 && r.newlyFailingCount + r.newlyPassingCount === 0) lines.push('No paired record flipped.');
  return lines.join('\n\n');
}
