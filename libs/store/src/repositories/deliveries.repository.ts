import type { Kysely } from 'kysely';
import {
  ChatPlatform,
  type Clock,
  type Delivery,
  type DeliveryRepository,
  type DeliveryState,
} from '@glokal/domain';
import type { Database, DeliveryRow } from '../database';

const deliveryStates: ReadonlySet<string> = new Set<DeliveryState>(['pending', 'sent', 'failed']);

function toDelivery(row: DeliveryRow): Delivery {
  if (!deliveryStates.has(row.state))
    throw new Error(`delivery ${row.key} has an unknown state ${row.state}`);
  return {
    key: row.key,
    platform: ChatPlatform.parse(row.platform),
    channelId: row.channel_id,
    state: row.state === 'sent' ? 'sent' : row.state === 'failed' ? 'failed' : 'pending',
    attempts: row.attempts,
    ...(row.message_id !== null ? { messageId: row.message_id } : {}),
    ...(row.last_error !== null ? { lastError: row.last_error } : {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Delivery bookkeeping: the unique key makes "once" true across retries and restarts. */
export function deliveryRepository(db: Kysely<Database>, clock: Clock): DeliveryRepository {
  const update = async (
    key: string,
    changes: { state: DeliveryState; message_id?: string | null; last_error: string | null },
  ) => {
    const result = await db
      .updateTable('deliveries')
      .set((eb) => ({ ...changes, attempts: eb('attempts', '+', 1), updated_at: clock.now() }))
      .where('key', '=', key)
      .returning('key')
      .executeTakeFirst();
    if (!result) throw new Error(`no delivery with key ${key} was claimed`);
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

    markSent: (key, messageId) =>
      update(key, { state: 'sent', message_id: messageId ?? null, last_error: null }),

    markFailed: (key, error) => update(key, { state: 'failed', last_error: error }),

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
  };
}
