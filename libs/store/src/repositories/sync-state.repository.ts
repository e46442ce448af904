import type { Kysely } from 'kysely';
import type { SyncStateRepository } from '@glokal/domain';
import type { Database } from '../database';

/** One cursor per sync source (Calendar `syncToken`, Drive `startPageToken`). */
export function syncStateRepository(db: Kysely<Database>): SyncStateRepository {
  return {
    async get(source) {
      const row = await db
        .selectFrom('sync_state')
        .selectAll()
        .where('source', '=', source)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        source: row.source,
        ...(row.cursor !== null ? { cursor: row.cursor } : {}),
        ...(row.last_success_at !== null ? { lastSuccessAt: row.last_success_at } : {}),
        ...(row.last_error !== null ? { lastError: row.last_error } : {}),
        updatedAt: row.updated_at,
      };
    },

    async saveCursor(source, cursor, at) {
      await db
        .insertInto('sync_state')
        .values({
          source,
          cursor: cursor ?? null,
          last_success_at: at,
          last_error: null,
          updated_at: at,
        })
        .onConflict((conflict) =>
          conflict.column('source').doUpdateSet((eb) => ({
            cursor: eb.ref('excluded.cursor'),
            last_success_at: eb.ref('excluded.last_success_at'),
            last_error: eb.ref('excluded.last_error'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
    },

    async recordError(source, error, at) {
      await db
        .insertInto('sync_state')
        .values({ source, cursor: null, last_success_at: null, last_error: error, updated_at: at })
        .onConflict((conflict) =>
          conflict.column('source').doUpdateSet((eb) => ({
            last_error: eb.ref('excluded.last_error'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
    },
  };
}
