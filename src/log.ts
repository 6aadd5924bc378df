import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';

/**
 * Writes text that may hold vendor strings. Workflow commands inside it
 * (lines starting with `::`) are switched off for its span by a one-time token.
 */
export function logUntrusted(text: string): void {
  if (!text.includes('::')) {
    core.info(text);
    return;
  }
  const token = randomUUID();
  core.info(`::stop-commands::${token}`);
  core.info(text);
  core.info(`::${token}::`);
}
