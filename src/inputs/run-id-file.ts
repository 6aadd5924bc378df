import { InputError } from '../errors.ts';
import { quoted, RUN_IDS_EXPECTED, toRunIds } from './values.ts';
import { readInputFile } from './input-file.ts';

/** A run-id file is a few ids; anything bigger is not one, and is not read into memory. */
const MAX_BYTES = 64 * 1024;

/**
 * The run ids in a file, typically one downloaded from the workflow run that
 * started the evals. Its content comes from that run, so it is held to the same
 * rule as the run-id input, and the error quotes only its first characters.
 */
export function readRunIdFile(path: string): string {
  const text = readInputFile(path, MAX_BYTES, 'run-id-file', 'a readable file of run ids');
  if (toRunIds(text) === null) {
    throw new InputError(`run-id-file: expected ${RUN_IDS_EXPECTED} in ${JSON.stringify(path)}, got ${quoted(text)}`);
  }
  return text;
}
