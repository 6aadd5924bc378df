import { randomUUID } from 'node:crypto';

type Info = (message: string) => void;

/**
 * Writes text that may hold vendor strings. Workflow commands inside it
 * (lines starting with `::`) are switched off for its span by a one-time token.
 */
export function logUntrusted(info: Info, text: string): void {
  if (!text.includes('::')) {
    info(text);
    return;
  }
  const token = randomUUID();
  info(`::stop-commands::${token}`);
  info(text);
  info(`::${token}::`);
}
