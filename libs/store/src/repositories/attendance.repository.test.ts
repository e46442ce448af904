import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '@glokal/domain';
import type { OpenedStore } from '../open-store';
import { emptyStore, storeCases } from '../contract/store-cases';
import { anEvent, anOrganisation } from '../contract/fixtures';

describe.each(storeCases())('who is going to an event on $name', ({ open }) => {
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

  const goingAt = async (personId: string, eventId: string, at: string) => {
    now = new Date(at);
    await opened.store.attendance.answer(personId, eventId, 'going');
  };

  it('lists those going in the order they answered, with their organisation when known, a page at a time', async () => {
    await opened.store.events.upsert([anEvent({ id: 'forum' }), anEvent({ id: 'other' })]);
    await opened.store.organisations.upsert([
      anOrganisation({ id: 'zsp-lodz', name: 'Zespół Szkół Ponadpodstawowych nr 1' }),
    ]);
    const anna = await opened.store.people.ensure({ platform: 'slack', userId: 'U1' }, 'Anna');
    const jan = await opened.store.people.ensure({ platform: 'discord', userId: 'D1' }, 'Jan');
    const ola = await opened.store.people.ensure({ platform: 'slack', userId: 'U2' }, 'Ola');
    await opened.query(`update people set organisation_id = $1 where id = $2`, [
      'zsp-lodz',
      anna.id,
    ]);
    await opened.query(`update people set organisation_id = $1 where id = $2`, [
      'not-in-catalogue',
      ola.id,
    ]);
    await goingAt(jan.id, 'forum', '2026-06-02T09:15:00Z');
    await goingAt(anna.id, 'forum', '2026-06-03T10:00:00Z');
    await goingAt(ola.id, 'forum', '2026-06-04T11:30:00Z');
    await goingAt(ola.id, 'other', '2026-06-01T07:00:00Z');
    // Saying "I'm going" again keeps the first answer's time.
    await goingAt(jan.id, 'forum', '2026-06-05T12:00:00Z');

    const first = await opened.store.attendance.attendees('forum', { limit: 2, offset: 0 });
    expect(first.total).toBe(3);
    expect(first.items).toEqual([
      {
        person: { id: jan.id, displayName: 'Jan', discordUserId: 'D1', isCoordinator: false },
        answer: 'going',
        answeredAt: new Date('2026-06-02T09:15:00Z'),
      },
      {
        person: {
          id: anna.id,
          displayName: 'Anna',
          slackUserId: 'U1',
          organisationId: 'zsp-lodz',
          isCoordinator: false,
        },
        organisationName: 'Zespół Szkół Ponadpodstawowych nr 1',
        answer: 'going',
        answeredAt: new Date('2026-06-03T10:00:00Z'),
      },
    ]);
    const second = await opened.store.attendance.attendees('forum', { limit: 2, offset: 2 });
    expect(second.total).toBe(3);
    expect(second.items.map((attendee) => attendee.person.displayName)).toEqual(['Ola']);
    expect(second.items[0]?.organisationName).toBeUndefined();
  });

  it('changes an answer in place, from when it changed, and lists only the answers asked for', async () => {
    await opened.store.events.upsert([anEvent({ id: 'forum' }), anEvent({ id: 'quiet' })]);
    const anna = await opened.store.people.ensure({ platform: 'slack', userId: 'U1' }, 'Anna');
    const jan = await opened.store.people.ensure({ platform: 'discord', userId: 'D1' }, 'Jan');
    await goingAt(anna.id, 'forum', '2026-06-02T09:15:00Z');
    await goingAt(jan.id, 'forum', '2026-06-02T10:00:00Z');
    now = new Date('2026-06-03T08:00:00Z');
    await opened.store.attendance.answer(anna.id, 'forum', 'not-going');
    now = new Date('2026-06-04T08:00:00Z');
    await opened.store.attendance.answer(jan.id, 'forum', 'maybe');

    const everyone = await opened.store.attendance.attendees('forum', { limit: 5, offset: 0 });
    expect(everyone.total).toBe(2);
    expect(
      everyone.items.map(({ person, answer, answeredAt }) => [
        person.displayName,
        answer,
        answeredAt.toISOString(),
      ]),
    ).toEqual([
      ['Anna', 'not-going', '2026-06-03T08:00:00.000Z'],
      ['Jan', 'maybe', '2026-06-04T08:00:00.000Z'],
    ]);
    const reminded = await opened.store.attendance.attendees('forum', { limit: 5, offset: 0 }, [
      'going',
      'maybe',
    ]);
    expect(reminded.total).toBe(1);
    expect(reminded.items.map((attendee) => attendee.person.displayName)).toEqual(['Jan']);
    expect(await opened.store.attendance.counts('forum')).toEqual({
      going: 0,
      maybe: 1,
      'not-going': 1,
      waiting: 0,
    });
    expect(await opened.store.attendance.attendees('quiet', { limit: 5, offset: 0 })).toEqual({
      items: [],
      total: 0,
    });
  });
});
