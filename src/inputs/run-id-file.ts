import { readFileSync, statSync } from 'node:fs';
import { InputError, messageOf } from '../errors.ts';
import { quoted, RUN_IDS_EXPECTED, toRunIds } from './values.ts';

/** A run-id file is a few ids; anything bigger is not one, and is not read into memory. */
const MAX_BYTES = 64 * 1024;

/**
 * The run ids in a file, typically one downloaded from the workflow run that
 * started the evals. Its content comes from that run, so it is held to the same
 * rule as the run-id input, and the error quotes only its first characters.
 */
export function readRunIdFile(path: string): string {
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_BYTES) throw new Error(`it is ${size} bytes, over ${MAX_BYTES}`);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`run-id-file: expected a readable file of run ids, got ${JSON.stringify(path)} (${messageOf(error)})`);
  }
  if (toRunIds(text) === null) {
    throw new InputError(`run-id-file: expected ${RUN_IDS_EXPECTED} in ${JSON.stringify(path)}, got ${quoted(text)}`);
  }
  return text;
}
