import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '@glokal/domain';
import type { OpenedStore } from '../open-store';
import { emptyStore, storeCases } from '../contract/store-cases';
import { aGrantCall, anEvent, timed } from '../contract/fixtures';

const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id);

describe.each(storeCases())('people, attendance and follows on $name', ({ open }) => {
  let opened: OpenedStore;
  beforeAll(async () => {
    opened = await open({ clock: fixedClock('2026-06-01T08:00:00Z') });
  });
  afterAll(() => opened.close());
  beforeEach(() => emptyStore(opened));

  it('creates a person the first time an identity is seen and finds the same person after', async () => {
    expect(
      await opened.store.people.byChatIdentity({ platform: 'slack', userId: 'U1' }),
    ).toBeUndefined();
    const created = await opened.store.people.ensure(
      { platform: 'slack', userId: 'U1' },
      'Anna Kowalska',
    );
    expect(created).toEqual({
      id: created.id,
      displayName: 'Anna Kowalska',
      slackUserId: 'U1',
      isCoordinator: false,
    });
    const again = await opened.store.people.ensure({ platform: 'slack', userId: 'U1' }, 'Anna K.');
    expect(again).toEqual(created);
    expect(await opened.store.people.byChatIdentity({ platform: 'slack', userId: 'U1' })).toEqual(
      created,
    );
  });

  it('keeps Slack and Discord identities with the same user id apart', async () => {
    const slack = await opened.store.people.ensure({ platform: 'slack', userId: '42' }, 'Ola');
    const discord = await opened.store.people.ensure({ platform: 'discord', userId: '42' }, 'Ola');
    expect(slack.id).not.toBe(discord.id);
    expect(discord.discordUserId).toBe('42');
    expect(discord.slackUserId).toBeUndefined();
  });

  it('creates one person when the same identity is ensured at once', async () => {
    const identity = { platform: 'discord' as const, userId: 'D7' };
    const people = await Promise.all(
      [1, 2, 3].map(() => opened.store.people.ensure(identity, 'Jan')),
    );
    expect(new Set(people.map((person) => person.id)).size).toBe(1);
  });

  it('saves only the preferences given', async () => {
    const person = await opened.store.people.ensure({ platform: 'slack', userId: 'U2' }, 'Piotr');
    await opened.store.people.setPreferences(person.id, { locale: 'en' });
    await opened.store.people.setPreferences(person.id, { timeZone: 'Europe/Lisbon' });
    await opened.store.people.setPreferences(person.id, {});
    expect(
      await opened.store.people.byChatIdentity({ platform: 'slack', userId: 'U2' }),
    ).toMatchObject({
      locale: 'en',
      timeZone: 'Europe/Lisbon',
    });
  });

  it('keeps the e-mail a person gives apart from the person, and finds it by platform user id', async () => {
    const anna = await opened.store.people.ensure({ platform: 'slack', userId: 'U1' }, 'Anna');
    const piotr = await opened.store.people.ensure({ platform: 'slack', userId: 'U2' }, 'Piotr');
    await opened.store.people.ensure({ platform: 'discord', userId: 'U1' }, 'Anna on Discord');
    expect(await opened.store.people.emailOf(anna.id)).toBeUndefined();
    await opened.store.people.setEmail(anna.id, 'anna@szkola.example.pl');
    await opened.store.people.setEmail(piotr.id, 'piotr@ckz.example.pl');
    expect(await opened.store.people.emailOf(anna.id)).toBe('anna@szkola.example.pl');
    expect(
      await opened.store.people.byChatIdentity({ platform: 'slack', userId: 'U1' }),
    ).not.toHaveProperty('email');
    expect(await opened.store.people.emailsOf('slack', ['U1', 'U3'])).toEqual(
      new Map([['U1', 'anna@szkola.example.pl']]),
    );
    expect(await opened.store.people.emailsOf('discord', ['U1'])).toEqual(new Map());
    expect(await opened.store.people.emailsOf('slack', [])).toEqual(new Map());
    await opened.store.people.setEmail(anna.id, undefined);
    expect(await opened.store.people.emailOf(anna.id)).toBeUndefined();
    expect(await opened.store.people.emailsOf('slack', ['U1', 'U2'])).toEqual(
      new Map([['U2', 'piotr@ckz.example.pl']]),
    );
  });

  it('counts the answers and lists the events a person is going or may go to, leaving out cancelled, past and not-going ones', async () => {
    const anna = await opened.store.people.ensure({ platform: 'slack', userId: 'U1' }, 'Anna');
    const jan = await opened.store.people.ensure({ platform: 'discord', userId: 'D1' }, 'Jan');
    await opened.store.events.upsert([
      anEvent({ id: 'past', timing: timed('2026-05-01T08:00Z', '2026-05-01T10:00Z') }),
      anEvent({ id: 'later', timing: timed('2026-07-01T08:00Z', '2026-07-01T10:00Z') }),
      anEvent({ id: 'soon', timing: timed('2026-06-10T08:00Z', '2026-06-10T10:00Z') }),
      anEvent({ id: 'declined', timing: timed('2026-06-12T08:00Z', '2026-06-12T10:00Z') }),
      anEvent({ id: 'cancelled', status: 'cancelled' }),
    ]);
    for (const event of ['past', 'soon', 'cancelled'])
      await opened.store.attendance.answer(anna.id, event, 'going');
    await opened.store.attendance.answer(anna.id, 'later', 'maybe');
    await opened.store.attendance.answer(anna.id, 'declined', 'not-going');
    await opened.store.attendance.answer(anna.id, 'soon', 'going');
    await opened.store.attendance.answer(jan.id, 'soon', 'going');
    expect(await opened.store.attendance.counts('soon')).toEqual({
      going: 2,
      maybe: 0,
      'not-going': 0,
      waiting: 0,
    });
    expect(await opened.store.attendance.answerOf(anna.id, 'soon')).toBe('going');
    expect(await opened.store.attendance.answerOf(jan.id, 'later')).toBeUndefined();
    expect(
      ids(await opened.store.attendance.upcomingFor(anna.id, new Date('2026-06-01T00:00Z'), 10)),
    ).toEqual(['soon', 'later']);
    expect(
      ids(await opened.store.attendance.upcomingFor(anna.id, new Date('2026-06-01T00:00Z'), 1)),
    ).toEqual(['soon']);

    await opened.store.attendance.answer(anna.id, 'soon', 'not-going');
    await opened.store.attendance.answer(anna.id, 'soon', 'not-going');
    await opened.store.attendance.answer(jan.id, 'soon', 'maybe');
    expect(await opened.store.attendance.answerOf(anna.id, 'soon')).toBe('not-going');
    expect(await opened.store.attendance.counts('soon')).toEqual({
      going: 0,
      maybe: 1,
      'not-going': 1,
      waiting: 0,
    });
  });

  it('forgets answers when the event is removed', async () => {
    const anna = await opened.store.people.ensure({ platform: 'slack', userId: 'U1' }, 'Anna');
    await opened.store.events.upsert([anEvent({ id: 'gone' })]);
    await opened.store.attendance.answer(anna.id, 'gone', 'going');
    await opened.store.events.remove(['gone']);
    expect(await opened.store.attendance.counts('gone')).toEqual({
      going: 0,
      maybe: 0,
      'not-going': 0,
      waiting: 0,
    });
  });

  it('lists followers of a call and the calls a person follows, nearest deadline first', async () => {
    const anna = await opened.store.people.ensure({ platform: 'slack', userId: 'U1' }, 'Anna');
    const jan = await opened.store.people.ensure({ platform: 'discord', userId: 'D1' }, 'Jan');
    await opened.store.grants.upsert([
      aGrantCall({
        id: 'passed',
        deadline: { local: '2026-05-01T12:00', timeZone: 'Europe/Brussels' },
      }),
      aGrantCall({
        id: 'late',
        deadline: { local: '2026-11-01T12:00', timeZone: 'Europe/Brussels' },
      }),
      aGrantCall({
        id: 'near',
        deadline: { local: '2026-07-01T17:00', timeZone: 'Europe/Brussels' },
      }),
    ]);
    for (const grant of ['passed', 'late', 'near'])
      await opened.store.follows.set(anna.id, grant, true);
    await opened.store.follows.set(anna.id, 'near', true);
    await opened.store.follows.set(jan.id, 'near', true);
    expect(
      ids(await opened.store.follows.followedBy(anna.id, new Date('2026-06-01T00:00Z'))),
    ).toEqual(['near', 'late']);
    expect(
      (await opened.store.follows.followers('near')).map((person) => person.displayName).sort(),
    ).toEqual(['Anna', 'Jan']);
    expect(await opened.store.follows.isFollowing(jan.id, 'late')).toBe(false);
    await opened.store.follows.set(anna.id, 'near', false);
    expect(await opened.store.follows.isFollowing(anna.id, 'near')).toBe(false);
    expect((await opened.store.follows.followers('near')).map((person) => person.id)).toEqual([
      jan.id,
    ]);
  });
});
