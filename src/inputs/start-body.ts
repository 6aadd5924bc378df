import { InputError, messageOf } from '../errors.ts';
import { quoted } from './values.ts';
import { readInputFile } from './input-file.ts';

/** A create request's body is a small JSON object; anything bigger is not one, and is not read into memory. */
const MAX_BYTES = 256 * 1024;

/** The body of the vendor's create request, as the `start` input (or its file) gives it: a JSON object, or bad input. */
export function toStartBody(text: string, input: 'start' | 'start-file'): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${input}: expected a JSON object (the body of the vendor's create request), got ${quoted(text)} (${messageOf(error)})`,
    );
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const kind = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
    throw new InputError(`${input}: expected a JSON object (the body of the vendor's create request), got ${kind}: ${quoted(text)}`);
  }
  return value as Record<string, unknown>;
}

/** The start body from a file, under the same rule as the `start` input. */
export function readStartFile(path: string): Record<string, unknown> {
  const text = readInputFile(path, MAX_BYTES, 'start-file', 'a readable file holding a JSON object');
  return toStartBody(text, 'start-file');
}
