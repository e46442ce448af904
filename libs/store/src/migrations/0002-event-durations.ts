import { sql, type Kysely, type Migration } from 'kysely';

/**
 * An index on how long events last. `events.between` bounds its scan of `events_by_start`
 * from below by the longest event (read from this index in one step), so a window in the future
 * does not walk through every past event.
 */
export const eventDurations: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create index events_by_duration on events ((ends_at - starts_at))`.execute(db);
  },
};
