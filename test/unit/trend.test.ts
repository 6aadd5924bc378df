import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CommentApi, IssueComment } from '../../src/report/github/client.ts';
import { COMMENT_BODY_LIMIT, renderReport } from '../../src/report/render.ts';
import { footer } from '../../src/report/footer.ts';
import { markerFor, stampLine, upsertStickyComment } from '../../src/report/github/sticky.ts';
import { renderTrend, sparkline, type TrendPoint } from '../../src/report/trend.ts';
import { readTrend, TREND_MAX_CHARS, TREND_POINTS_KEPT, trendLine, trendPointOf } from '../../src/report/github/trend-data.ts';
import { decideGate } from '../../src/rules/rules.ts';
import { brokenTableRows, liveFindings } from '../helpers/github-render.ts';
import { foreignHtml } from '../helpers/markdown.ts';
import { gateRun, noRules } from '../helpers/runs.ts';

/** An issue's comments in memory, written by the gate's own account. */
function commentsInMemory(): CommentApi & { comments: IssueComment[] } {
  const comments: IssueComment[] = [];
  const at = (i: number) => `2026-01-01T00:00:${String(i).padStart(2, '0')}Z`;
  return {
    comments,
    listComments: async () => comments.map((c) => ({ ...c })),
    createComment: async (body) => {
      const c = {
        id: comments.length + 1,
        body,
        userLogin: 'github-actions[bot]',
        createdAt: at(comments.length),
        htmlUrl: `https://github.com/c/${comments.length + 1}`,
      };
      comments.push(c);
      return c;
    },
    updateComment: async (id, body) => {
      const c = comments.find((x) => x.id === id) as IssueComment;
      c.body = body;
      return c;
    },
    deleteComment: async () => {},
    addLabel: async () => {},
  };
}

const context = { workflowRunUrl: null, commitSha: null } as Parameters<typeof footer>[0];

async function push(api: CommentApi, sha: string, score: number) {
  const gate = decideGate([gateRun({ score, vendorPassed: score >= 70 })], noRules);
  const body = `${renderReport(gate, { name: null, sampleRate: 0 })}\n\n${footer(context, new Date(0))}\n`;
  return upsertStickyComment(api, {
    author: 'github-actions[bot]',
    marker: markerFor('aegis'),
    stamp: null,
    sha,
    body,
    mode: 'always',
    verdict: gate.verdict,
    trend: trendPointOf(gate, sha),
  });
}

const sha = (i: number) => `${i.toString(16).padStart(4, '0')}${'a'.repeat(36)}`;

describe('the trend across pushes', () => {
  it('survives several pushes in the comment and shows them oldest first, the latest kept', async () => {
    const api = commentsInMemory();
    const scores = Array.from({ length: 25 }, (_, i) => 50 + i * 1.5);
    for (const [i, score] of scores.entries()) await push(api, sha(i), score);
    assert.equal(api.comments.length, 1);
    const body = api.comments[0]?.body ?? '';
    const points = readTrend(body);
    assert.equal(points.length, TREND_POINTS_KEPT);
    assert.deepEqual(
      points.map((p) => p.score),
      scores.slice(-TREND_POINTS_KEPT),
    );
    assert.match(body, /<summary>Trend over the last 20 pushes: ▁.*█ 57\.5 → 86<\/summary>/);
    assert.match(body, /```mermaid\nxychart-beta\n/);
    // The section sits above the footer; the stamp stays the second line.
    assert.ok(body.indexOf('</details>', body.indexOf('Trend over')) < body.indexOf('_eval-gate'));
    assert.equal(body.split('\n')[1], stampLine(null, sha(24)));
    // Through GitHub's own renderer: nothing live (no link, mention or SHA link), no table row broken.
    const section = body.slice(body.indexOf('<details>\n<summary>Trend'), body.indexOf('</details>', body.indexOf('Trend over')) + 10);
    assert.deepEqual(liveFindings(section), []);
    assert.deepEqual(brokenTableRows(section), []);
    assert.deepEqual(foreignHtml(body), []);
  });

  it('a re-run of the same commit replaces its point instead of adding one', async () => {
    const api = commentsInMemory();
    await push(api, sha(1), 60);
    await push(api, sha(2), 65);
    await push(api, sha(2), 80);
    assert.deepEqual(
      readTrend(api.comments[0]?.body ?? null).map((p) => p.score),
      [60, 80],
    );
  });

  it('a single push shows no trend yet; one without a score shows its verdicts', () => {
    assert.equal(renderTrend([{ sha: 'abc', score: 1, verdict: 'pass' }]), null);
    const verdicts = renderTrend([
      { sha: 'abc', score: null, verdict: 'error' },
      { sha: 'def', score: null, verdict: 'pass' },
    ]);
    assert.match(verdicts ?? '', /<summary>Trend over the last 2 pushes: ⚠️✅<\/summary>/);
    assert.doesNotMatch(verdicts ?? '', /mermaid/);
    assert.equal(sparkline([1, null, 2, 2]), '▁·██');
    assert.equal(sparkline([5, 5]), '▄▄');
  });

  it('reads back only what it wrote: a tampered or closing line starts afresh', () => {
    const points: TrendPoint[] = [
      { sha: 'abc1234', score: 0.7912964255368653, verdict: 'fail' },
      { sha: 'def5678', score: null, verdict: 'error' },
    ];
    assert.deepEqual(readTrend(`m\ns\n${trendLine(points)}`), points);
    assert.deepEqual(readTrend('<!-- eval-gate-trend: v1 abc:1:pass --> <img src=x> -->'), []);
    assert.deepEqual(readTrend('<!-- eval-gate-trend: v1 xyz:1:pass -->'), []);
    assert.deepEqual(readTrend(null), []);
  });

  it('stays within its size: the trend fits in the room the report leaves under GitHub limit', () => {
    const worst: TrendPoint[] = Array.from({ length: TREND_POINTS_KEPT }, (_, i) => ({
      sha: sha(i).slice(0, 12),
      score: -1.234567890123456e-300 * (i + 1),
      verdict: 'error',
    }));
    const added = trendLine(worst).length + (renderTrend(worst)?.length ?? 0) + 4;
    assert.ok(added <= TREND_MAX_CHARS, `the trend adds ${added} characters`);
    const marker = markerFor('x'.repeat(300));
    const stamp = stampLine({ workflow: 'w'.repeat(300), number: 1e9, attempt: 99 }, 'f'.repeat(40));
    const foot = footer(
      { workflowRunUrl: `https://github.com/${'o'.repeat(100)}/actions/runs/1`, commitSha: 'f'.repeat(40) } as typeof context,
      new Date(),
    );
    assert.ok(COMMENT_BODY_LIMIT + TREND_MAX_CHARS + marker.length + stamp.length + foot.length + 10 < 65_536);
  });
});
