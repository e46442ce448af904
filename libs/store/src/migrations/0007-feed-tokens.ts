import type { Kysely, Migration } from 'kysely';

/**
 * People get the secret of their personal calendar feed (`/feeds/p/<token>.ics`): unique, so a
 * token finds one person, and null until the person first asks for their feed.
 */
export const feedTokens: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('people')
      .addColumn('feed_token', 'text', (c) => c.unique())
      .execute();
  },
};
