import type { Kysely } from 'kysely';
import type { StoreChanges } from '@glokal/domain';
import type { Database } from '../database';
import { sharedFreshReads } from './fresh-reads';

/**
 * The change version, as the triggers of migration 0009 keep it. Concurrent requests share a
 * read that began after they asked (never one from before), so a burst of replies costs a
 * couple of queries, not one each.
 */
export function storeChanges(db: Kysely<Database>): StoreChanges {
  const version = sharedFreshReads(async () => {
    const row = await db.selectFrom('change_version').select('version').executeTakeFirstOrThrow();
    return BigInt(row.version);
  });
  return { version };
}
