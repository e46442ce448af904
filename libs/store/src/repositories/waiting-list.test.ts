import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ClusterEvent, Clock } from '@glokal/domain';
import type { OpenedStore } from '../open-store';
import { emptyStore, storeCases } from '../contract/store-cases';
import { anEvent } from '../contract/fixtures';

/** A meeting scheduled from chat with `capacity` places (none: no limit). */
function aMeeting(id: string, capacity?: number): ClusterEvent {
  return anEvent({
    id,
    meeting: {
      online: false,
      invitees: [],
      scheduledBy: { platform: 'slack', userId: 'U-COORD' },
      ...(capacity ? { capacity } : {}),
    },
  });
}

describe.each(storeCases())('a meeting with places and a waiting list on $name', ({ open }) => {
  let opened: OpenedStore;
  let now = new Date('2026-06-01T08:00:00Z');
  const clock: Clock = { now: () => new Date(now) };
  beforeAll(async () => {
    opened = await open({ clock });
  });
  afterAll(() => opened.close());
  beforeEach(async () => {
    await emptyStore(opened);
    now = new Date('2026-06-01T08:00:00Z');
  });

  /** People `P01`… created in order. */
  async function people(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let n = 1; n <= count; n += 1) {
      const name = `P${String(n).padStart(2, '0')}`;
      ids.push((await opened.store.people.ensure({ platform: 'slack', userId: name }, name)).id);
    }
    return ids;
  }
  const at = (minute: number) => {
    now = new Date(Date.UTC(2026, 5, 1, 8, minute));
  };
  const stateOf = (personId: string) => opened.store.attendance.answerOf(personId, 'forum');

  it('puts Going past the last place on the waiting list, numbered in the order they answered', async () => {
    await opened.store.events.upsert([aMeeting('forum', 2)]);
    const [anna, jan, ola, piotr] = await people(4);
    if (!anna || !jan || !ola || !piotr) throw new Error('people');
    at(1);
    expect(await opened.store.attendance.answer(anna, 'forum', 'going')).toEqual({
      state: 'going',
      promoted: [],
    });
    at(2);
    await opened.store.attendance.answer(jan, 'forum', 'going');
    at(3);
    expect(await opened.store.attendance.answer(ola, 'forum', 'going')).toEqual({
      state: 'waiting',
      waitingPosition: 1,
      promoted: [],
    });
    at(4);
    expect(await opened.store.attendance.answer(piotr, 'forum', 'maybe')).toMatchObject({
      state: 'maybe',
    });
    at(5);
    expect(await opened.store.attendance.answer(piotr, 'forum', 'going')).toEqual({
      state: 'waiting',
      before: 'maybe',
      waitingPosition: 2,
      promoted: [],
    });
    // Going again while waiting keeps the place in the queue.
    at(6);
    expect(await opened.store.attendance.answer(ola, 'forum', 'going')).toEqual({
      state: 'waiting',
      before: 'waiting',
      waitingPosition: 1,
      promoted: [],
    });
    expect(await opened.store.attendance.counts('forum')).toEqual({
      going: 2,
      maybe: 0,
      'not-going': 0,
      waiting: 2,
    });
    expect(await opened.store.attendance.waitingPosition(piotr, 'forum')).toBe(2);
    expect(await opened.store.attendance.waitingPosition(anna, 'forum')).toBeUndefined();
    // Waiting is not going: no reminders, no personal feed.
    expect(
      (
        await opened.store.attendance.attendees('forum', { limit: 10, offset: 0 }, [
          'going',
          'maybe',
        ])
      ).total,
    ).toBe(2);
    expect(await opened.store.attendance.upcomingFor(ola, now, 10)).toEqual([]);
  });

  it('gives a freed place to the first waiting, marked promoted until they answer again', async () => {
    await opened.store.events.upsert([aMeeting('forum', 1)]);
    const [anna, jan, ola] = await people(3);
    if (!anna || !jan || !ola) throw new Error('people');
    at(1);
    await opened.store.attendance.answer(anna, 'forum', 'going');
    at(2);
    await opened.store.attendance.answer(jan, 'forum', 'going');
    at(3);
    await opened.store.attendance.answer(ola, 'forum', 'going');

    at(10);
    expect(await opened.store.attendance.answer(anna, 'forum', 'not-going')).toEqual({
      state: 'not-going',
      before: 'going',
      promoted: [jan],
    });
    expect(await stateOf(jan)).toBe('going');
    expect(await stateOf(ola)).toBe('waiting');
    expect(await opened.store.attendance.waitingPosition(ola, 'forum')).toBe(1);
    const promoted = await opened.store.attendance.promoted('forum');
    expect(promoted.map(({ person, promotedAt }) => [person.displayName, promotedAt])).toEqual([
      ['P02', new Date('2026-06-01T08:10:00Z')],
    ]);

    // Someone waiting who leaves frees no place; the promoted one who leaves frees theirs.
    at(11);
    expect(await opened.store.attendance.answer(ola, 'forum', 'maybe')).toMatchObject({
      promoted: [],
    });
    await opened.store.attendance.answer(ola, 'forum', 'going');
    at(12);
    expect(await opened.store.attendance.answer(jan, 'forum', 'maybe')).toMatchObject({
      promoted: [ola],
    });
    expect((await opened.store.attendance.promoted('forum')).map((p) => p.person.id)).toEqual([
      ola,
    ]);
  });

  it('gives raised places to as many waiting as fit, and every waiting a place when the limit goes', async () => {
    await opened.store.events.upsert([aMeeting('forum', 1)]);
    const everyone = await people(5);
    for (const [minute, person] of everyone.entries()) {
      at(minute);
      await opened.store.attendance.answer(person, 'forum', 'going');
    }
    expect((await opened.store.attendance.counts('forum')).waiting).toBe(4);

    at(20);
    await opened.store.events.upsert([aMeeting('forum', 3)]);
    expect(await opened.store.attendance.fillPlaces('forum')).toEqual(everyone.slice(1, 3));
    expect(await opened.store.attendance.fillPlaces('forum')).toEqual([]);
    // Fewer places take nobody's away.
    await opened.store.events.upsert([aMeeting('forum', 2)]);
    expect(await opened.store.attendance.fillPlaces('forum')).toEqual([]);
    expect((await opened.store.attendance.counts('forum')).going).toBe(3);

    await opened.store.events.upsert([aMeeting('forum')]);
    expect(await opened.store.attendance.fillPlaces('forum')).toEqual(everyone.slice(3));
    expect(await opened.store.attendance.counts('forum')).toMatchObject({ going: 5, waiting: 0 });
  });

  it('never gives one place twice when many answer Going at once', async () => {
    await opened.store.events.upsert([aMeeting('forum', 3)]);
    const everyone = await people(12);
    // Each answer is its own transaction (on Postgres each on its own connection of the pool).
    const outcomes = await Promise.all(
      everyone.map((person) => opened.store.attendance.answer(person, 'forum', 'going')),
    );
    expect(outcomes.filter((outcome) => outcome.state === 'going')).toHaveLength(3);
    expect(
      outcomes.flatMap((outcome) => outcome.waitingPosition ?? []).sort((a, b) => a - b),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await opened.store.attendance.counts('forum')).toMatchObject({ going: 3, waiting: 9 });

    // Two leave and two more answer at the same time: still three going, none promoted twice.
    const going = everyone.filter((_, n) => outcomes[n]?.state === 'going');
    const extra = await people(14).then((ids) => ids.slice(12));
    const [left1, left2] = await Promise.all([
      opened.store.attendance.answer(going[0] ?? '', 'forum', 'not-going'),
      opened.store.attendance.answer(going[1] ?? '', 'forum', 'maybe'),
      ...extra.map((person) => opened.store.attendance.answer(person, 'forum', 'going')),
    ]);
    const promoted = [...(left1?.promoted ?? []), ...(left2?.promoted ?? [])];
    expect(new Set(promoted).size).toBe(promoted.length);
    expect(await opened.store.attendance.counts('forum')).toMatchObject({ going: 3, waiting: 9 });
  });

  it('takes the places from the meeting when it has none: everyone going', async () => {
    await opened.store.events.upsert([aMeeting('forum')]);
    const everyone = await people(3);
    for (const person of everyone) await opened.store.attendance.answer(person, 'forum', 'going');
    expect(await opened.store.attendance.counts('forum')).toMatchObject({ going: 3, waiting: 0 });
  });
});
