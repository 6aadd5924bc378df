// The GitHub fake's pull-request files (paths, issue 26): GET
// /repos/{owner}/{repo}/pulls/{pull_number}/files, as GitHub lists them: at
// most 3000, whatever the PR's changed_files says.

/** A changed file of a fake PR; `previous_filename` for a rename. */
export interface FakeFile {
  filename: string;
  status?: 'added' | 'removed' | 'modified' | 'renamed';
  previous_filename?: string;
}

/** GitHub's own limit: "Responses include a maximum of 3000 files." */
export const PULL_FILES_LISTED_MAX = 3000;

/** A file as GitHub's diff-entry schema has it (every required field). */
export function rawFile(file: FakeFile, index: number) {
  const sha = (index + 1).toString(16).padStart(40, 'a');
  const url = `https://github.com/acme/widgets/blob/${sha}/${encodeURI(file.filename)}`;
  return {
    sha,
    filename: file.filename,
    status: file.status ?? (file.previous_filename ? 'renamed' : 'modified'),
    additions: 1,
    deletions: 1,
    changes: 2,
    blob_url: url,
    raw_url: url.replace('/blob/', '/raw/'),
    contents_url: `https://api.github.com/repos/acme/widgets/contents/${encodeURI(file.filename)}?ref=${sha}`,
    ...(file.previous_filename ? { previous_filename: file.previous_filename } : {}),
  };
}

/** The listing: the PR's files up to GitHub's limit, or null when the path is not this route. */
export function pullFilesRoute(path: string, method: string, filesOf: (pull: number) => FakeFile[] | null): unknown[] | 'not found' | null {
  const match = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/.exec(path);
  if (!match || method !== 'GET') return null;
  const files = filesOf(Number(match[1]));
  return files ? files.slice(0, PULL_FILES_LISTED_MAX).map(rawFile) : 'not found';
}
