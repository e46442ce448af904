import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Answers to events become three: `going`, `maybe`, `not-going`, with when each was last
 * given (`answered_at`; `created_at` stays the first answer). A row used to exist only while
 * its person was going ("Not going" deleted it), so every existing row is `going`, answered
 * when it was created.
 */
export const rsvpAnswers: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('attendance')
      .addColumn('answer', 'text', (c) =>
        c
          .notNull()
          .defaultTo('going')
          .check(sql`answer in ('going', 'maybe', 'not-going')`),
      )
      .addColumn('answered_at', 'timestamptz')
      .execute();
    await sql`update attendance set answered_at = created_at`.execute(db);
    await db.schema
      .alterTable('attendance')
      .alterColumn('answered_at', (c) => c.setNotNull())
      .execute();
  },
};
