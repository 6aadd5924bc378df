import { readFileSync, statSync } from 'node:fs';
import { InputError, messageOf } from '../errors.ts';

/**
 * A file an input names (run-id-file, start-file), read whole when it is at
 * most `maxBytes`; otherwise bad input naming the input and what it should hold.
 */
export function readInputFile(path: string, maxBytes: number, input: string, expected: string): string {
  try {
    const size = statSync(path).size;
    if (size > maxBytes) throw new Error(`it is ${size} bytes, over ${maxBytes}`);
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`${input}: expected ${expected}, got ${JSON.stringify(path)} (${messageOf(error)})`, { cause: error });
  }
}
