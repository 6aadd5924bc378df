// Whether dist/ must be rebuilt before the demo or the tests run it, decided from content,
// never from timestamps: a clone writes every file anew, sources after dist/ as
// often as not, and a build takes most of a minute on a small machine.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What `npm run build` reads: the sources, the dependencies as locked, the build script and the compiler options. */
const BUILD_INPUTS = ['src', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build.ts'];
const ENTRIES = ['dist/index.js', 'dist/cli/index.js'];
/** Not committed: a clone has none, and the committed dist/ stands in for it. */
const RECORD = 'node_modules/.cache/eval-gate/build-inputs.json';

interface BuildRecord {
  /** sha256 of each build input, by its path from the root. */
  inputs: Record<string, string>;
  /** sha256 of dist/ as that build left it. */
  dist: string;
}

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

function hashInputs(root: string): Record<string, string> {
  const paths = BUILD_INPUTS.flatMap((p) => filesUnder(root, p)).sort();
  return Object.fromEntries(paths.map((p) => [p, sha256(readFileSync(join(root, p)))]));
}

function hashDist(root: string): string {
  const paths = filesUnder(root, 'dist').sort();
  return sha256(paths.map((p) => `${p}\0${sha256(readFileSync(join(root, p)))}`).join('\n'));
}

function readRecord(root: string): BuildRecord | null {
  try {
    return JSON.parse(readFileSync(join(root, RECORD), 'utf8')) as BuildRecord;
  } catch {
    return null;
  }
}

/** The inputs whose content differs between two hashings (added, removed or changed). */
function changed(before: Record<string, string>, now: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(now)])].filter((p) => before[p] !== now[p]).sort();
}

/**
 * Files git sees changed in the build inputs or dist/, against the last commit;
 * null when git cannot say (no git, not a clone). CI (.ci/run) fails a commit
 * whose dist/ differs from a fresh build, so a clean tree holds a current dist/.
 */
function uncommitted(root: string): string[] | null {
  try {
    const out = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', ...BUILD_INPUTS, 'dist'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3));
  } catch {
    return null;
  }
}

const named = (paths: string[]): string => `${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ` and ${paths.length - 3} more` : ''}`;

/** Why dist/ differs from the record of its build, or null when it matches; 'no record' without one. */
function againstRecord(root: string): string | null {
  const record = readRecord(root);
  if (!record) return 'no record of what dist/ was built from';
  const differs = changed(record.inputs, hashInputs(root));
  if (differs.length > 0) return `${named(differs)} changed since dist/ was built`;
  return record.dist === hashDist(root) ? null : 'dist/ changed since it was built';
}

/** Why dist/ must be built, naming what changed, or null when dist/ was built from the inputs as they are. */
export function buildNeeded(root: string): string | null {
  if (!ENTRIES.every((entry) => existsSync(join(root, entry)))) return 'dist/ is not built';
  const problem = againstRecord(root);
  if (problem === null) return null;
  const dirty = uncommitted(root);
  if (dirty === null) return problem;
  if (dirty.length > 0) return readRecord(root) ? problem : `${named(dirty)} differs from the last commit`;
  // dist/ as committed (a fresh clone, a pull): remember it, so that edits after it are judged by content.
  recordBuild(root);
  return null;
}

/** Remembers that dist/ was built from the build inputs as they are now. */
export function recordBuild(root: string): void {
  const record: BuildRecord = { inputs: hashInputs(root), dist: hashDist(root) };
  mkdirSync(join(root, RECORD, '..'), { recursive: true });
  writeFileSync(join(root, RECORD), `${JSON.stringify(record)}\n`);
}

/**
 * Builds dist/ only when a build input differs from what it was built from (a
 * build takes most of a minute on a small machine); false when the build failed.
 */
export function ensureBuilt(root: string): boolean {
  const why = buildNeeded(root);
  if (why === null) return true;
  console.log(`▶ building dist/ (${why})…`);
  const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return built.status === 0;
}
