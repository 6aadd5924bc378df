type Core = typeof import('@actions/core');

/**
 * @actions/core, loaded only once there is something to write, so that the
 * first vendor request is not held up by it. The secrets are masked as it
 * loads, before its first line: nothing is written without it.
 */
export class LazyCore {
  readonly #secrets: string[];
  #core: Promise<Core> | null = null;
  #written: Promise<unknown> = Promise.resolve();

  constructor(secrets: string[]) {
    this.#secrets = secrets.filter(Boolean);
  }

  load(): Promise<Core> {
    this.#core ??= import('@actions/core').then((core) => {
      for (const secret of this.#secrets) core.setSecret(secret);
      return core;
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
