import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { InputError } from '../../src/errors.ts';
import { type InputName, parseInputs, reportSettingsOf } from '../../src/inputs/inputs.ts';

const base: Partial<Record<InputName, string>> = { provider: 'aegis', 'run-id': '991', 'api-key': 'sk_test' };
const parse = (over: Partial<Record<InputName, string>> = {}) => parseInputs((name) => ({ ...base, ...over })[name] ?? '');

function rejects(over: Partial<Record<InputName, string>>, message: string | RegExp) {
  assert.throws(
    () => parse(over),
    (error: unknown) => {
      assert.ok(error instanceof InputError);
      if (typeof message === 'string') assert.equal(error.message, message);
      else assert.match(error.message, message);
      return true;
    },
  );
}

describe('inputs', () => {
  it('reads the budgets (a duration as timeout takes one) and warn-on, and names what each expected', () => {
    const s = parse({
      'max-cost': '$2.50',
      'max-duration': '90',
      'max-p95-latency': '1.5s',
      'max-tokens': '2_000_000',
      'warn-on': 'Max-Cost,\nthreshold',
    });
    assert.deepEqual(
      [s.maxCostUsd, s.maxDurationMs, s.maxP95LatencyMs, s.maxTokens, s.warnOn],
      [2.5, 90_000, 1500, 2_000_000, ['max-cost', 'threshold']],
    );
    assert.deepEqual([parse().maxCostUsd, parse().maxTokens, parse().warnOn], [null, null, []]);
    rejects({ 'max-cost': '-1' }, 'max-cost: expected US dollars over all gated runs, 0 or more, such as 2.50, got "-1"');
    rejects({ 'max-duration': '0' }, 'max-duration: expected a duration such as 250ms, 45s, 10m, 1h or bare seconds, got "0"');
    rejects({ 'max-p95-latency': 'fast' }, /^max-p95-latency: expected a duration .* got "fast"$/);
    rejects({ 'max-tokens': '1.5' }, 'max-tokens: expected a whole number of tokens, 1 or more, such as 2000000, got "1.5"');
    rejects({ 'warn-on': 'max cost' }, /^warn-on: expected rule names separated by commas or newlines, .* got "max cost"$/);
  });

  it('applies the defaults of action.yml', () => {
    const s = parse();
    assert.equal(s.provider, 'aegis');
    assert.deepEqual(s.runIds, ['991']);
    assert.equal(s.timeoutMs, 30 * 60_000);
    assert.equal(s.pollIntervalMs, 2500);
    assert.equal(s.sampleRate, 0);
    assert.equal(s.failOn, 'fail');
    assert.equal(s.comment, 'always');
    assert.equal(s.threshold, null);
    assert.equal(s.baseUrl, null);
  });

  it('names the input, what was expected and what was given', () => {
    rejects({ threshold: 'eighty' }, 'threshold: expected a number, got "eighty"');
    rejects({ provider: 'openai' }, 'provider: expected one of aegis, eigenpal, avido, runtype, humanloop, got "openai"');
    rejects({ timeout: 'soon' }, /^timeout: expected a duration such as 250ms, 45s, 10m, 1h or bare seconds, got "soon"$/);
    rejects({ 'fail-on': 'always' }, 'fail-on: expected fail or never, got "always"');
    rejects({ comment: 'sometimes' }, 'comment: expected always, on-failure, never or aggregate, got "sometimes"');
    rejects({ 'min-pass-rate': '120%' }, /^min-pass-rate: expected a fraction .* got "120%"$/);
    rejects({ 'run-id': ' , \n' }, /^run-id: expected one or more run ids/);
  });

  it('never echoes the api key', () => {
    rejects({ 'api-key': '' }, 'api-key: required, got an empty value');
  });

  it('parses durations, fractions and lists', () => {
    assert.equal(parse({ timeout: '250ms' }).timeoutMs, 250);
    assert.equal(parse({ timeout: '45' }).timeoutMs, 45_000);
    assert.equal(parse({ timeout: '1h' }).timeoutMs, 3_600_000);
    assert.equal(parse({ 'min-pass-rate': '95%' }).minPassRate, 0.95);
    assert.equal(parse({ 'min-pass-rate': '0.975' }).minPassRate, 0.975);
    assert.deepEqual(parse({ 'run-id': '1\n\n2, 3\n1' }).runIds, ['1', '2', '3']);
    assert.deepEqual(parse({ 'metric-thresholds': 'faith: 80\nans_corr>=70.5' }).metricThresholds, [
      { metric: 'faith', min: 80 },
      { metric: 'ans_corr', min: 70.5 },
    ]);
    assert.equal(parse({ threshold: '88.25' }).threshold, 88.25);
  });

  it('accepts https base URLs and http only on loopback', () => {
    assert.equal(parse({ 'base-url': 'https://eu.example.com/api/v1/' }).baseUrl, 'https://eu.example.com/api/v1');
    assert.equal(parse({ 'base-url': 'http://127.0.0.1:8080/v1' }).baseUrl, 'http://127.0.0.1:8080/v1');
    assert.equal(parse({ 'base-url': 'http://localhost:3000' }).baseUrl, 'http://localhost:3000');
    assert.equal(parse({ 'base-url': 'http://[::1]:3000' }).baseUrl, 'http://[::1]:3000');
    rejects({ 'base-url': 'http://api.example.com' }, /^base-url: expected an https URL/);
    rejects({ 'base-url': 'https://user:pw@api.example.com' }, /^base-url: expected an https URL/);
    rejects({ 'base-url': 'http://127.0.0.1.evil.com' }, /^base-url: expected/);
    rejects({ 'base-url': 'ftp://example.com' }, /^base-url: expected/);
  });

  it('reads pr-number and commit-status', () => {
    assert.equal(parse().prNumber, null);
    assert.equal(parse().commitStatus, 'auto');
    assert.equal(parse({ 'pr-number': '42' }).prNumber, 42);
    assert.equal(parse({ 'pr-number': '#42' }).prNumber, 42);
    assert.equal(parse({ 'commit-status': 'never' }).commitStatus, 'never');
    rejects({ 'pr-number': '0' }, 'pr-number: expected a pull-request number such as 42, got "0"');
    rejects({ 'pr-number': '4.2' }, /^pr-number: expected/);
    rejects({ 'commit-status': 'yes' }, 'commit-status: expected auto, always or never, got "yes"');
  });

  it('refuses a run id of dots alone, which would walk up the URL path', () => {
    rejects({ 'run-id': '..' }, /^run-id: expected one or more run ids/);
    rejects({ 'baseline-run-id': '.' }, /^baseline-run-id: expected one run id/);
    assert.deepEqual(parse({ 'run-id': 'v1.2' }).runIds, ['v1.2']);
  });
});

describe('run-id-file', () => {
  const file = (text: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'eval-gate-ids-')), 'run-id');
    writeFileSync(path, text);
    return path;
  };

  it('reads the ids from the file, as run-id would', () => {
    assert.deepEqual(parse({ 'run-id': '', 'run-id-file': file('b1\nb2\n') }).runIds, ['b1', 'b2']);
  });

  it('names the input and the problem: both set, missing file, bad content, too big', () => {
    rejects({ 'run-id-file': file('b1') }, 'run-id, run-id-file: expected one of them, got both');
    rejects(
      { 'run-id': '', 'run-id-file': '/nonexistent/run-id' },
      /^run-id-file: expected a readable file of run ids, got "\/nonexistent\/run-id" \(ENOENT/,
    );
    const bad = file('../admin; curl evil.example');
    rejects(
      { 'run-id': '', 'run-id-file': bad },
      `run-id-file: expected one or more run ids (letters, digits, . _ : ~ -) separated by newlines or commas in ${JSON.stringify(bad)}, got "../admin; curl evil.example"`,
    );
    rejects({ 'run-id': '', 'run-id-file': file('x'.repeat(70_000)) }, /^run-id-file: expected a readable file.*over 65536/);
  });
});

describe('the settings the report side gets', () => {
  it('hold everything but the vendor key', () => {
    const settings = parse();
    assert.ok(settings.apiKey.length > 0);
    const shown = reportSettingsOf(settings);
    assert.ok(!('apiKey' in shown));
    assert.ok(!JSON.stringify(shown).includes(settings.apiKey));
    assert.equal(shown.provider, settings.provider);
  });
});

describe('repeats and confirm-failures', () => {
  const start = { 'run-id': '', start: '{"dataset_id": 7}' };
  it('read with start: a whole number of runs from 1 to 10, and true or false', () => {
    assert.deepEqual([parse().repeats, parse().confirmFailures], [1, false]);
    assert.equal(parse({ ...start, repeats: '3' }).repeats, 3);
    assert.equal(parse({ ...start, 'confirm-failures': 'true' }).confirmFailures, true);
  });

  it('refuse what they cannot do, naming the input, what was expected and what was given', () => {
    rejects({ ...start, repeats: '11' }, 'repeats: expected a whole number of runs from 1 to 10, got "11"');
    rejects({ ...start, repeats: '0' }, 'repeats: expected a whole number of runs from 1 to 10, got "0"');
    rejects({ ...start, repeats: '2.5' }, 'repeats: expected a whole number of runs from 1 to 10, got "2.5"');
    rejects(
      { repeats: '3' },
      'repeats: expected start (or start-file) beside it, since only a run eval-gate starts can be started again, got repeats 3 with run-id',
    );
    rejects(
      { 'confirm-failures': 'true' },
      'confirm-failures: expected start (or start-file) beside it, since only a run eval-gate starts can be started again, got confirm-failures true with run-id',
    );
    rejects({ ...start, 'confirm-failures': 'yes' }, 'confirm-failures: expected true or false, got "yes"');
    rejects(
      { ...start, repeats: '3', 'confirm-failures': 'true' },
      'confirm-failures: expected repeats 1 beside it (repeats already judges each record by its majority), got repeats 3',
    );
  });
});
