// The sticky comment through the built action, with the runner's environment: what only dist/ shows
// (the token's header, the comment-url output, the exit code). Its behaviour case by case is tested
// in-process, in virtual time: test/github/comment.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fakesForEachTest } from '../helpers/fakes.ts';
import { aegisRun } from '../../sim/fixtures/aegis.ts';
import type { GitHubFake } from '../../sim/github-fake.ts';
import type { VendorSim } from '../../sim/vendor-sim.ts';
import { GITHUB_TOKEN, gate } from '../helpers/gate.ts';

const MARKER = '<!-- eval-gate:aegis/CI/evals -->';
const PR_EVENT = { pull_request: { number: 7, head: { sha: 'feedfacefeedfacefeedfacefeedfacefeedface' } } };

let sim: VendorSim;
let github: GitHubFake;
fakesForEachTest((fakes) => ({ sim, github } = fakes));

const serve = (body: unknown) => sim.script('/api/v1/runs/991', [{ json: body }]);
const onPr = () => gate(sim, 'aegis', {}, { env: { GITHUB_API_URL: github.apiUrl, GITHUB_EVENT_NAME: 'pull_request' }, event: PR_EVENT });
const ours = () => github.comments.filter((c) => c.body.startsWith(MARKER));

describe('the sticky pull-request comment, through the built action', () => {
  it('is created with the token, then edited in place on the next push; comment-url says where', async () => {
    serve(aegisRun({ result: 50 }));
    const first = await onPr();
    assert.equal(first.outputs.verdict, 'fail');
    assert.equal(first.exitCode, 1);
    assert.equal(ours().length, 1);
    assert.equal(first.outputs['comment-url'], ours()[0]?.html_url);
    assert.equal(github.calls[0]?.headers.authorization, `token ${GITHUB_TOKEN}`);
    assert.equal(github.calls[0]?.headers['x-github-api-version'], '2022-11-28');
    serve(aegisRun({ result: 90 }));
    const second = await onPr();
    assert.equal(second.exitCode, 0);
    assert.equal(github.comments.length, 1);
    assert.match(ours()[0]?.body ?? '', /✅ Evals passed/);
    assert.equal(second.outputs['comment-url'], first.outputs['comment-url']);
  });

  it('leaves the verdict and exit code as they are when the token cannot write', async () => {
    github.fail({ method: 'POST', path: /comments$/, status: 403, message: 'Resource not accessible by integration' });
    serve(aegisRun({ result: 50 }));
    const result = await onPr();
    assert.equal(result.outputs.verdict, 'fail');
    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs['comment-url'], '');
    const warnings = result.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', /HTTP 403.*Resource not accessible by integration.*pull-requests: write/);
  });
});
