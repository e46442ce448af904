import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { ClusterEvent, type AttendanceRepository, type Clock } from '@glokal/domain';
import type { Database } from '../database';
import { toPerson } from './people.repository';

/** "I'm going": one row per person and event while they are going. */
export function attendanceRepository(db: Kysely<Database>, clock: Clock): AttendanceRepository {
  return {
    async set(personId, eventId, going) {
      if (going) {
        await db
          .insertInto('attendance')
          .values({ person_id: personId, event_id: eventId, created_at: clock.now() })
          .onConflict((conflict) => conflict.columns(['person_id', 'event_id']).doNothing())
          .execute();
      } else {
        await db
          .deleteFrom('attendance')
          .where('person_id', '=', personId)
          .where('event_id', '=', eventId)
          .execute();
      }
    },

    async isGoing(personId, eventId) {
      const row = await db
        .selectFrom('attendance')
        .select('event_id')
        .where('person_id', '=', personId)
        .where('event_id', '=', eventId)
        .executeTakeFirst();
      return row !== undefined;
    },

    async count(eventId) {
      const row = await db
        .selectFrom('attendance')
        .select(sql<number>`count(*)::int`.as('total'))
        .where('event_id', '=', eventId)
        .executeTakeFirstOrThrow();
      return row.total;
    },

    async attendees(eventId, page) {
      const going = db.selectFrom('attendance').where('attendance.event_id', '=', eventId);
      const [counted, rows] = await Promise.all([
        going.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
        going
          .innerJoin('people', 'people.id', 'attendance.person_id')
          .leftJoin('organisations', 'organisations.id', 'people.organisation_id')
          .selectAll('people')
          .select([
            'attendance.created_at as answered_at',
            'organisations.name as organisation_name',
          ])
          .orderBy('attendance.created_at')
          .orderBy('people.id')
          .limit(page.limit)
          .offset(page.offset)
          .execute(),
      ]);
      return {
        total: counted.total,
        items: rows.map(({ answered_at, organisation_name, ...person }) => ({
          person: toPerson(person),
          ...(organisation_name ? { organisationName: organisation_name } : {}),
          answeredAt: new Date(answered_at),
        })),
      };
    },

    async upcomingFor(personId, from, limit) {
      const rows = await db
        .selectFrom('attendance')
        .innerJoin('events', 'events.id', 'attendance.event_id')
        .select('events.data')
        .where('attendance.person_id', '=', personId)
        .where('events.status', '!=', 'cancelled')
        .where('events.ends_at', '>', from)
        .orderBy('events.starts_at')
        .orderBy('events.id')
        .limit(limit)
        .execute();
      return rows.map((row) => ClusterEvent.parse(row.data));
    },
  };
}
