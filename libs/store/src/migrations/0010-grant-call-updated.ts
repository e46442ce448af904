import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Grant calls learn when they last changed (an edit, an extension, a close, an import that
 * changed something) and how many times: calendar feeds take an entry's SEQUENCE from the count.
 */
export const grantCallUpdated: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('grant_calls')
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
  },
};
