import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../database';

/**
 * The event's places (null: no limit), its row locked `for update` to the end of the
 * transaction, so that everything which gives or takes a place on one event takes its turn.
 */
export async function lockedPlaces(db: Kysely<Database>, eventId: string): Promise<number | null> {
  const row = await db
    .selectFrom('events')
    .select('capacity')
    .where('id', '=', eventId)
    .forUpdate()
    .executeTakeFirst();
  return row?.capacity ?? null;
}

/**
 * Moves the first waiting, in the order they answered, to Going while places are free (all of
 * them when the event has no limit any more), marked promoted now; their person ids. Call it
 * with the event's row locked (`lockedPlaces`).
 */
export async function fillPlaces(
  db: Kysely<Database>,
  eventId: string,
  places: number | null,
  now: Date,
): Promise<string[]> {
  let free: number | undefined;
  if (places !== null) {
    const going = await db
      .selectFrom('attendance')
      .select(sql<number>`count(*)::int`.as('total'))
      .where('event_id', '=', eventId)
      .where('answer', '=', 'going')
      .executeTakeFirstOrThrow();
    free = places - going.total;
    if (free <= 0) return [];
  }
  let first = db
    .selectFrom('attendance')
    .select('person_id')
    .where('event_id', '=', eventId)
    .where('answer', '=', 'waiting')
    .orderBy('answered_at')
    .orderBy('person_id');
  if (free !== undefined) first = first.limit(free);
  const promoted = (await first.execute()).map((row) => row.person_id);
  if (promoted.length === 0) return [];
  await db
    .updateTable('attendance')
    .set({ answer: 'going', promoted_at: now })
    .where('event_id', '=', eventId)
    .where('person_id', 'in', promoted)
    .execute();
  return promoted;
}

/** The person's number on the event's waiting list (1 is next), undefined when not on it. */
export async function waitingPosition(
  db: Kysely<Database>,
  personId: string,
  eventId: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('attendance as me')
    .innerJoin('attendance as ahead', (join) =>
      join
        .onRef('ahead.event_id', '=', 'me.event_id')
        .on('ahead.answer', '=', 'waiting')
        .on(sql<boolean>`(ahead.answered_at, ahead.person_id) <= (me.answered_at, me.person_id)`),
    )
    .select(sql<number>`count(*)::int`.as('position'))
    .where('me.person_id', '=', personId)
    .where('me.event_id', '=', eventId)
    .where('me.answer', '=', 'waiting')
    .executeTakeFirst();
  return row && row.position > 0 ? row.position : undefined;
}

/**
 * When someone joins the waiting list: now, or a microsecond after the last in line when the
 * clock has not moved on (answers taking their turn within one millisecond, which a `Date`
 * cannot tell apart), so the list's order is the order the answers got the event's lock.
 */
export function lastInLine(db: Kysely<Database>, eventId: string, now: Date): RawBuilder<Date> {
  const last = db
    .selectFrom('attendance')
    .select(sql<Date>`max(answered_at) + interval '1 microsecond'`.as('after'))
    .where('event_id', '=', eventId)
    .where('answer', '=', 'waiting');
  return sql<Date>`greatest(${now}::timestamptz, (${last}))`;
}
