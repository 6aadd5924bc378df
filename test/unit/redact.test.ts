// The redaction boundary (src/redact.ts): the redactor itself, then every renderer and error, for any text around a key.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { InputError, messageOf, VendorError } from '../../src/errors.ts';
import { parseInputs, secretsOf } from '../../src/inputs/inputs.ts';
import { quoted } from '../../src/inputs/values.ts';
import { holdSecrets, redact, redactDeep, redactorFor, REDACTED } from '../../src/redact.ts';
import { codeBlock, escapeHtml, escapeInline, escapeLog, escapeStatus, escapeText, escapeXml, safeLink } from '../../src/report/escape.ts';
import { commitStatusOf } from '../../src/report/github/commit-status.ts';
import { jsonReport, jsonText } from '../../src/report/json-report.ts';
import { junitXml } from '../../src/report/junit.ts';
import { logUntrusted } from '../../src/report/log.ts';
import { gateOutputs } from '../../src/report/outputs.ts';
import { renderReport } from '../../src/report/render.ts';
import { renderText } from '../../src/report/text-report.ts';
import { decideGate } from '../../src/rules/rules.ts';
import { API_KEY } from '../helpers/gate.ts';
import { hostileString } from '../helpers/hostile.ts';
import { leakedParts, undoEscapes } from '../helpers/reveal.ts';
import { gateRun } from '../helpers/runs.ts';

after(() => holdSecrets([]));

describe('the redactor', () => {
  const r = redactorFor([API_KEY]);

  it('replaces the key, and every part of it of 8 characters or more, by the marker', () => {
    assert.equal(r(`API key ${API_KEY} has no credits`), `API key ${REDACTED} has no credits`);
    assert.equal(r(`half: ${API_KEY.slice(0, 20)}.`), `half: ${REDACTED}.`);
    assert.equal(r(`tail ${API_KEY.slice(-8)}`), `tail ${REDACTED}`);
    assert.equal(r(`${API_KEY.slice(3, 11)}|${API_KEY.slice(25)}`), `${REDACTED}|${REDACTED}`);
    assert.equal(r(API_KEY + API_KEY), REDACTED + REDACTED);
    // Seven characters are not a part, by the rule's own bound.
    assert.equal(r(API_KEY.slice(0, 7)), API_KEY.slice(0, 7));
    assert.equal(r('nothing secret here'), 'nothing secret here');
  });

  it('sees through zero-width and bidi characters put inside the key', () => {
    const hidden = Array.from(API_KEY).join('\u200B');
    assert.equal(r(`a ${hidden} b`), `a ${REDACTED} b`);
    assert.equal(r(`${API_KEY.slice(0, 12)}\u202E${API_KEY.slice(12)}`), REDACTED);
  });

  it('takes several secrets; a short one (4 to 7 characters) only whole, and none under 4', () => {
    const both = redactorFor(['ghs_token_abcdefgh', 'pw12345', 'abc']);
    assert.equal(both('t=ghs_token_abcdefgh p=pw12345 q=pw123 abc'), `t=${REDACTED} p=${REDACTED} q=pw123 abc`);
    assert.equal(redactorFor([])('x'), 'x');
  });

  it('property: for any text around the key, no part of it of 8 characters is left', () => {
    const key = fc.stringMatching(/^[A-Za-z0-9_-]{12,64}$/);
    fc.assert(
      fc.property(
        key,
        fc.string(),
        fc.string(),
        fc.nat(),
        fc.oneof(fc.constant(0), fc.nat(3), fc.nat()),
        (secret, before, after, from, size) => {
          // A part from anywhere in the key, of 8 characters or more.
          const start = from % (secret.length - 7);
          const part = secret.slice(start, start + 8 + (size % (secret.length - start - 7)));
          const redact = redactorFor([secret]);
          // The part alone too: far from the whole key, it is found on its own.
          for (const text of [`${before}${secret}${after}`, `${before}${part}${after}`])
            assert.deepEqual(leakedParts(redact(text), secret), []);
        },
      ),
    );
  });

  it('redacts the keys and values of plain data, and leaves numbers and the data given as they are', () => {
    holdSecrets([API_KEY]);
    const data = { [API_KEY]: [API_KEY, 1, null, { deep: `x${API_KEY}` }], n: 39281706 };
    assert.deepEqual(redactDeep(data), { [REDACTED]: [REDACTED, 1, null, { deep: `x${REDACTED}` }], n: 39281706 });
    assert.equal(Object.keys(data)[0], API_KEY);
  });
});

describe('where text is cut', () => {
  it('an echo is redacted before it is cut: a key across the cut leaves not even a short part', () => {
    holdSecrets([API_KEY]);
    // Cut first, the 80 characters would end in `sk_li`: too short for the rule on parts, yet a part.
    const echo = quoted(`${'x'.repeat(75)}${API_KEY}`);
    assert.equal(echo, JSON.stringify(`${'x'.repeat(75)}${REDACTED}`));
    assert.ok(!echo.includes('sk_l'), echo);
  });
});

describe('what is held', () => {
  it('the key, the token, and the credentials in base-url, percent-decoded too', () => {
    const inputs: Record<string, string> = {
      'api-key': API_KEY,
      'github-token': 'ghs_token',
      'base-url': 'https://eval-user:p%40ss-w0rd-long@api.example.com/v1',
    };
    const held = holdSecrets(secretsOf((name) => inputs[name] ?? ''));
    assert.deepEqual(
      [...held].sort(),
      [API_KEY, 'eval-user:p%40ss-w0rd-long', 'eval-user:p@ss-w0rd-long', 'ghs_token', 'p%40ss-w0rd-long', 'p@ss-w0rd-long'].sort(),
    );
    assert.equal(redact('at p@ss-w0rd-long and p%40ss-w0rd-long'), `at ${REDACTED} and ${REDACTED}`);
  });

  it('a base-url with credentials is refused naming the input and the problem, never the credentials', () => {
    for (const url of [
      'https://eval-user:hunter2-s3cret@api.example.com/v1',
      'http://hunter2-s3cret@api.example.com',
      'hunter2-s3cret@api.example.com',
      'https://u:hunter2/s3cret?x@api.example.com',
      'https://api.example.com/v1?token=hunter2-s3cret#frag',
    ]) {
      const given: Record<string, string> = { provider: 'aegis', 'run-id': '1', 'api-key': API_KEY, 'base-url': url };
      holdSecrets([]);
      assert.throws(
        () => parseInputs((name) => given[name] ?? ''),
        (error: Error) => {
          assert.ok(error instanceof InputError);
          assert.match(
            error.message,
            /^base-url: expected an https URL .*without credentials, query or fragment, got ".*" with (credentials|a query or fragment)/,
          );
          assert.ok(!error.message.includes('hunter2'), error.message);
          assert.ok(!error.message.includes('s3cret'), error.message);
          return true;
        },
      );
    }
  });
});

/** Every text field of a run, holding `text`. */
function plantedRun(text: string) {
  return gateRun({
    runId: `run-${text}`.slice(0, 300),
    status: 'failed',
    vendorPassed: false,
    vendorError: text,
    verdictGap: text,
    url: `https://app.example.com/runs/${text}`,
    details: [{ label: text, value: text }],
    inFlightNote: text,
    retryChain: ['1', text],
    metrics: [{ name: text, score: 0.5, threshold: 0.7, passed: false, problem: text }],
    failures: [{ name: text, metric: text, score: 0.1, threshold: 0.5, message: text, prompt: text }],
    failureCount: 1,
  });
}

describe('every renderer, sink and error, for any text around the key', () => {
  it('property: no part of the key can be read in any output, after undoing markdown escapes, zero-width characters and entities', () => {
    holdSecrets([API_KEY]);
    const around = fc.oneof(fc.string(), hostileString);
    fc.assert(
      fc.property(around, around, fc.integer({ min: 8, max: API_KEY.length }), (before, after, partChars) => {
        const text = `${before}${API_KEY}${after} ${API_KEY.slice(-partChars)}`;
        const run = plantedRun(text);
        const baseline = { runId: text, run: null, problem: text };
        const config = { threshold: 1, minPassRate: null, metricThresholds: [{ metric: text, min: 0.5 }], sampleRate: 1, maxRegression: 1 };
        const gate = decideGate([run, { ...run, status: 'error', problem: text }], config, baseline);
        const context = {
          workflowRunUrl: null,
          commitSha: null,
          eventName: null,
          repository: null,
          apiUrl: '',
          serverUrl: '',
          workflow: null,
          job: null,
          event: {},
          runStamp: null,
        };
        const settings = { provider: 'aegis' as const, name: text, failOn: 'fail' as const, runIds: [text] };
        const logged: string[] = [];
        logUntrusted((line) => logged.push(line), `eval-gate: ${gate.reason}`);
        const outputs: Record<string, string> = {
          markdown: renderReport(gate, { name: text, sampleRate: 1 }),
          text: renderText(gate, { name: text, sampleRate: 1, colour: true }),
          junit: junitXml(gate, { name: text }),
          json: jsonText(jsonReport(gate, { name: text, rules: config })),
          log: logged.join('\n'),
          status: JSON.stringify(commitStatusOf(gate, settings as never, context)),
          // Raw values: redacted at their sink, core.setOutput (src/report/guarded-core.ts).
          outputs: Object.values(gateOutputs(decideGate([run], config), { commentUrl: null, reportPath: null }))
            .map(redact)
            .join('\n'),
          escapes: [escapeInline, escapeHtml, escapeText, escapeLog, escapeXml, codeBlock, (t: string) => escapeStatus(t, 140)]
            .map((escape) => escape(text))
            .join('\n'),
          link: safeLink('run', `https://app.example.com/${text}`),
          errors: [
            new VendorError({ vendor: 'aegis', method: 'GET', path: '/runs/1' }, `HTTP 402: ${text}`, { kind: 'fatal' }).message,
            messageOf(new Error(text)),
          ].join('\n'),
        };
        for (const [where, output] of Object.entries(outputs)) assert.deepEqual(leakedParts(output, API_KEY), [], where);
      }),
      { numRuns: 60 },
    );
  });

  it('the reveal undoes what the escapes do, so the property above could fail', () => {
    holdSecrets([]);
    const escaped = [escapeInline(API_KEY), escapeHtml(API_KEY), escapeXml(`&${API_KEY}`), jsonText({ k: `\u202E${API_KEY}` })];
    for (const text of escaped) assert.notDeepEqual(leakedParts(text, API_KEY), [], text);
    assert.ok(!escapeInline(API_KEY).includes(API_KEY), 'the inline escape changes the key');
    assert.ok(undoEscapes(escapeInline(API_KEY)).includes(API_KEY));
  });
});
