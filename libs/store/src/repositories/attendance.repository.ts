import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import {
  AttendanceState,
  noRsvps,
  remindedAnswers,
  type AttendanceRepository,
  type Clock,
  type RsvpCounts,
} from '@glokal/domain';
import type { Database } from '../database';
import { toPerson } from './people.repository';
import { toEvent } from './events.repository';
import { dataText } from './stored-values';
import { fillPlaces, lastInLine, lockedPlaces, waitingPosition } from './waiting-list';

/** `work` in the transaction `db` already is, or in one of its own. */
function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database> | Transaction<Database>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/** Answers to events: one row per person and event, the answer changed in place. */
export function attendanceRepository(db: Kysely<Database>, clock: Clock): AttendanceRepository {
  return {
    answer(personId, eventId, answer) {
      return inTransaction(db, async (trx) => {
        // The event's row stays locked to the end of the transaction: answers to one event
        // take their turn, so two never both count the last place as free.
        const places = await lockedPlaces(trx, eventId);
        const now = clock.now();
        const row = await trx
          .selectFrom('attendance')
          .select('answer')
          .where('person_id', '=', personId)
          .where('event_id', '=', eventId)
          .executeTakeFirst();
        const before = row ? AttendanceState.parse(row.answer) : undefined;
        let state: AttendanceState = answer;
        if (answer === 'going' && (before === 'going' || before === 'waiting')) state = before;
        else if (answer === 'going' && places !== null) {
          const going = await trx
            .selectFrom('attendance')
            .select(sql<number>`count(*)::int`.as('total'))
            .where('event_id', '=', eventId)
            .where('answer', '=', 'going')
            .executeTakeFirstOrThrow();
          if (going.total >= places) state = 'waiting';
        }
        const joinedAt = lastInLine(trx, eventId, now);
        // The same answer again keeps when it was given.
        if (state !== before)
          await trx
            .insertInto('attendance')
            .values({
              person_id: personId,
              event_id: eventId,
              answer: state,
              created_at: now,
              answered_at: state === 'waiting' ? joinedAt : now,
            })
            .onConflict((conflict) =>
              conflict.columns(['person_id', 'event_id']).doUpdateSet({
                answer: state,
                answered_at: state === 'waiting' ? joinedAt : now,
                promoted_at: null,
              }),
            )
            .execute();
        const promoted =
          before === 'going' && state !== 'going'
            ? await fillPlaces(trx, eventId, places, now)
            : [];
        const position =
          state === 'waiting' ? await waitingPosition(trx, personId, eventId) : undefined;
        return {
          state,
          ...(before ? { before } : {}),
          ...(position ? { waitingPosition: position } : {}),
          promoted,
        };
      });
    },

    fillPlaces(eventId) {
      return inTransaction(db, async (trx) =>
        fillPlaces(trx, eventId, await lockedPlaces(trx, eventId), clock.now()),
      );
    },

    async answerOf(personId, eventId) {
      const row = await db
        .selectFrom('attendance')
        .select('answer')
        .where('person_id', '=', personId)
        .where('event_id', '=', eventId)
        .executeTakeFirst();
      return row ? AttendanceState.parse(row.answer) : undefined;
    },

    waitingPosition: (personId, eventId) => waitingPosition(db, personId, eventId),

    async promoted(eventId) {
      const rows = await db
        .selectFrom('attendance')
        .innerJoin('people', 'people.id', 'attendance.person_id')
        .selectAll('people')
        .select('attendance.promoted_at')
        .where('attendance.event_id', '=', eventId)
        .where('attendance.answer', '=', 'going')
        .where('attendance.promoted_at', 'is not', null)
        .orderBy('attendance.promoted_at')
        .orderBy('people.id')
        .execute();
      return rows.map(({ promoted_at, ...person }) => ({
        person: toPerson(person),
        promotedAt: new Date(promoted_at ?? 0),
      }));
    },

    async counts(eventId) {
      const rows = await db
        .selectFrom('attendance')
        .select(['answer', sql<number>`count(*)::int`.as('total')])
        .where('event_id', '=', eventId)
        .groupBy('answer')
        .execute();
      const counts: RsvpCounts = { ...noRsvps };
      for (const row of rows) counts[AttendanceState.parse(row.answer)] = row.total;
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
          answer: AttendanceState.parse(answer),
          answeredAt: new Date(answered_at),
        })),
      };
    },

    async upcomingFor(personId, from, limit) {
      const rows = await db
        .selectFrom('attendance')
        .innerJoin('events', 'events.id', 'attendance.event_id')
        .select(dataText('events').as('data'))
        .where('attendance.person_id', '=', personId)
        .where('attendance.answer', 'in', [...remindedAnswers])
        .where('events.status', '!=', 'cancelled')
        .where('events.ends_at', '>', from)
        .orderBy('events.starts_at')
        .orderBy('events.id')
        .limit(limit)
        .execute();
      return rows.map(toEvent);
    },
  };
}
