import type { Kysely } from 'kysely';
import {
  OutboxMessageSchema,
  type Clock,
  type Outbox,
  type OutboxEntry,
  type OutboxMessage,
} from '@glokal/domain';
import type { Database, OutboxRow } from '../database';
import { jsonb } from '../search';

/**
 * The kinds this version knows. A row of a kind added later (written by a newer app while this
 * worker still runs, during a rolling deploy) is left for a worker that knows it, instead of
 * stopping the relay of everything behind it.
 */
const knownTypes = Object.keys({
  announce: true,
  'grant-call-changed': true,
  'calendar-write': true,
  'event-changed': true,
  'free-slots': true,
} satisfies Record<OutboxMessage['type'], true>);

function toEntry(row: OutboxRow): OutboxEntry {
  const message = OutboxMessageSchema.safeParse(row.message);
  if (!message.success)
    throw new Error(`outbox row ${row.key} holds no message we know: ${message.error.message}`);
  return {
    id: Number(row.id),
    key: row.key,
    message: message.data,
    createdAt: row.created_at,
    ...(row.relayed_at !== null ? { relayedAt: row.relayed_at } : {}),
  };
}

/**
 * Messages a change records in its own transaction, for the worker's relay to move to their
 * queues. The unique key makes a repeated write (a retried form, a re-run sync) one message.
 */
export function outboxRepository(db: Kysely<Database>, clock: Clock): Outbox {
  return {
    async add(key, message) {
      const inserted = await db
        .insertInto('outbox')
        .values({
          key,
          type: message.type,
          message: jsonb(OutboxMessageSchema.parse(message)),
          created_at: clock.now(),
        })
        .onConflict((conflict) => conflict.column('key').doNothing())
        .returning('key')
        .executeTakeFirst();
      return inserted !== undefined;
    },

    async pending(limit) {
      const rows = await db
        .selectFrom('outbox')
        .selectAll()
        .where('relayed_at', 'is', null)
        .where('type', 'in', knownTypes)
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toEntry);
    },

    async markRelayed(ids, at) {
      if (ids.length === 0) return;
      await db
        .updateTable('outbox')
        .set({ relayed_at: at })
        .where('id', 'in', [...ids])
        .where('relayed_at', 'is', null)
        .execute();
    },
  };
}
