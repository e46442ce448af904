import { randomBytes } from 'node:crypto';
import { CLUSTER_TIME_ZONE_DEFAULT, type Clock } from '@glokal/domain';
import {
  SCHEMA_CHANGE_LOCK,
  checkedSchema,
  openOverPglite,
  openStore,
  type OpenedStore,
} from './open-store';
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
        await dropSchema(opened, schema);
      } finally {
        await opened.close();
      }
    },
  };
}

/**
 * Drops a Postgres schema and everything in it, holding the schema-change lock while it does,
 * so a migration elsewhere never reads the catalogue mid-drop.
 */
export async function dropSchema(opened: OpenedStore, schema: string): Promise<void> {
  // One statement list runs on one connection: the lock lasts exactly as long as the drop.
  await opened.query(
    `begin; select pg_advisory_xact_lock(hashtext('${SCHEMA_CHANGE_LOCK}')); ` +
      `drop schema if exists "${checkedSchema(schema)}" cascade; commit`,
  );
}
