// What an Eigenpal run records of the code it ran (the SDK's RunSource, types.gen.ts): agent runs give
// `source.git` {requestedRef, resolvedRef, resolvedTag, commitSha}, "Git provenance (agent runs only)";
// workflow runs give `source.version`, "Workflow version label (workflow runs only)". Read loosely
// here: a field that cannot be read is a problem only when the ref input asks (rules/provenance.ts).
import type { Provenance, ProvenanceField } from '../model.ts';
import { NON_EMPTY_TEXT, OBJECT, shown } from './strict.ts';

type Entry = [field: string, value: unknown, role: ProvenanceField['role']];

/** Each field is documented as string | null: anything else, absence included, leaves the record unreadable. */
function readFields(entries: Entry[]): Provenance {
  const fields: ProvenanceField[] = [];
  for (const [field, value, role] of entries) {
    if (value !== null && !NON_EMPTY_TEXT.test(value)) {
      return { fields, problem: `field "${field}": expected a non-empty string or null, got ${shown(value)}` };
    }
    fields.push({ field, value, role });
  }
  return { fields, problem: null };
}

/** The run's record of its code, by its `type`: the commit and refs of an agent run, the version of a workflow run. */
export function provenanceOf(body: unknown): Provenance {
  const run = body as Record<string, unknown>;
  const source = run.source;
  if (!OBJECT.test(source)) return { fields: [], problem: `field "source": expected an object, got ${shown(source)}` };
  if (run.type === 'workflow') return readFields([['source.version', source.version, 'code']]);
  if (run.type !== 'agent') return { fields: [], problem: `field "type": expected "workflow" or "agent", got ${shown(run.type)}` };
  // "git?: RunSourceGit | null": an agent run without it names no commit.
  const git = source.git ?? { commitSha: null, resolvedRef: null, requestedRef: null };
  if (!OBJECT.test(git)) return { fields: [], problem: `field "source.git": expected an object or null, got ${shown(git)}` };
  return readFields([
    ['source.git.commitSha', git.commitSha, 'code'],
    ['source.git.resolvedRef', git.resolvedRef, 'name'],
    ['source.git.requestedRef', git.requestedRef, 'name'],
  ]);
}

/** What the run evaluated, as the report shows it: `commit 9fceb02… (ref refs/heads/main)` or `version 7`. */
export function evaluatedText(provenance: Provenance): string {
  if (provenance.problem) return `not readable (${provenance.problem})`;
  const value = (field: string) => provenance.fields.find((f) => f.field === field)?.value ?? null;
  const version = value('source.version');
  if (version) return `version ${version}`;
  const commit = value('source.git.commitSha');
  const ref = value('source.git.resolvedRef') ?? value('source.git.requestedRef');
  if (commit) return `commit ${commit}${ref ? ` (ref ${ref})` : ''}`;
  return ref ? `ref ${ref} (no commit recorded)` : 'not recorded';
}
