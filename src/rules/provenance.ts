// Rule: the run evaluated the code the ref input names, as the run itself records it
// (Eigenpal's source.git.* or source.version). Anything else, or no record, is an error.
import { COMMIT_SHA, quoted, sameCode } from '../inputs/values.ts';
import type { GateRun, ProvenanceField } from '../model.ts';
import type { Check } from './verdict.ts';

const RULE = 'ref';

const said = (f: ProvenanceField): string => `field "${f.field}" is ${f.value === null ? 'empty' : quoted(f.value)}`;

/**
 * A commit SHA is checked against the fields that name the code exactly (the
 * commit, the version): each one given must be it. A branch or tag may also
 * match the ref the run asked for or resolved. A run that records none of
 * them does not say what it evaluated.
 */
export function provenanceCheck(run: GateRun, ref: string): Check {
  const error = (detail: string): Check => ({ rule: RULE, outcome: 'error', detail });
  const wanted = `ref ${quoted(ref)}`;
  const record = run.provenance;
  if (!record) return error(`${wanted} is set, but ${run.provider} records no code version for its runs`);
  if (record.problem) return error(`${wanted} is set, but what the run evaluated cannot be read: ${record.problem}`);
  const isSha = COMMIT_SHA.test(ref);
  const given = record.fields.filter((f) => f.value !== null && (!isSha || f.role === 'code'));
  if (given.length === 0) {
    const fields = record.fields.filter((f) => !isSha || f.role === 'code');
    return error(`${wanted} is set, but the run does not say what code it evaluated: ${fields.map(said).join(', ') || 'no field'}`);
  }
  const matches = given.filter((f) => sameCode(ref, f.value ?? ''));
  const holds = isSha ? matches.length === given.length : matches.length > 0;
  if (!holds) {
    const other = given.filter((f) => !matches.includes(f));
    return error(`the run evaluated other code than ${wanted}: ${other.map(said).join(', ')}`);
  }
  return { rule: RULE, outcome: 'pass', detail: `the run evaluated ${wanted} (${matches.map(said).join(', ')})` };
}
