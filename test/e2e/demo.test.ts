import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const DEMO = fileURLToPath(new URL('../../scripts/demo.ts', import.meta.url));

/** The demo as a newcomer runs it, on the dist/ the test run built. */
function demo(...args: string[]) {
  return spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', DEMO, '--no-build', ...args], {
    env: { PATH: process.env.PATH ?? '' },
    encoding: 'utf8',
  });
}

describe('the demo', () => {
  it('fails like the gate it shows, and shows the comment the pull request got, drawn for a terminal', () => {
    const result = demo('--scenario', 'fail');
    assert.equal(result.status, 1, result.stderr);
    const shown = result.stdout;
    const comment = shown.indexOf('── the comment on pull request #42 (by github-actions[bot]) ──');
    assert.ok(comment > 0, shown);
    assert.match(shown.slice(comment), /❌ Evals failed\n═+\n\nWhy: the vendor reports a fail \(score 61\.5, its threshold 70\)/);
    assert.match(shown, /^Model +│ gpt-4o$/m);
    // No markdown left raw: markup, backslash escapes, entities, table syntax, our hidden marker or link breaks.
    assert.doesNotMatch(shown.slice(comment), /\*\*|\\[-()_<>*$]|&lt;|&amp;|\| --- \||<!--|\u200B/);
    assert.match(shown, /^comment-url=https:\/\/github\.com\/acme\/widgets\/pull\/42#issuecomment-\d+$/m);
    assert.match(shown, /verdict: fail · exit code 1/);
  });
});
