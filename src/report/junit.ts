import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { GateRun } from '../model.ts';
import { formatPair, formatScore } from '../numbers.ts';
import { providerLabel } from '../providers/index.ts';
import type { Check, GateDecision, Outcome, RunVerdict } from '../rules/rules.ts';
import { escapeXml } from './escape.ts';
import { redact } from '../redact.ts';

/**
 * JUnit XML as Jenkins, GitLab, CircleCI, Azure and GitHub's test reporters
 * read it (the Jenkins xunit junit-10.xsd, after Surefire's): one test suite
 * per run; a test case per rule, per metric and per failing record. The rule
 * cases add up to the verdict (a failure for fail, an error for could not
 * decide); metrics and records are what the vendor says of them, so a gate with
 * a min-pass-rate can pass with failing records listed.
 */

interface Case {
  name: string;
  group: 'rules' | 'metrics' | 'records' | 'budgets';
  outcome: Outcome;
  message: string;
}

/** Every line of the file starts with our own tag: text content keeps its newlines as `&#10;`. */
const attr = (name: string, value: string | number): string => ` ${name}="${escapeXml(String(value))}"`;

function outcomeOf(passed: boolean | null): Case['outcome'] {
  return passed === null ? 'skipped' : passed ? 'pass' : 'fail';
}

function casesOf({ run, decision }: RunVerdict): Case[] {
  const cases: Case[] = decision.checks.map((c) => ({ name: c.rule, group: 'rules', outcome: c.outcome, message: c.detail }));
  for (const m of run.metrics) {
    const figures =
      m.score !== null && m.threshold !== null ? formatPair(m.score, m.threshold).join(', threshold ') : formatNullable(m.score);
    const said = m.passed === null ? 'the vendor gives no pass or fail for it' : m.passed ? 'passes' : 'fails';
    cases.push({ name: `metric ${m.name}`, group: 'metrics', outcome: outcomeOf(m.passed), message: `score ${figures}: ${said}` });
  }
  for (const r of run.failures) {
    const figures =
      r.score === null ? '' : `score ${r.threshold === null ? formatScore(r.score) : formatPair(r.score, r.threshold).join(' < ')}`;
    const message = [r.metric ? `metric ${r.metric}` : null, figures || null, r.message].filter(Boolean).join(': ');
    cases.push({ name: r.name, group: 'records', outcome: 'fail', message: message || 'the vendor reports this record failed' });
  }
  return cases;
}

const formatNullable = (value: number | null): string => (value === null ? 'none' : formatScore(value));

function testCase(c: Case, classname: string): string {
  const open = `<testcase${attr('name', c.name)}${attr('classname', `${classname}.${c.group}`)} time="0"`;
  if (c.outcome === 'pass') return `    ${open}/>`;
  // A warn-on rule that did not hold: a passing case that says so, as CI test reporters show output.
  if (c.outcome === 'warning') return `    ${open}><system-out>${escapeXml(`warning: ${c.message}`)}</system-out></testcase>`;
  const element = c.outcome === 'fail' ? 'failure' : c.outcome === 'error' ? 'error' : 'skipped';
  const body = `<${element}${attr('message', c.message)}${attr('type', c.group)}>${escapeXml(c.message)}</${element}>`;
  return `    ${open}>${body}</testcase>`;
}

function properties(run: GateRun, v: RunVerdict): string[] {
  const values: Array<[string, string | number | null]> = [
    ['eval-gate.verdict', v.decision.verdict],
    ['eval-gate.reason', v.decision.reason],
    ['eval-gate.status', run.status],
    ['eval-gate.score', run.score],
    ['eval-gate.threshold', v.decision.thresholdApplied],
    ['eval-gate.pass-rate', run.passRate],
    ['eval-gate.failing-records', run.failureCount],
    ['eval-gate.run-url', run.url],
  ];
  const shown = values.filter((entry): entry is [string, string | number] => entry[1] !== null);
  return [
    '    <properties>',
    ...shown.map(([name, value]) => `      <property${attr('name', name)}${attr('value', value)}/>`),
    '    </properties>',
  ];
}

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
}

function suiteOf(name: string, classname: string, cases: Case[], seconds: string, head: string[] = []): Suite {
  const count = (outcome: Case['outcome']) => cases.filter((c) => c.outcome === outcome).length;
  const open = `  <testsuite${attr('name', name)}${attr('tests', cases.length)}${attr('failures', count('fail'))}${attr('errors', count('error'))}${attr('skipped', count('skipped'))} time="${seconds}">`;
  const xml = [open, ...head, ...cases.map((c) => testCase(c, classname)), '  </testsuite>'].join('\n');
  return { xml, tests: cases.length, failures: count('fail'), errors: count('error') };
}

function testSuite(v: RunVerdict): Suite {
  const { run } = v;
  const seconds = ((run.durationMs ?? 0) / 1000).toFixed(3);
  return suiteOf(
    `${providerLabel(run.provider)} run ${run.runId}`,
    `eval-gate.${run.provider}.${run.runId}`,
    casesOf(v),
    seconds,
    properties(run, v),
  );
}

/** The budgets, measured over every run: a suite of their own. */
function budgetSuite(budgets: Check[]): Suite {
  const cases: Case[] = budgets.map((c) => ({ name: c.rule, group: 'budgets', outcome: c.outcome, message: c.detail }));
  return suiteOf('eval-gate budgets', 'eval-gate', cases, '0.000');
}

/** The whole file: `<testsuites>` named after the gate and its verdict. */
export function junitXml(gate: GateDecision, options: { name: string | null }): string {
  const budgets = gate.budgets ?? [];
  const suites = [...gate.runs.map(testSuite), ...(budgets.length > 0 ? [budgetSuite(budgets)] : [])];
  const sum = (key: 'tests' | 'failures' | 'errors') => suites.reduce((total, s) => total + s[key], 0);
  const name = `eval-gate${options.name ? `: ${options.name}` : ''}`;
  const seconds = (Math.max(0, ...gate.runs.map((v) => v.run.durationMs ?? 0)) / 1000).toFixed(3);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attr('name', name)}${attr('tests', sum('tests'))}${attr('failures', sum('failures'))}${attr('errors', sum('errors'))} time="${seconds}">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
  ].join('\n');
}

/** Writes the JUnit file where the `junit` input says (relative to the workspace); returns the absolute path. */
export async function writeJunitFile(path: string, gate: GateDecision, options: { name: string | null }): Promise<string> {
  const absolute = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), path);
  await mkdir(dirname(absolute), { recursive: true });
  await writeFile(absolute, `${redact(junitXml(gate, options))}\n`, 'utf8');
  return absolute;
}
