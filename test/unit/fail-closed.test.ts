// The fail-closed property suite (issue 13): every vendor's documented passing
// payload, with one field mutated at a time. The oracle is the vendor's
// field-role table: a corrupted field that decides is never a pass, a
// corrupted display field never changes one. In-process: adapters and rules.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { avidoCounts, avidoRun } from '../../sim/fixtures/avido.ts';
import { runtypeGroup, runtypeResults } from '../../sim/fixtures/runtype.ts';
import { TIMELINES } from '../../sim/timelines.ts';
import type { ProviderName } from '../../src/model.ts';
import { AEGIS_FIELDS } from '../fields/aegis-fields.ts';
import { AVIDO_COUNTS_FIELDS, AVIDO_CURRENT_FIELDS, AVIDO_FIELDS } from '../fields/avido-fields.ts';
import { eigenpalExperiment } from '../../sim/fixtures/eigenpal.ts';
import { EIGENPAL_EXPERIMENT_FIELDS, EIGENPAL_FIELDS } from '../fields/eigenpal-fields.ts';
import { type FieldSpec, type FieldTable, RULE_MODES, type RuleMode } from '../fields/field-roles.ts';
import { HUMANLOOP_FIELDS } from '../fields/humanloop-fields.ts';
// Eigenpal's evaluator scores (GET /runs/{id}/scores) and the commit its runs record (issue 23).
import { EIGENPAL_SCORES_FIELDS } from '../fields/eigenpal-scores-fields.ts';
import { EIGENPAL_COMMIT, eigenpalRun, eigenpalScore, eigenpalScores } from '../../sim/fixtures/eigenpal.ts';
import { providerFor } from '../../src/providers/index.ts';
import { RUNTYPE_FIELDS } from '../fields/runtype-fields.ts';
import type { RuleConfig } from '../../src/rules/rules.ts';
import { judge, type Outcome, type Payload } from '../helpers/judge.ts';
import { noRules } from '../helpers/runs.ts';
import { DELETE, fixedMutations, getAt, type Mutation, randomMutation, setAt } from '../helpers/mutate.ts';

interface VendorCase {
  name: string;
  vendor: ProviderName;
  table: FieldTable;
  payload: () => Payload;
  /** Rules set in every mode: Eigenpal's cases pin the code (the ref input), so its provenance decides too. */
  rules?: Partial<RuleConfig>;
}

const humanloopStats = () => {
  const step = TIMELINES.humanloop.extraRoutes?.('991')['/v5/evaluations/991/stats']?.[0];
  return step && 'json' in step ? step.json : undefined;
};

const CASES: VendorCase[] = [
  { name: 'aegis', vendor: 'aegis', table: AEGIS_FIELDS, payload: () => ({ body: TIMELINES.aegis.passed() }) },
  {
    name: 'eigenpal',
    vendor: 'eigenpal',
    table: EIGENPAL_FIELDS,
    payload: () => ({ body: TIMELINES.eigenpal.passed() }),
    rules: { ref: EIGENPAL_COMMIT.slice(0, 7) },
  },
  {
    name: 'eigenpal (scores)',
    vendor: 'eigenpal',
    table: EIGENPAL_SCORES_FIELDS,
    payload: () => ({
      body: eigenpalRun({ noEval: true }),
      stats: eigenpalScores(eigenpalScore('accuracy', { score: 0.9 }), eigenpalScore('faithfulness', { score: 0.85 })),
    }),
    rules: { ref: EIGENPAL_COMMIT },
  },
  {
    name: 'eigenpal (experiment)',
    vendor: 'eigenpal',
    table: EIGENPAL_EXPERIMENT_FIELDS,
    payload: () => ({ body: eigenpalExperiment(), runId: 'experiment:workflows.invoice-extractor:exp_1' }),
    rules: { ref: EIGENPAL_COMMIT },
  },
  { name: 'avido', vendor: 'avido', table: AVIDO_CURRENT_FIELDS, payload: () => ({ body: TIMELINES.avido.passed() }) },
  { name: 'avido (older flat run)', vendor: 'avido', table: AVIDO_FIELDS, payload: () => ({ body: TIMELINES.avido.legacy?.passed() }) },
  {
    name: 'avido (intermediate counts)',
    vendor: 'avido',
    table: AVIDO_COUNTS_FIELDS,
    payload: () => ({ body: { ...avidoRun(undefined, avidoCounts(4, 0, 4)), evals: undefined } }),
  },
  {
    name: 'runtype',
    vendor: 'runtype',
    table: RUNTYPE_FIELDS,
    // Four records, each field of each mutated: the simulator's fifty say no more and take twelve times as long.
    payload: () => ({ body: runtypeResults('completed', 4, 0, 4), stats: runtypeGroup('991', 0.92) }),
  },
  {
    name: 'humanloop',
    vendor: 'humanloop',
    table: HUMANLOOP_FIELDS,
    payload: () => ({ body: TIMELINES.humanloop.passed(), stats: humanloopStats() }),
  },
];

/** The rules of each mode, tight on the passing payload: its own score as the threshold, its own pass rate as the minimum. */
async function modesOf(c: VendorCase): Promise<Map<RuleMode, RuleConfig>> {
  const provider = await providerFor(c.vendor);
  const { body, stats } = c.payload();
  let base = provider.parse(body, c.payload().runId);
  if (provider.enrich)
    base = await provider.enrich(base, {
      getJson: async (_path, parse) => (parse ? parse(stats) : stats),
      getJsonOnce: async () => null,
      needsScores: true,
      needsMetrics: true,
      runId: '991',
      baseUrl: 'https://api.humanloop.com/v5',
      lastBody: body,
    });
  const rules = { ...noRules, ...c.rules };
  const modes = new Map<RuleMode, RuleConfig>([['vendor', rules]]);
  if (base.score !== null) modes.set('threshold', { ...rules, threshold: base.score });
  if (base.passRate !== null) modes.set('pass-rate', { ...rules, minPassRate: base.passRate });
  const metric = base.metrics.find((m) => m.score !== null);
  if (metric) modes.set('metric', { ...rules, metricThresholds: [{ metric: metric.name, min: metric.score ?? 0 }] });
  return modes;
}

function mutated(c: VendorCase, spec: FieldSpec, value: unknown): Payload {
  const payload = c.payload();
  const [target, path] = spec.path.startsWith('stats:') ? (['stats', spec.path.slice(6)] as const) : (['body', spec.path] as const);
  return { ...payload, [target]: setAt(payload[target], path, value) };
}

/** What the oracle says of one mutation in one mode: null when anything goes. */
function expected(spec: FieldSpec, mutation: Mutation, mode: RuleMode): 'pass' | 'not pass' | null {
  if (spec.role === 'display' || (spec.readIn && !spec.readIn.includes(mode))) return 'pass';
  // An optional field left out: the adapter falls back on another (as Eigenpal's status on `finished`).
  if (mutation.value === DELETE && mutation.documented) return null;
  if (!mutation.documented) return 'not pass';
  return spec.decidesIn.includes(mode) ? 'not pass' : null;
}

/** A failure to read names the field, what was expected and what was given; never "expected number, got number". */
function assertNamesTheField(spec: FieldSpec, outcome: Outcome): void {
  if (outcome.verdict !== 'error') return;
  const root = spec.path.replace(/^stats:/, '').split(/[.[]/)[0] ?? '';
  assert.ok(outcome.message.includes(root), `"${outcome.message}" should name ${root}`);
  assert.match(outcome.message, /fields? "/);
  assert.doesNotMatch(outcome.message, /expected (\w+), got \1\b/);
}

async function check(c: VendorCase, modes: Map<RuleMode, RuleConfig>, spec: FieldSpec, mutation: Mutation): Promise<string[]> {
  const problems: string[] = [];
  for (const [mode, rules] of modes) {
    const want = expected(spec, mutation, mode);
    if (want === null) continue;
    const outcome = await judge(c.vendor, mutated(c, spec, mutation.value), rules);
    const ok = want === 'pass' ? outcome.verdict === 'pass' : outcome.verdict !== 'pass';
    if (!ok) problems.push(`${spec.path} ${mutation.label} (${mode}): ${outcome.verdict}, expected ${want}: ${outcome.message}`);
    else if (want === 'not pass') assertNamesTheField(spec, outcome);
  }
  return problems;
}

for (const c of CASES) {
  describe(`fail closed: ${c.name}`, () => {
    it('the documented passing payload passes in every mode, so each mutation below is measured against a pass', async () => {
      const modes = await modesOf(c);
      for (const [mode, rules] of modes) assert.equal((await judge(c.vendor, c.payload(), rules)).verdict, 'pass', mode);
      assert.ok(modes.size >= 2, 'at least the vendor verdict and a threshold');
    });

    it('no fixed mutation of a field that decides is a pass; none of a display field changes the pass', async () => {
      const modes = await modesOf(c);
      const problems: string[] = [];
      for (const spec of c.table.fields) {
        const current = getAt(spec.path.startsWith('stats:') ? c.payload().stats : c.payload().body, spec.path.replace(/^stats:/, ''));
        assert.notEqual(current, undefined, `${spec.path} is in the passing payload`);
        const changes = fixedMutations(spec, current).filter((m) => !Object.is(m.value, current));
        for (const mutation of changes) problems.push(...(await check(c, modes, spec, mutation)));
      }
      assert.deepEqual(problems, []);
    });

    it('property: random wrong values of any field never pass where the field decides, never fail a display field', async () => {
      const modes = await modesOf(c);
      const specs = c.table.fields;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...specs).chain((spec) => randomMutation(spec).map((mutation) => ({ spec, mutation }))),
          async ({ spec, mutation }) => assert.deepEqual(await check(c, modes, spec, mutation), []),
        ),
        { numRuns: 400 },
      );
    });

    it('contradicting fields are never a pass, in any mode', async () => {
      const modes = await modesOf(c);
      for (const contradiction of c.table.contradictions) {
        let payload = c.payload();
        for (const [path, value] of Object.entries(contradiction.set)) {
          payload = path.startsWith('stats:')
            ? { ...payload, stats: setAt(payload.stats, path.slice(6), value) }
            : { ...payload, body: setAt(payload.body, path, value) };
        }
        for (const [mode, rules] of modes) {
          if (contradiction.readIn && !contradiction.readIn.includes(mode)) continue;
          const outcome = await judge(c.vendor, payload, rules);
          assert.notEqual(outcome.verdict, 'pass', `${contradiction.why} (${mode}): ${outcome.message}`);
        }
      }
    });

    it('a body that is not an object is an error', async () => {
      for (const body of [null, [], 'ok', 1, true]) {
        const outcome = await judge(c.vendor, { ...c.payload(), body }, { ...noRules, ...c.rules });
        assert.equal(outcome.verdict, 'error', JSON.stringify(body));
      }
    });
  });
}

describe('the field-role tables', () => {
  it('list every mode a deciding field decides in among the known modes, and cite a source', () => {
    for (const c of CASES) {
      for (const spec of c.table.fields) {
        assert.ok(spec.source.length > 10, `${c.name} ${spec.path} cites its source`);
        for (const mode of spec.decidesIn) assert.ok(RULE_MODES.includes(mode));
        if (spec.role === 'display') assert.deepEqual(spec.decidesIn, [], `${c.name} ${spec.path}: a display field decides nothing`);
      }
    }
  });
});
