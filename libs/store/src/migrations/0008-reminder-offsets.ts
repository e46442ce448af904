import type { Kysely, Migration } from 'kysely';

/**
 * A channel subscribed to `grants` may choose when its deadline reminders go out (days and
 * hours before); null is the default policy. A call's own choice lives in its data.
 */
export const reminderOffsets: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('subscriptions').addColumn('reminder_offsets', 'jsonb').execute();
  },
};
