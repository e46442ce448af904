import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { systemClock, type Clock, type ClusterStore } from '@glokal/domain';
import type { Database } from './database';
import { clusterStoreOver } from './cluster-store';
import { migrateToLatest } from './migrate';
import { lockDataDir } from './data-dir-lock';
import { pgliteOptions } from './pglite-settings';

export type StoreKind = 'postgres' | 'pglite';

/** Where the store lives and how it reads time (`DATABASE_URL`, `DATA_DIR`: see the README). */
export interface OpenStoreOptions {
  /** Real Postgres. When unset, embedded PGlite is used. */
  databaseUrl?: string;
  /** Where embedded PGlite keeps its files (`<dataDir>/pglite`); unset: in memory. */
  dataDir?: string;
  /** A Postgres schema of its own (created when missing), e.g. one per test file. */
  schema?: string;
  /** The zone all-day events are placed in. */
  clusterTimeZone: string;
  /** Stamps rows the store creates (people, deliveries, subscriptions). */
  clock?: Clock;
  logger?: { info(detail: object, message: string): void };
}

export interface OpenedStore {
  store: ClusterStore;
  kind: StoreKind;
  /** True when there are no organisations, events, grant calls or documents. */
  isEmpty(): Promise<boolean>;
  /** Runs `work` in one transaction: all its writes land, or none. */
  transaction<T>(work: (store: ClusterStore) => Promise<T>): Promise<T>;
  /** Plain SQL with `$1` parameters, for tests' assertions and operators' checks. */
  query(text: string, parameters?: readonly unknown[]): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}

const schemaName = /^[a-z_][a-z0-9_]{0,62}$/;

/** Checks a schema name before it is written into SQL. */
export function checkedSchema(schema: string): string {
  if (!schemaName.test(schema)) throw new RangeError(`not a plain schema name: ${schema}`);
  return schema;
}

/**
 * Opens the store: Postgres at `databaseUrl`, or embedded PGlite (under `dataDir`, or in
 * memory), and applies every migration not yet applied. The same SQL runs on both.
 */
export async function openStore(options: OpenStoreOptions): Promise<OpenedStore> {
  if (options.databaseUrl) {
    const schema = options.schema === undefined ? undefined : checkedSchema(options.schema);
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
      // A Postgres that does not answer fails a request in seconds instead of holding it.
      connectionTimeoutMillis: 10_000,
    });
    pool.on('error', (error) =>
      options.logger?.info({ err: error.message }, 'idle Postgres connection failed'),
    );
    // The pool takes its own listener off a client it lends out (a transaction between two
    // queries): a connection reset then would be an uncaught error that ends the process. The
    // client is left unqueryable, so its query fails and the pool drops it when it comes back.
    pool.on('connect', (client) =>
      client.on('error', (error) =>
        options.logger?.info({ err: error.message }, 'Postgres connection in use failed'),
      ),
    );
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return openOver(db, 'postgres', options);
  }
  if (!options.dataDir) return openOverPglite(new PGlite(pgliteOptions()), options);
  mkdirSync(options.dataDir, { recursive: true });
  const lock = lockDataDir(options.dataDir);
  try {
    const opened = await openOverPglite(
      new PGlite(pgliteOptions({ dataDir: join(options.dataDir, 'pglite') })),
      options,
    );
    return {
      ...opened,
      close: async () => {
        try {
          await opened.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** Opens the store over a PGlite instance the caller made (e.g. a clone of a migrated one). */
export async function openOverPglite(
  pglite: PGlite,
  options: OpenStoreOptions,
): Promise<OpenedStore> {
  await pglite.waitReady;
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return openOver(db, 'pglite', options);
}

/**
 * One advisory lock for every change to the database's schemas: migrations (in any schema)
 * and dropping a scratch schema. Kysely's migrator reads the catalogue of all schemas by name,
 * which fails if another process drops a schema at that moment, so the two never overlap.
 */
export const SCHEMA_CHANGE_LOCK = 'glokal-store-schema-change';

/**
 * Creates the schema when asked for one and applies the migrations, on one connection holding
 * the schema-change lock, so processes opening the same database at once do it one after another.
 */
async function prepareSchema(
  db: Kysely<Database>,
  kind: StoreKind,
  schema: string | undefined,
): Promise<string[]> {
  return db.connection().execute(async (connection) => {
    const lockKey = SCHEMA_CHANGE_LOCK;
    await sql`select pg_advisory_lock(hashtext(${lockKey}))`.execute(connection);
    try {
      if (schema) {
        await connection.executeQuery(
          CompiledQuery.raw(`create schema if not exists "${checkedSchema(schema)}"`),
        );
        if (kind === 'pglite')
          await connection.executeQuery(CompiledQuery.raw(`set search_path to "${schema}"`));
      }
      return await migrateToLatest(connection, schema);
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${lockKey}))`.execute(connection);
    }
  });
}

async function openOver(
  db: Kysely<Database>,
  kind: StoreKind,
  options: OpenStoreOptions,
): Promise<OpenedStore> {
  const clock = options.clock ?? systemClock;
  const settings = { clusterTimeZone: options.clusterTimeZone, clock };
  try {
    const applied = await prepareSchema(db, kind, options.schema);
    if (applied.length > 0) options.logger?.info({ kind, applied }, 'store migrations applied');
  } catch (error) {
    await db.destroy();
    throw error;
  }

  const store = clusterStoreOver(db, settings);
  return {
    store,
    kind,
    async isEmpty() {
      const tables = ['organisations', 'events', 'grant_calls', 'documents'] as const;
      for (const table of tables) {
        const row = await db.selectFrom(table).select('id').limit(1).executeTakeFirst();
        if (row) return false;
      }
      return true;
    },
    transaction: (work) => store.transaction(work),
    async query(text, parameters = []) {
      const result = await db.executeQuery<Record<string, unknown>>(
        CompiledQuery.raw(text, [...parameters]),
      );
      return result.rows;
    },
    close: () => db.destroy(),
  };
}
