import type { Core } from './guarded-core.ts';

/**
 * @actions/core (guarded, guarded-core.ts), loaded only once there is
 * something to write, so that the first vendor request is not held up by it.
 * The secrets the gate holds (redact.ts, held by prepareGate before any line
 * can be written) are masked as it loads, before its first line.
 */
export class LazyCore {
  #core: Promise<Core> | null = null;
  #written: Promise<unknown> = Promise.resolve();

  load(): Promise<Core> {
    this.#core ??= import('./guarded-core.ts').then((guarded) => {
      guarded.maskHeldSecrets();
      return guarded.core;
    });
    return this.#core;
  }

  /** Writes in call order without making the caller wait. */
  write(action: (core: Core) => void): void {
    this.#written = this.#written.then(() => this.load()).then(action);
  }

  /** Resolves once every queued write is out. */
  async flush(): Promise<Core> {
    await this.#written;
    return this.load();
  }
}

/** The runner's INPUT_ variables, as @actions/core reads them (spaces to underscores, upper case, hyphens kept). */
export function readInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
