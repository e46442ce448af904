import { openScratchStore, type OpenedStore } from '@glokal/store';
import type { Clock, ClusterStore } from '@glokal/domain';

export interface TestStoreOptions {
  /** Stamps rows the store creates (people, deliveries); the system clock when unset. */
  clock?: Clock;
  /** The zone all-day events are placed in; `Europe/Warsaw` when unset. */
  clusterTimeZone?: string;
  /** Defaults to `process.env`; `DATABASE_URL` there selects real Postgres. */
  env?: NodeJS.ProcessEnv;
}

export interface TestStore {
  store: ClusterStore;
  /** The opened store: `kind`, `transaction`, `isEmpty` and `query` (plain SQL for assertions). */
  opened: OpenedStore;
  close(): Promise<void>;
}

/**
 * An empty, migrated store for one test file (or test): a fresh schema on the Postgres at
 * `DATABASE_URL`, dropped on close, or an in-memory PGlite when it is unset. Opening takes about
 * a second on PGlite (the first one in a process a few more), so share one per file where you can.
 */
export async function createTestStore(options: TestStoreOptions = {}): Promise<TestStore> {
  const databaseUrl = (options.env ?? process.env)['DATABASE_URL'];
  const opened = await openScratchStore({
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.clusterTimeZone ? { clusterTimeZone: options.clusterTimeZone } : {}),
  });
  return { store: opened.store, opened, close: () => opened.close() };
}
