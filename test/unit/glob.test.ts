// The paths and aggregate patterns (src/inputs/glob.ts), against picomatch, a
// matcher no one here wrote, on the syntax both share, and against the examples
// of GitHub's own filter-pattern cheat sheet where the two agree.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fileCounts, namePattern, pathGlob, pathRules } from '../../src/inputs/glob.ts';

const require = createRequire(import.meta.url);
const picomatch = require('picomatch') as (glob: string, options: { dot: boolean }) => (path: string) => boolean;

const segment = fc.constantFrom('a', 'b', 'docs', '.github', 'x.md', 'y.ts', 'a.b');
const patternSegment = fc.constantFrom('a', 'docs', '*', '**', '*.md', 'x.?d', '.github', 'a*', '?');
const file = fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('/'));
// Consecutive `**` segments are left out (picomatch collapses them).
const pattern = fc
  .array(patternSegment, { minLength: 1, maxLength: 4 })
  .filter((parts) => !parts.some((p, i) => p === '**' && parts[i + 1] === '**'))
  .map((parts) => parts.join('/'));

describe('paths globs', () => {
  it('agree with picomatch (dot files included) on *, ** as a segment, ? and literals', () => {
    fc.assert(
      fc.property(pattern, file, (glob, path) => {
        // picomatch's `a/**` matches a file named `a` (`a*/**` does not); ours means what is under a directory.
        fc.pre(!(glob.endsWith('/**') && pathGlob(glob.slice(0, -3)).test(path)));
        assert.equal(pathGlob(glob).test(path), picomatch(glob, { dot: true })(path), `${glob} on ${path}`);
      }),
      { numRuns: 3000 },
    );
  });

  it("follow GitHub's cheat-sheet examples", () => {
    const cases: Array<[string, string, boolean]> = [
      ['*.js', 'app.js', true],
      ['*.js', 'src/app.js', false],
      ['**.js', 'src/deep/app.js', true],
      ['docs/*', 'docs/README.md', true],
      ['docs/*', 'docs/mona/octocat.txt', false],
      ['docs/**', 'docs/mona/octocat.txt', true],
      ['docs/**', 'docs', false],
      ['docs/**/*.md', 'docs/README.md', true],
      ['docs/**/*.md', 'docs/mona/hello-world.md', true],
      ['docs/**/*.md', 'docs/a/markdown/file.md', true],
      ['**/docs/**', 'src/docs/file.txt', true],
      ['**/docs/**', '/docs/file.txt'.slice(1), true],
      ['**/README.md', 'js/README.md', true],
      ['**/*src/**', 'a/src/app.js', true],
      ['**/*src/**', 'my-src/code/js/app.js', true],
      ['**/*-post.md', 'my-post.md', true],
      ['**/*-post.md', 'path/their-post.md', true],
      ['**/migrate-*.sql', 'migrate-10909.sql', true],
      ['**/migrate-*.sql', 'db/migrate-v1.0.sql', true],
      ['**', '.github/workflows/ci.yml', true],
    ];
    for (const [glob, path, expected] of cases) assert.equal(pathGlob(glob).test(path), expected, `${glob} on ${path}`);
  });

  it('let the last matching pattern decide, so ! excludes and a later pattern includes again', () => {
    const rules = pathRules(['*.md', '!README.md', 'README*']);
    assert.equal(fileCounts(rules, 'hello.md'), true);
    assert.equal(fileCounts(rules, 'README.md'), true);
    assert.equal(fileCounts(pathRules(['*.md', '!README.md']), 'README.md'), false);
    assert.equal(fileCounts(pathRules(['src/**', '!src/**/*.test.ts']), 'src/a/b.test.ts'), false);
    assert.equal(fileCounts(pathRules(['src/**', '!src/**/*.test.ts']), 'src/a/b.ts'), true);
    assert.equal(fileCounts(pathRules(['!docs/**']), 'src/a.ts'), false);
  });

  it('take regular-expression characters literally', () => {
    assert.equal(pathGlob('a+(b).md').test('a+(b).md'), true);
    assert.equal(pathGlob('a.md').test('aXmd'), false);
    assert.equal(pathGlob('[ab].md').test('a.md'), false);
  });
});

describe('gate-name patterns', () => {
  it('match * across any characters and ? as one, the rest literally', () => {
    assert.equal(namePattern('evals-*').test('evals-gpt-4o / eu'), true);
    assert.equal(namePattern('evals-*').test('evals'), false);
    assert.equal(namePattern('evals-?').test('evals-a'), true);
    assert.equal(namePattern('evals-?').test('evals-ab'), false);
    assert.equal(namePattern('e.v').test('eXv'), false);
    assert.equal(namePattern('(evals)').test('(evals)'), true);
  });
});
