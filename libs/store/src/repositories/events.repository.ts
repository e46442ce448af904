import { sql, type Kysely } from 'kysely';
import {
  ClusterEvent,
  eventInterval,
  foldForSearch,
  type EventQuery,
  type EventRepository,
  type Page,
  type PageRequest,
} from '@glokal/domain';
import type { Database, NewEventRow } from '../database';
import { hasEveryWord, inBatches, jsonb, lastPerId, relevance } from '../search';
import { dataText, storedValues } from './stored-values';

function toRow(event: ClusterEvent, clusterTimeZone: string): NewEventRow {
  const { start, end } = eventInterval(event.timing, clusterTimeZone);
  const folded = foldForSearch(event.title);
  return {
    id: event.id,
    kind: event.kind,
    status: event.status,
    starts_at: start,
    ends_at: end,
    sort_title: folded,
    title_text: folded,
    recurring_event_id: event.recurringEventId ?? null,
    source: event.source,
    updated_at: new Date(event.updatedAt),
    data: jsonb(event),
    capacity: event.meeting?.capacity ?? null,
  };
}

const events = storedValues<ClusterEvent>();

/** A stored event (its `data` as JSON text), parsed once per content. */
export const toEvent = (row: { data: string }): ClusterEvent =>
  events.read(row.data, () => ClusterEvent.parse(JSON.parse(row.data)));

/**
 * Events keep the instants they occupy (`eventInterval` in the cluster's zone, so all-day
 * events on DST days are 23 or 25 hours long) beside the entity, for range queries on indexes.
 */
export function eventRepository(db: Kysely<Database>, clusterTimeZone: string): EventRepository {
  return {
    async between(query: EventQuery, page: PageRequest): Promise<Page<ClusterEvent>> {
      let matching = db
        .selectFrom('events')
        .where('ends_at', '>', query.from)
        .where('starts_at', '<', query.to)
        // No event that started before `from` minus the longest event's length can reach `from`.
        .where(
          'starts_at',
          '>',
          sql<Date>`${query.from}::timestamptz - (select coalesce(max(ends_at - starts_at), interval '0') from events)`,
        );
      if (!query.includeCancelled) matching = matching.where('status', '!=', 'cancelled');
      if (query.kind) matching = matching.where('kind', '=', query.kind);
      const [counted, rows] = await Promise.all([
        matching.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
        matching
          .select(dataText('events').as('data'))
          .orderBy('starts_at')
          .orderBy(sql`sort_title collate "C"`)
          .orderBy('id')
          .limit(page.limit)
          .offset(page.offset)
          .execute(),
      ]);
      return { items: rows.map(toEvent), total: counted.total };
    },

    async byId(id) {
      const row = await db
        .selectFrom('events')
        .select(dataText('events').as('data'))
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toEvent(row) : undefined;
    },

    async findByTitle(words, now, limit) {
      const rank = relevance({ title: sql.ref('title_text') }, words);
      const rows = await db
        .selectFrom('events')
        .select(dataText('events').as('data'))
        .where('status', '!=', 'cancelled')
        .where(hasEveryWord('title_text', words))
        .$if(rank !== undefined, (ordered) => ordered.orderBy(sql`${rank} desc`))
        .orderBy(sql`case when ends_at > ${now} then 0 else 1 end`)
        .orderBy(sql`case when ends_at > ${now} then starts_at end`)
        .orderBy('starts_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toEvent);
    },

    async upsert(events) {
      for (const batch of inBatches(lastPerId(events))) {
        await db
          .insertInto('events')
          .values(batch.map((event) => toRow(event, clusterTimeZone)))
          .onConflict((conflict) =>
            conflict.column('id').doUpdateSet((eb) => ({
              kind: eb.ref('excluded.kind'),
              status: eb.ref('excluded.status'),
              starts_at: eb.ref('excluded.starts_at'),
              ends_at: eb.ref('excluded.ends_at'),
              sort_title: eb.ref('excluded.sort_title'),
              title_text: eb.ref('excluded.title_text'),
              recurring_event_id: eb.ref('excluded.recurring_event_id'),
              source: eb.ref('excluded.source'),
              updated_at: eb.ref('excluded.updated_at'),
              data: eb.ref('excluded.data'),
              capacity: eb.ref('excluded.capacity'),
            })),
          )
          .execute();
      }
    },

    async remove(ids) {
      if (ids.length === 0) return;
      await db
        .deleteFrom('events')
        .where('id', 'in', [...ids])
        .execute();
    },
  };
}
