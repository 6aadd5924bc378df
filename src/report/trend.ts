import { formatScore } from '../numbers.ts';
import { escapeInline } from './escape.ts';
import { MARK, table } from './table.ts';
import type { Verdict } from '../rules/rules.ts';

/** One push of the PR as the trend keeps it: its commit, the gate's score (when one run has one) and its verdict. */
export interface TrendPoint {
  sha: string;
  score: number | null;
  verdict: Verdict;
}

const BARS = '▁▂▃▄▅▆▇█';

/** A sparkline of the scores, oldest first; `·` for a push without a score. */
export function sparkline(scores: Array<number | null>): string {
  const known = scores.filter((s): s is number => s !== null);
  const low = Math.min(...known);
  const span = Math.max(...known) - low;
  return scores.map((s) => (s === null ? '·' : BARS[span === 0 ? 3 : Math.round(((s - low) / span) * (BARS.length - 1))])).join('');
}

/** A mermaid xychart GitHub draws; where it does not, the sparkline and table beside it say the same. */
function chart(points: TrendPoint[]): string | null {
  const scored = points.filter((p) => p.score !== null);
  if (scored.length < 2) return null;
  const labels = scored.map((p) => `"${p.sha.slice(0, 7)}"`).join(', ');
  const values = scored.map((p) => formatScore(p.score ?? 0)).join(', ');
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Score by push"',
    `  x-axis [${labels}]`,
    '  y-axis "Score"',
    `  line [${values}]`,
    '```',
  ].join('\n');
}

/**
 * The trend across the PR's pushes, oldest first, folded: the summary line
 * reads alone (sparkline, first and last score), the chart and the table are
 * inside. Null until there are two pushes to compare.
 */
export function renderTrend(points: TrendPoint[]): string | null {
  if (points.length < 2) return null;
  const scores = points.map((p) => p.score);
  const known = scores.filter((s): s is number => s !== null);
  const range = known.length > 0 ? ` ${formatScore(known[0] ?? 0)} → ${formatScore(known.at(-1) ?? 0)}` : '';
  const line = known.length > 0 ? `${sparkline(scores)}${range}` : points.map((p) => MARK[p.verdict]).join('');
  const rows = points.map((p, i) => [
    String(i + 1),
    escapeInline(p.sha.slice(0, 7), 12),
    p.score === null ? '—' : escapeInline(formatScore(p.score), 40),
    `${MARK[p.verdict]} ${p.verdict}`,
  ]);
  const parts = [`<details>`, `<summary>Trend over the last ${points.length} pushes: ${line}</summary>`, ''];
  const drawn = chart(points);
  if (drawn) parts.push(drawn, '');
  parts.push(table(['Push', 'Commit', 'Score', 'Verdict'], rows), '', '</details>');
  return parts.join('\n');
}
