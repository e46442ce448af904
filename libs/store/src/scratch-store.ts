import { randomBytes } from 'node:crypto';
import { CLUSTER_TIME_ZONE_DEFAULT, type Clock } from '@glokal/domain';
import { openOverPglite, openStore, type OpenedStore } from './open-store';
import { migratedPglite } from './pglite-template';

export interface ScratchStoreOptions {
  /** Real Postgres: the scratch store is a fresh schema there, dropped on close. Unset: PGlite. */
  databaseUrl?: string;
  clusterTimeZone?: string;
  clock?: Clock;
}

/**
 * A throwaway, migrated, empty store for tests and benchmarks: a schema of its own on Postgres
 * (dropped again on close), or an in-memory PGlite.
 */
export async function openScratchStore(options: ScratchStoreOptions = {}): Promise<OpenedStore> {
  const clusterTimeZone = options.clusterTimeZone ?? CLUSTER_TIME_ZONE_DEFAULT;
  const common = { clusterTimeZone, ...(options.clock ? { clock: options.clock } : {}) };
  if (!options.databaseUrl) {
    return openOverPglite(await migratedPglite(), common);
  }
  const schema = `scratch_${randomBytes(6).toString('hex')}`;
  const opened = await openStore({ ...common, databaseUrl: options.databaseUrl, schema });
  return {
    ...opened,
    async close() {
      try {
        await opened.query(`drop schema if exists "${schema}" cascade`);
      } finally {
        await opened.close();
      }
    },
  };
}
