import type { GateDecision, Verdict } from '../../rules/rules.ts';
import { FOOTER_START } from '../footer.ts';
import { renderTrend, type TrendPoint } from '../trend.ts';

/** Pushes the comment remembers; the oldest drop out, so the hidden data stays small. */
export const TREND_POINTS_KEPT = 20;
const PREFIX = '<!-- eval-gate-trend: v1';
const SHA_CHARS = 12;
// Only what we write can be read back: hex SHAs, plain numbers, the three verdicts. Nothing can close the HTML comment.
const POINT = /^([0-9a-f]{1,12}):(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?|-):(pass|fail|error)$/;

/** This run's point: the score only when the gate has a single run (several runs' scores are not on one line). */
export function trendPointOf(gate: GateDecision, commitSha: string | null): TrendPoint | null {
  const sha = (commitSha ?? '')
    .toLowerCase()
    .replace(/[^0-9a-f]/g, '')
    .slice(0, SHA_CHARS);
  if (!sha) return null;
  const score = gate.runs.length === 1 ? (gate.runs[0]?.run.score ?? null) : null;
  return { sha, score: score !== null && Number.isFinite(score) ? score : null, verdict: gate.verdict };
}

/** The points in a comment's hidden trend line; anything unreadable starts the trend afresh rather than failing. */
export function readTrend(body: string | null): TrendPoint[] {
  const line = body?.split('\n').find((l) => l.startsWith(PREFIX) && l.endsWith(' -->'));
  if (!line) return [];
  const points: TrendPoint[] = [];
  for (const token of line.slice(PREFIX.length, -' -->'.length).trim().split(/\s+/)) {
    const match = POINT.exec(token);
    if (!match) return [];
    points.push({ sha: match[1] ?? '', score: match[2] === '-' ? null : Number(match[2]), verdict: match[3] as Verdict });
  }
  return points.slice(-TREND_POINTS_KEPT);
}

/** The trend after this run: a re-run of the same commit replaces its point instead of adding one. */
export function nextTrend(previous: TrendPoint[], current: TrendPoint): TrendPoint[] {
  const kept = previous.at(-1)?.sha === current.sha ? previous.slice(0, -1) : previous;
  return [...kept, current].slice(-TREND_POINTS_KEPT);
}

/** The hidden line that carries the trend to the next push. */
export function trendLine(points: TrendPoint[]): string {
  return `${PREFIX} ${points.map((p) => `${p.sha}:${p.score === null ? '-' : String(p.score)}:${p.verdict}`).join(' ')} -->`;
}

/** The most the trend adds to a comment (its hidden line and its section); render.ts leaves this much room. */
export const TREND_MAX_CHARS = 4000;

/** The comment body with the trend: the hidden line that carries it, and its section just above the footer. */
export function withTrend(body: string, previousBody: string | null, point: TrendPoint): { dataLine: string; body: string } {
  const points = nextTrend(readTrend(previousBody), point);
  const section = renderTrend(points);
  if (!section) return { dataLine: trendLine(points), body };
  const footerAt = body.lastIndexOf(`\n\n${FOOTER_START}`);
  const at = footerAt === -1 ? body.length : footerAt;
  return { dataLine: trendLine(points), body: `${body.slice(0, at)}\n\n${section}${body.slice(at)}` };
}
