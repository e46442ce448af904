import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { FeedTokenRepository } from '@glokal/domain';
import type { Database } from '../database';

/** 24 random bytes: 32 URL-safe characters nobody guesses. */
const newToken = () => randomBytes(24).toString('base64url');

/** Personal feed tokens, kept on the person's row. */
export function feedTokenRepository(db: Kysely<Database>): FeedTokenRepository {
  const renew = async (personId: string) => {
    const token = newToken();
    const updated = await db
      .updateTable('people')
      .set({ feed_token: token })
      .where('id', '=', personId)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw new Error(`no person ${personId}`);
    return token;
  };
  return {
    async forPerson(personId) {
      const row = await db
        .selectFrom('people')
        .select('feed_token')
        .where('id', '=', personId)
        .executeTakeFirst();
      if (!row) throw new Error(`no person ${personId}`);
      if (row.feed_token) return row.feed_token;
      // Two first asks at once: only one token is written, and both return that one.
      await db
        .updateTable('people')
        .set({ feed_token: newToken() })
        .where('id', '=', personId)
        .where('feed_token', 'is', null)
        .execute();
      const made = await db
        .selectFrom('people')
        .select('feed_token')
        .where('id', '=', personId)
        .executeTakeFirstOrThrow();
      if (!made.feed_token) throw new Error(`no feed token for ${personId}`);
      return made.feed_token;
    },
    renew,
    async personOf(token) {
      if (!token) return undefined;
      const row = await db
        .selectFrom('people')
        .select('id')
        .where('feed_token', '=', token)
        .executeTakeFirst();
      return row?.id;
    },
  };
}
