import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { GateRun } from '../../src/model.ts';
import { onKnownHost } from '../../src/inputs/base-url.ts';
import { renderReport } from '../../src/report/render.ts';
import { type Baseline, decideGate } from '../../src/rules/rules.ts';
import { brokenTableRows, liveFindings } from '../helpers/github-render.ts';
import { HOSTILE, hostileString } from '../helpers/hostile.ts';
import { gateRun } from '../helpers/runs.ts';

const OUR_LINK = 'https://app.example.com/runs/1';

/** Every vendor field that reaches the report, each from the hostile corpus. */
const FIELDS = [
  'runId',
  'label',
  'value',
  'metric',
  'error',
  'recordName',
  'message',
  'prompt',
  'gap',
  'problem',
  'url',
  'metric2',
  'detail2',
] as const;
const hostileFields = fc.record(
  Object.fromEntries(FIELDS.map((f) => [f, hostileString])) as Record<(typeof FIELDS)[number], typeof hostileString>,
);

const hostileRun = fc
  .record({
    t: hostileFields,
    status: fc.constantFrom('completed', 'failed', 'error' as const),
    records: fc.integer({ min: 0, max: 60 }),
    score: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ t, status, records, score }): GateRun =>
    gateRun({
      runId: t.runId,
      status,
      score,
      // As a provider hands it over: only a link on the vendor's known web host (onKnownHost).
      url: onKnownHost(records % 2 === 0 ? OUR_LINK : t.url, ['app.example.com']),
      vendorError: status === 'failed' ? t.error : null,
      problem: status === 'error' ? t.problem : null,
      vendorPassed: status === 'completed' ? null : false,
      verdictGap: t.gap,
      details: [
        { label: t.label, value: t.value },
        { label: t.metric2, value: t.detail2 },
      ],
      metrics: [
        { name: t.metric, score, threshold: 0.5, passed: score > 0.5 },
        { name: t.metric2, score: 0.1234567, threshold: null, passed: null },
      ],
      failures: Array.from({ length: records }, (_, i) => ({
        name: `${t.recordName}${i}`,
        metric: t.metric,
        score,
        threshold: 0.5,
        message: t.message,
        prompt: t.prompt,
      })),
      failureCount: records * 3,
    }),
  );

const scenario = fc.record({
  runs: fc.array(hostileRun, { minLength: 1, maxLength: 3 }),
  name: fc.option(hostileString),
  metricNames: fc.array(hostileString, { maxLength: 2 }),
  baselineId: hostileString,
  baselineProblem: hostileString,
  baselineRead: fc.boolean(),
  limit: fc.integer({ min: 2500, max: 64_000 }),
});

// Markdown where GitHub looks for math: not code blocks, not our raw HTML (where `$` is plain, as GitHub's docs use `<span>$</span>`).
const mathScope = (markdown: string) => markdown.replace(/^(`{3,})text\n[\s\S]*?\n\1$/gm, '').replace(/^<summary>.*$/gm, '');

describe('the report, as GitHub renders and post-processes it', () => {
  it('the checks see what GitHub would make live, in raw vendor text', () => {
    const raw = `x ${HOSTILE.join(' ')}`;
    const kinds = new Set(liveFindings(raw).map((f) => f.split(':')[0]));
    for (const kind of [
      'element',
      'link',
      'mention',
      'reference',
      'GH reference',
      'commit SHA',
      'emoji shortcode',
      'invisible character',
      'lone surrogate',
    ])
      assert.ok(kinds.has(kind), kind);
    assert.notDeepEqual(brokenTableRows('| a | b |\n| --- | --- |\n| a|b | c |'), []);
  });

  it('property: hostile vendor fields, run ids, name and metric names never link, mention, embed or break a table; every cut is announced', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const [first] = s.runs;
        const baseline: Baseline = {
          runId: s.baselineId,
          run: s.baselineRead && first ? first : null,
          problem: s.baselineRead ? null : s.baselineProblem,
        };
        const config = {
          threshold: null,
          minPassRate: null,
          metricThresholds: s.metricNames.map((metric) => ({ metric, min: 0.5 })),
          sampleRate: 1,
          maxRegression: 0.1,
        };
        const gate = decideGate(s.runs, config, baseline);
        const markdown = renderReport(gate, { name: s.name, sampleRate: 1, limit: s.limit });
        assert.deepEqual(
          liveFindings(markdown, (href) => href === OUR_LINK),
          [],
        );
        assert.deepEqual(brokenTableRows(markdown), []);
        const dollar = /(?<!\\)\$.{0,60}/.exec(mathScope(markdown));
        assert.equal(dollar, null, `math: ${dollar?.[0]}`);
        assert.ok(markdown.length <= s.limit, `${markdown.length} > ${s.limit}`);
        assert.ok(markdown.includes('| Run |') || markdown.includes('The run table was left out'), 'run table');
        const details = (markdown.match(/^### (Rules|Run )/gm) ?? []).length;
        assert.ok(details === s.runs.length || /rules and metrics of \d+ run\(s\) were left out/.test(markdown), 'details');
        const failing = s.runs.filter((r) => r.failureCount > 0).length;
        const records = (markdown.match(/Failing records of run /g) ?? []).length;
        assert.ok(records === failing || /failing records of \d+ run\(s\) were left out/.test(markdown), 'records');
      }),
      { numRuns: 200 },
    );
  });
});
