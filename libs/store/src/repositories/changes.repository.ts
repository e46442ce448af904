import type { Kysely } from 'kysely';
import type { StoreChanges } from '@glokal/domain';
import type { Database } from '../database';

/** The change version, as the triggers of migration 0009 keep it. */
export function storeChanges(db: Kysely<Database>): StoreChanges {
  return {
    async version() {
      const row = await db.selectFrom('change_version').select('version').executeTakeFirstOrThrow();
      return BigInt(row.version);
    },
  };
}
