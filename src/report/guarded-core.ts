import * as actionsCore from '@actions/core';
import { heldSecrets, redact } from '../redact.ts';

export type Core = typeof actionsCore;

const redacted = <A extends unknown[]>(write: (...args: A) => void) =>
  ((...args: A) => write(...(args.map((arg) => (typeof arg === 'string' ? redact(arg) : arg)) as A))) as (...args: A) => void;

/**
 * @actions/core with every line, annotation, group title and output redacted
 * (redact.ts): the last guard before the runner, for text that no escape saw.
 * setSecret is left as it is, for it must get the secret itself.
 */
export const core: Core = {
  ...actionsCore,
  debug: redacted(actionsCore.debug),
  info: redacted(actionsCore.info),
  notice: redacted(actionsCore.notice),
  warning: redacted(actionsCore.warning),
  error: redacted(actionsCore.error),
  setFailed: redacted(actionsCore.setFailed),
  setOutput: redacted(actionsCore.setOutput),
  startGroup: redacted(actionsCore.startGroup),
};

/** Tells the runner to mask every secret the gate holds (`::add-mask::`), before anything is written. */
export function maskHeldSecrets(): void {
  for (const secret of heldSecrets()) actionsCore.setSecret(secret);
}
