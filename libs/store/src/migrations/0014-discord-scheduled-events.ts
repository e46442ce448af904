import type { Kysely, Migration } from 'kysely';

/**
 * Events mirrored to Discord servers' Events tabs: Discord's scheduled event id per event and
 * server, and a digest of what was last sent. No foreign key to `events`: a copy outlives its
 * event removed from the calendar until the Discord app has deleted it.
 */
export const discordScheduledEvents: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('discord_scheduled_events')
      .addColumn('event_id', 'text', (c) => c.notNull())
      .addColumn('guild_id', 'text', (c) => c.notNull())
      .addColumn('scheduled_event_id', 'text', (c) => c.notNull())
      .addColumn('sent', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
      .addPrimaryKeyConstraint('discord_scheduled_events_pk', ['event_id', 'guild_id'])
      .execute();
  },
};
