// The two patterns eval-gate matches, both pure:
// - `paths` (file globs, as in GitHub's `on.<event>.paths` filter where the two
//   agree): `*` any characters but `/`; `**` as a whole segment any number of
//   directories, none included (`**/*.md`, `a/**/b`; `docs/**` is everything under docs), and inside a
//   segment any characters, `/` included (`**.js`: every .js file); `?` one
//   character but `/` (GitHub's filter reads `?` as "the previous character is
//   optional": not supported here); a leading `!` excludes again; the rest is
//   literal. Dot files match like any other. Patterns are tried in order: the
//   last one that matches a file decides whether it counts (as in GitHub's filter).
// - `aggregate` (a gate-name pattern): `*` any characters, `?` one, the rest literal.
// Written here rather than taken from a library: this is the whole syntax, documented
// in the README, where a library's (braces, classes, extglobs, options) would be more
// to document; the tests compare it with picomatch on the syntax both share.

const escapeRegExp = (text: string) => text.replace(/[.+^${}()|[\]\\]/g, '\\$&');

/** One segment: `**` inside it crosses directories, `*` and `?` do not. */
const segmentSource = (segment: string) =>
  segment
    .split(/(\*\*+|\*|\?)/)
    .map((part) => (part.startsWith('**') ? '.*' : part === '*' ? '[^/]*' : part === '?' ? '[^/]' : escapeRegExp(part)))
    .join('');

/** A path glob as a regular expression anchored at both ends. */
export function pathGlob(pattern: string): RegExp {
  const segments = pattern.replace(/^\/+/, '').split('/');
  let source = '';
  segments.forEach((segment, i) => {
    const first = i === 0 || segments[i - 1] === '**';
    const last = i === segments.length - 1;
    // A `**` segment writes the `/` on either side of it itself, so that it can stand for no directory;
    // last, it stands for what is under the directory before it (`docs/**` is not a file named docs).
    if (segment === '**') source += last ? (first ? '.*' : '/.*') : first ? '(?:.*/)?' : '(?:/.*)?/';
    else source += (first ? '' : '/') + segmentSource(segment);
  });
  return new RegExp(`^${source}$`, 's');
}

export interface PathRule {
  exclude: boolean;
  pattern: string;
  glob: RegExp;
}

export function pathRules(patterns: string[]): PathRule[] {
  return patterns.map((text) => {
    const exclude = text.startsWith('!');
    const pattern = exclude ? text.slice(1) : text;
    return { exclude, pattern, glob: pathGlob(pattern) };
  });
}

/** Whether a changed file counts: the last rule that matches it decides (GitHub's filter order). */
export function fileCounts(rules: PathRule[], file: string): boolean {
  let counts = false;
  for (const rule of rules) if (rule.glob.test(file)) counts = !rule.exclude;
  return counts;
}

/** A gate-name pattern as a regular expression: `*` any characters, `?` one. */
export function namePattern(pattern: string): RegExp {
  return new RegExp(`^${escapeRegExp(pattern).replace(/\*+/g, '.*').replace(/\?/g, '.')}$`, 's');
}
