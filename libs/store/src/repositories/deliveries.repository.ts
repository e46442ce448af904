import { sql, type Kysely } from 'kysely';
import {
  ChatPlatform,
  type Clock,
  type Delivery,
  type DeliveryRepository,
  type DeliveryState,
} from '@glokal/domain';
import type { Database, DeliveryRow } from '../database';

const deliveryStates: readonly DeliveryState[] = ['pending', 'sending', 'sent', 'failed'];

function stateOf(row: DeliveryRow): DeliveryState {
  const state = deliveryStates.find((known) => known === row.state);
  if (!state) throw new Error(`delivery ${row.key} has an unknown state ${row.state}`);
  return state;
}

function toDelivery(row: DeliveryRow): Delivery {
  return {
    key: row.key,
    platform: ChatPlatform.parse(row.platform),
    channelId: row.channel_id,
    state: stateOf(row),
    attempts: row.attempts,
    ...(row.sending_since !== null ? { sendingSince: row.sending_since } : {}),
    ...(row.message_id !== null ? { messageId: row.message_id } : {}),
    ...(row.last_error !== null ? { lastError: row.last_error } : {}),
    ...(row.undeliverable ? { undeliverable: true as const } : {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const missing = (key: string) => new Error(`no delivery with key ${key} was claimed`);

/**
 * Delivery bookkeeping: the unique key makes "once" true across retries and restarts, and
 * `sending` (written before every call to the platform) tells a retry that an earlier try may
 * have posted the message already.
 */
export function deliveryRepository(db: Kysely<Database>, clock: Clock): DeliveryRepository {
  const update = async (
    key: string,
    changes: {
      state?: DeliveryState;
      message_id?: string | null;
      last_error: string | null;
      undeliverable?: boolean;
    },
  ) => {
    const result = await db
      .updateTable('deliveries')
      .set({ ...changes, updated_at: clock.now() })
      .where('key', '=', key)
      .returning('key')
      .executeTakeFirst();
    if (!result) throw missing(key);
  };

  return {
    async claim(delivery) {
      const now = clock.now();
      const inserted = await db
        .insertInto('deliveries')
        .values({
          key: delivery.key,
          platform: delivery.platform,
          channel_id: delivery.channelId,
          state: 'pending',
          created_at: now,
          updated_at: now,
        })
        .onConflict((conflict) => conflict.column('key').doNothing())
        .returning('key')
        .executeTakeFirst();
      return inserted !== undefined;
    },

    async byKey(key) {
      const row = await db
        .selectFrom('deliveries')
        .selectAll()
        .where('key', '=', key)
        .executeTakeFirst();
      return row ? toDelivery(row) : undefined;
    },

    async markSending(key) {
      const now = clock.now();
      const row = await db
        .updateTable('deliveries')
        .set((eb) => ({
          state: 'sending',
          attempts: eb('attempts', '+', 1),
          // The first try's time: a message may exist on the platform from then on.
          sending_since: sql<Date>`coalesce(sending_since, ${now})`,
          undeliverable: false,
          updated_at: now,
        }))
        .where('key', '=', key)
        .returningAll()
        .executeTakeFirst();
      if (!row) throw missing(key);
      return toDelivery(row);
    },

    markSent: (key, messageId) =>
      update(key, { state: 'sent', message_id: messageId ?? null, last_error: null }),

    recordError: (key, error) => update(key, { last_error: error }),

    markFailed: (key, error, options) =>
      update(key, {
        state: 'failed',
        last_error: error,
        undeliverable: options?.undeliverable ?? false,
      }),

    async failed(limit) {
      const rows = await db
        .selectFrom('deliveries')
        .selectAll()
        .where('state', '=', 'failed')
        .orderBy('updated_at', 'desc')
        .orderBy('key')
        .limit(limit)
        .execute();
      return rows.map(toDelivery);
    },

    async undeliverable(keyPrefix, limit) {
      const rows = await db
        .selectFrom('deliveries')
        .selectAll()
        .where('state', '=', 'failed')
        .where('undeliverable', '=', true)
        .where(sql<boolean>`starts_with(key, ${keyPrefix})`)
        .orderBy('updated_at', 'desc')
        .orderBy('key')
        .limit(limit)
        .execute();
      return rows.map(toDelivery);
    },
  };
}
