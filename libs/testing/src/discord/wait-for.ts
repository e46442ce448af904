import { EventEmitter } from 'node:events';

/** Something that says when it changed, so tests wait for a condition with a deadline, never a sleep loop. */
export class Changes {
  readonly #emitter = new EventEmitter();

  constructor() {
    this.#emitter.setMaxListeners(0);
  }

  notify(): void {
    this.#emitter.emit('change');
  }

  /** Resolves with the first defined value of `check`, tried now and after every change; rejects after `timeoutMs`. */
  waitFor<T>(check: () => T | undefined, what: string, timeoutMs = 5_000): Promise<T> {
    const now = check();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise<T>((resolve, reject) => {
      const listener = () => {
        const value = check();
        if (value === undefined) return;
        finish();
        resolve(value);
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`fake Discord: gave up after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.#emitter.off('change', listener);
      };
      this.#emitter.on('change', listener);
    });
  }
}
