import { randomBytes } from 'node:crypto';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { PGlite } from '@electric-sql/pglite';
import { CLUSTER_TIME_ZONE_DEFAULT, type Clock } from '@glokal/domain';
import { openOverPglite, openStore, type OpenedStore } from './open-store';
import { migrateToLatest } from './migrate';

export interface ScratchStoreOptions {
  /** Real Postgres: the scratch store is a fresh schema there, dropped on close. Unset: PGlite. */
  databaseUrl?: string;
  clusterTimeZone?: string;
  clock?: Clock;
}

/** One migrated in-memory PGlite per process, cloned for each scratch store (much faster than a fresh start). */
let migratedTemplate: Promise<PGlite> | undefined;

function pgliteTemplate(): Promise<PGlite> {
  migratedTemplate ??= (async () => {
    const pglite = new PGlite();
    await pglite.waitReady;
    await migrateToLatest(new Kysely<unknown>({ dialect: new PGliteDialect(pglite) }));
    return pglite;
  })().catch((error: unknown) => {
    migratedTemplate = undefined;
    throw error;
  });
  return migratedTemplate;
}

/**
 * A throwaway, migrated, empty store for tests and benchmarks: a schema of its own on Postgres
 * (dropped again on close), or an in-memory PGlite.
 */
export async function openScratchStore(options: ScratchStoreOptions = {}): Promise<OpenedStore> {
  const clusterTimeZone = options.clusterTimeZone ?? CLUSTER_TIME_ZONE_DEFAULT;
  const common = { clusterTimeZone, ...(options.clock ? { clock: options.clock } : {}) };
  if (!options.databaseUrl) {
    const template = await pgliteTemplate();
    const copy = await template.clone();
    if (!(copy instanceof PGlite)) throw new Error('PGlite clone() returned something that is not a PGlite');
    return openOverPglite(copy, common);
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
