import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import {
  ClusterEvent,
  noRsvps,
  remindedAnswers,
  RsvpAnswer,
  type AttendanceRepository,
  type Clock,
  type RsvpCounts,
} from '@glokal/domain';
import type { Database } from '../database';
import { toPerson } from './people.repository';

/** Answers to events: one row per person and event, the answer changed in place. */
export function attendanceRepository(db: Kysely<Database>, clock: Clock): AttendanceRepository {
  return {
    async answer(personId, eventId, answer) {
      const now = clock.now();
      await db
        .insertInto('attendance')
        .values({
          person_id: personId,
          event_id: eventId,
          answer,
          created_at: now,
          answered_at: now,
        })
        .onConflict((conflict) =>
          conflict
            .columns(['person_id', 'event_id'])
            .doUpdateSet({ answer, answered_at: now })
            // The same answer again keeps when it was given.
            .where('attendance.answer', '!=', answer),
        )
        .execute();
    },

    async answerOf(personId, eventId) {
      const row = await db
        .selectFrom('attendance')
        .select('answer')
        .where('person_id', '=', personId)
        .where('event_id', '=', eventId)
        .executeTakeFirst();
      return row ? RsvpAnswer.parse(row.answer) : undefined;
    },

    async counts(eventId) {
      const rows = await db
        .selectFrom('attendance')
        .select(['answer', sql<number>`count(*)::int`.as('total')])
        .where('event_id', '=', eventId)
        .groupBy('answer')
        .execute();
      const counts: RsvpCounts = { ...noRsvps };
      for (const row of rows) counts[RsvpAnswer.parse(row.answer)] = row.total;
      return counts;
    },

    async attendees(eventId, page, answers) {
      let answered = db.selectFrom('attendance').where('attendance.event_id', '=', eventId);
      if (answers) answered = answered.where('attendance.answer', 'in', [...answers]);
      const [counted, rows] = await Promise.all([
        answered.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
        answered
          .innerJoin('people', 'people.id', 'attendance.person_id')
          .leftJoin('organisations', 'organisations.id', 'people.organisation_id')
          .selectAll('people')
          .select([
            'attendance.answer',
            'attendance.answered_at',
            'organisations.name as organisation_name',
          ])
          .orderBy('attendance.answered_at')
          .orderBy('people.id')
          .limit(page.limit)
          .offset(page.offset)
          .execute(),
      ]);
      return {
        total: counted.total,
        items: rows.map(({ answer, answered_at, organisation_name, ...person }) => ({
          person: toPerson(person),
          ...(organisation_name ? { organisationName: organisation_name } : {}),
          answer: RsvpAnswer.parse(answer),
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
        .where('attendance.answer', 'in', [...remindedAnswers])
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
