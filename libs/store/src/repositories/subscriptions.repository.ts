import { sql, type Kysely, type Selectable } from 'kysely';
import {
  Subscription,
  topics as allTopics,
  type Clock,
  type SubscriptionRepository,
  type Topic,
} from '@glokal/domain';
import type { Database, SubscriptionsTable } from '../database';
import { jsonb } from '../search';

const toSubscription = (row: Selectable<SubscriptionsTable>): Subscription =>
  Subscription.parse({
    platform: row.platform,
    workspaceId: row.workspace_id,
    channelId: row.channel_id,
    topics: row.topics,
    locale: row.locale,
    ...(row.reminder_offsets ? { reminderOffsets: row.reminder_offsets } : {}),
  });

/** Topics in the order `topics` lists them, each once. */
const inCanonicalOrder = (chosen: ReadonlySet<string>): Topic[] =>
  allTopics.filter((topic) => chosen.has(topic));

/** Which channel gets which news, in which language. */
export function subscriptionRepository(db: Kysely<Database>, clock: Clock): SubscriptionRepository {
  const inTransaction = <T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T> =>
    db.isTransaction ? work(db) : db.transaction().execute(work);

  const current = (trx: Kysely<Database>, channel: Pick<Subscription, 'platform' | 'channelId'>) =>
    trx
      .selectFrom('subscriptions')
      .selectAll()
      .where('platform', '=', channel.platform)
      .where('channel_id', '=', channel.channelId)
      .forUpdate()
      .executeTakeFirst();

  return {
    subscribe: (channel, topics) =>
      inTransaction(async (trx) => {
        const existing = await current(trx, channel);
        const merged = inCanonicalOrder(new Set([...(existing?.topics ?? []), ...topics]));
        const row = await trx
          .insertInto('subscriptions')
          .values({
            platform: channel.platform,
            channel_id: channel.channelId,
            workspace_id: channel.workspaceId,
            topics: jsonb(merged),
            locale: existing?.locale ?? channel.locale,
            updated_at: clock.now(),
          })
          .onConflict((conflict) =>
            conflict.columns(['platform', 'channel_id']).doUpdateSet((eb) => ({
              topics: eb.ref('excluded.topics'),
              workspace_id: eb.ref('excluded.workspace_id'),
              updated_at: eb.ref('excluded.updated_at'),
            })),
          )
          .returningAll()
          .executeTakeFirstOrThrow();
        return toSubscription(row);
      }),

    unsubscribe: (channel, topics) =>
      inTransaction(async (trx) => {
        const existing = await current(trx, channel);
        if (!existing) return undefined;
        const removed = new Set<string>(topics);
        const remaining = inCanonicalOrder(
          new Set(existing.topics.filter((topic) => !removed.has(topic))),
        );
        const where = trx
          .deleteFrom('subscriptions')
          .where('platform', '=', channel.platform)
          .where('channel_id', '=', channel.channelId);
        if (remaining.length === 0) {
          await where.execute();
          return undefined;
        }
        const row = await trx
          .updateTable('subscriptions')
          .set({ topics: jsonb(remaining), updated_at: clock.now() })
          .where('platform', '=', channel.platform)
          .where('channel_id', '=', channel.channelId)
          .returningAll()
          .executeTakeFirstOrThrow();
        return toSubscription(row);
      }),

    async forChannel(channel) {
      const row = await db
        .selectFrom('subscriptions')
        .selectAll()
        .where('platform', '=', channel.platform)
        .where('channel_id', '=', channel.channelId)
        .executeTakeFirst();
      return row ? toSubscription(row) : undefined;
    },

    async setLocale(channel, locale) {
      const row = await db
        .updateTable('subscriptions')
        .set({ locale, updated_at: clock.now() })
        .where('platform', '=', channel.platform)
        .where('channel_id', '=', channel.channelId)
        .returningAll()
        .executeTakeFirst();
      return row ? toSubscription(row) : undefined;
    },

    async setReminderOffsets(channel, offsets) {
      const row = await db
        .updateTable('subscriptions')
        .set({ reminder_offsets: offsets ? jsonb(offsets) : null, updated_at: clock.now() })
        .where('platform', '=', channel.platform)
        .where('channel_id', '=', channel.channelId)
        .returningAll()
        .executeTakeFirst();
      return row ? toSubscription(row) : undefined;
    },

    async forTopic(topic) {
      const rows = await db
        .selectFrom('subscriptions')
        .selectAll()
        .where(sql<boolean>`topics @> ${jsonb([topic])}::jsonb`)
        .orderBy('platform')
        .orderBy('channel_id')
        .execute();
      return rows.map(toSubscription);
    },
  };
}
