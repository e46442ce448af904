import { PGlite, type PGliteOptions } from '@electric-sql/pglite';

/**
 * How the embedded PGlite is started: PGlite's own start parameters with Postgres's shared
 * buffers cut from its default 128 MB to 16 MB. PGlite keeps them in its WebAssembly memory,
 * all of it resident, and a cluster's catalogue (thousands of events and documents) fits in a
 * few megabytes; pages beyond them are still cached by the operating system. On a started
 * data directory this takes a process from about 320 MB to about 165 MB resident.
 */
export const SHARED_BUFFERS = '16MB';

export function pgliteOptions(options: PGliteOptions = {}): PGliteOptions {
  return {
    ...options,
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${SHARED_BUFFERS}`],
  };
}
