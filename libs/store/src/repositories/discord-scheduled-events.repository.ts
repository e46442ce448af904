import type { Kysely } from 'kysely';
import type { Clock, DiscordScheduledEventRepository } from '@glokal/domain';
import type { Database } from '../database';

/** Events' copies in Discord servers' Events tabs (`discord_scheduled_events`). */
export function discordScheduledEventRepository(
  db: Kysely<Database>,
  clock: Clock,
): DiscordScheduledEventRepository {
  return {
    async of(eventId) {
      const rows = await db
        .selectFrom('discord_scheduled_events')
        .select(['event_id', 'guild_id', 'scheduled_event_id', 'sent'])
        .where('event_id', '=', eventId)
        .orderBy('guild_id')
        .execute();
      return rows.map((row) => ({
        eventId: row.event_id,
        guildId: row.guild_id,
        scheduledEventId: row.scheduled_event_id,
        sent: row.sent,
      }));
    },
    async save(copy) {
      const row = {
        event_id: copy.eventId,
        guild_id: copy.guildId,
        scheduled_event_id: copy.scheduledEventId,
        sent: copy.sent,
        updated_at: clock.now(),
      };
      await db
        .insertInto('discord_scheduled_events')
        .values(row)
        .onConflict((conflict) =>
          conflict.columns(['event_id', 'guild_id']).doUpdateSet({
            scheduled_event_id: row.scheduled_event_id,
            sent: row.sent,
            updated_at: row.updated_at,
          }),
        )
        .execute();
    },
    async forget(eventId, guildId) {
      await db
        .deleteFrom('discord_scheduled_events')
        .where('event_id', '=', eventId)
        .where('guild_id', '=', guildId)
        .execute();
    },
    async eventIds(limit) {
      const rows = await db
        .selectFrom('discord_scheduled_events')
        .select('event_id')
        .distinct()
        .orderBy('event_id')
        .limit(limit)
        .execute();
      return rows.map((row) => row.event_id);
    },
  };
}
