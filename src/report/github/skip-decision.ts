// paths: whether a pull request changed nothing the gate covers, pure. GitHub
// lists at most 3000 of a PR's files: a PR with more files than listed, or one
// whose count GitHub does not give, is never skipped (fail closed).
import { fileCounts, pathRules } from '../../inputs/glob.ts';
import type { Listed } from './client.ts';

export type SkipDecision = { skip: true; description: string } | { skip: false; why: string };

export interface ChangedFile {
  filename: string;
  /** A renamed file's old path: moving a file out of a covered directory changes that directory. */
  previousFilename: string | null;
}

/** The status description of a skip; the paths as given, cut by commit-status.ts's fitted(). */
export const skipDescription = (patterns: string[]) => `skipped: no change under ${patterns.join(', ')}`;

export function decideSkip(patterns: string[], files: Listed<ChangedFile>, changedFiles: number | null | undefined): SkipDecision {
  const listed = files.items.length;
  if (!files.complete || typeof changedFiles !== 'number' || listed < changedFiles) {
    const count = typeof changedFiles === 'number' ? `${changedFiles}` : 'an unknown number of';
    return {
      skip: false,
      why: `GitHub listed ${listed} of the pull request's ${count} changed files, so it may have changed a covered one`,
    };
  }
  const rules = pathRules(patterns);
  const covered = files.items
    .flatMap((f) => [f.filename, ...(f.previousFilename ? [f.previousFilename] : [])])
    .find((path) => fileCounts(rules, path));
  if (covered !== undefined) return { skip: false, why: `the pull request changed ${covered}, under paths` };
  return { skip: true, description: skipDescription(patterns) };
}
