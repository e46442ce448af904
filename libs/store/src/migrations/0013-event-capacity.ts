import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Meetings may have a number of places (`events.capacity`, from `meeting.capacity`; null: no
 * limit), and Going past it is `waiting`, an answer of its own kept in the order given
 * (`answered_at`). `promoted_at` is when a waiting person was given a place, so the worker
 * tells them once; a later answer of theirs clears it.
 */
export const eventCapacity: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('events')
      .addColumn('capacity', 'integer', (c) => c.check(sql`capacity between 1 and 10000`))
      .execute();
    await sql`update events set capacity = (data->'meeting'->>'capacity')::int
      where data->'meeting'->>'capacity' is not null`.execute(db);
    await db.schema.alterTable('attendance').addColumn('promoted_at', 'timestamptz').execute();
    // The check 0011 added inline has Postgres's name for it on both databases.
    await sql`alter table attendance drop constraint attendance_answer_check`.execute(db);
    await sql`alter table attendance add constraint attendance_answer_check
      check (answer in ('going', 'maybe', 'not-going', 'waiting'))`.execute(db);
    // The waiting list of an event, in its order.
    await sql`create index attendance_waiting on attendance (event_id, answered_at, person_id)
      where answer = 'waiting'`.execute(db);
  },
};
