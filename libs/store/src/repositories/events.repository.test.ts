import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedStore } from '../open-store';
import { emptyStore, storeCases } from '../contract/store-cases';
import { allDay, anEvent, timed } from '../contract/fixtures';

const page = { limit: 50, offset: 0 };

describe.each(storeCases())('events on $name', ({ open }) => {
  let opened: OpenedStore;
  beforeAll(async () => {
    opened = await open({ clusterTimeZone: 'Europe/Warsaw' });
  });
  afterAll(() => opened.close());
  beforeEach(() => emptyStore(opened));

  const ids = (events: ReadonlyArray<{ id: string }>) => events.map((event) => event.id);

  it('includes events that overlap either end of the period and leaves out those outside it', async () => {
    await opened.store.events.upsert([
      anEvent({ id: 'before', timing: timed('2026-05-31T08:00Z', '2026-05-31T10:00Z') }),
      anEvent({ id: 'ends-at-start', timing: timed('2026-05-31T20:00Z', '2026-06-01T00:00Z') }),
      anEvent({ id: 'across-start', timing: timed('2026-05-31T20:00Z', '2026-06-01T02:00Z') }),
      anEvent({ id: 'inside', timing: timed('2026-06-10T08:00Z', '2026-06-10T10:00Z') }),
      anEvent({ id: 'across-end', timing: timed('2026-06-30T22:00Z', '2026-07-01T02:00Z') }),
      anEvent({ id: 'starts-at-end', timing: timed('2026-07-01T00:00Z', '2026-07-01T02:00Z') }),
    ]);
    const found = await opened.store.events.between(
      { from: new Date('2026-06-01T00:00Z'), to: new Date('2026-07-01T00:00Z') },
      page,
    );
    expect(ids(found.items)).toEqual(['across-start', 'inside', 'across-end']);
    expect(found.total).toBe(3);
  });

  it('leaves cancelled events out unless asked for them', async () => {
    await opened.store.events.upsert([
      anEvent({ id: 'on' }),
      anEvent({ id: 'off', status: 'cancelled' }),
    ]);
    const period = { from: new Date('2026-06-01T00:00Z'), to: new Date('2026-07-01T00:00Z') };
    expect(ids((await opened.store.events.between(period, page)).items)).toEqual(['on']);
    const all = await opened.store.events.between({ ...period, includeCancelled: true }, page);
    expect(ids(all.items).sort()).toEqual(['off', 'on']);
  });

  it('filters by kind and orders soonest first, then by title', async () => {
    await opened.store.events.upsert([
      anEvent({
        id: 'w2',
        title: 'Zarządzanie projektem',
        timing: timed('2026-06-10T08:00Z', '2026-06-10T09:00Z'),
      }),
      anEvent({
        id: 'w1',
        title: 'Ewaluacja',
        timing: timed('2026-06-10T08:00Z', '2026-06-10T09:00Z'),
      }),
      anEvent({
        id: 'w0',
        title: 'Żeglarstwo',
        timing: timed('2026-06-09T08:00Z', '2026-06-09T09:00Z'),
      }),
      anEvent({
        id: 'c1',
        kind: 'conference',
        timing: timed('2026-06-08T08:00Z', '2026-06-08T09:00Z'),
      }),
    ]);
    const period = { from: new Date('2026-06-01T00:00Z'), to: new Date('2026-07-01T00:00Z') };
    const workshops = await opened.store.events.between({ ...period, kind: 'workshop' }, page);
    expect(ids(workshops.items)).toEqual(['w0', 'w1', 'w2']);
    const everything = await opened.store.events.between(period, page);
    expect(ids(everything.items)).toEqual(['c1', 'w0', 'w1', 'w2']);
  });

  it('pages through the results and says how many match in all', async () => {
    await opened.store.events.upsert(
      Array.from({ length: 7 }, (_, day) =>
        anEvent({
          id: `e${day}`,
          timing: timed(`2026-06-1${day}T08:00Z`, `2026-06-1${day}T09:00Z`),
        }),
      ),
    );
    const period = { from: new Date('2026-06-01T00:00Z'), to: new Date('2026-07-01T00:00Z') };
    const second = await opened.store.events.between(period, { limit: 3, offset: 3 });
    expect(ids(second.items)).toEqual(['e3', 'e4', 'e5']);
    expect(second.total).toBe(7);
    const beyond = await opened.store.events.between(period, { limit: 3, offset: 9 });
    expect(beyond).toEqual({ items: [], total: 7 });
  });

  it('places an all-day event on the October DST Sunday across 25 hours of Warsaw time', async () => {
    await opened.store.events.upsert([
      anEvent({ id: 'dst', timing: allDay('2026-10-25', '2026-10-26') }),
    ]);
    const [row] = await opened.query('select starts_at, ends_at from events where id = $1', [
      'dst',
    ]);
    const startsAt = row?.['starts_at'];
    const endsAt = row?.['ends_at'];
    expect(startsAt).toEqual(new Date('2026-10-24T22:00:00Z'));
    expect(endsAt).toEqual(new Date('2026-10-25T23:00:00Z'));
    if (!(startsAt instanceof Date) || !(endsAt instanceof Date))
      throw new Error('timestamps are not dates');
    expect((endsAt.getTime() - startsAt.getTime()) / 3_600_000).toBe(25);
    // 23:30 Warsaw time (winter, +01:00) is still that day.
    const late = await opened.store.events.between(
      { from: new Date('2026-10-25T22:30:00Z'), to: new Date('2026-10-25T22:45:00Z') },
      page,
    );
    expect(ids(late.items)).toEqual(['dst']);
  });

  it('finds a multi-day all-day event from any of its days', async () => {
    await opened.store.events.upsert([
      anEvent({ id: 'fair', timing: allDay('2026-06-15', '2026-06-18') }),
    ]);
    const middle = await opened.store.events.between(
      { from: new Date('2026-06-16T10:00Z'), to: new Date('2026-06-16T11:00Z') },
      page,
    );
    expect(ids(middle.items)).toEqual(['fair']);
    const after = await opened.store.events.between(
      { from: new Date('2026-06-17T22:00Z'), to: new Date('2026-06-19T00:00Z') },
      page,
    );
    expect(ids(after.items)).toEqual([]);
  });

  it('upserts idempotently and moves an event when it changes', async () => {
    const first = anEvent({
      id: 'moving',
      title: 'Seminarium',
      timing: timed('2026-06-10T08:00Z', '2026-06-10T09:00Z'),
    });
    await opened.store.events.upsert([first]);
    await opened.store.events.upsert([first]);
    const moved = {
      ...first,
      title: 'Seminarium (nowy termin)',
      timing: timed('2026-07-10T08:00Z', '2026-07-10T09:00Z'),
    };
    await opened.store.events.upsert([moved]);
    expect(await opened.store.events.byId('moving')).toEqual(moved);
    const june = await opened.store.events.between(
      { from: new Date('2026-06-01T00:00Z'), to: new Date('2026-07-01T00:00Z') },
      page,
    );
    expect(june.total).toBe(0);
    const [count] = await opened.query('select count(*)::int as n from events');
    expect(count?.['n']).toBe(1);
  });

  it('keeps the last of two versions of one event in a single upsert', async () => {
    await opened.store.events.upsert([
      anEvent({ id: 'twice', title: 'Stary' }),
      anEvent({ id: 'twice', title: 'Nowy' }),
    ]);
    expect((await opened.store.events.byId('twice'))?.title).toBe('Nowy');
  });

  it('finds events by every folded word of the title, upcoming first', async () => {
    const now = new Date('2026-06-05T00:00Z');
    await opened.store.events.upsert([
      anEvent({
        id: 'past',
        title: 'Konferencja w Łodzi',
        timing: timed('2026-05-01T08:00Z', '2026-05-01T10:00Z'),
      }),
      anEvent({
        id: 'later',
        title: 'Konferencja w Łodzi 2026',
        timing: timed('2026-09-01T08:00Z', '2026-09-01T10:00Z'),
      }),
      anEvent({
        id: 'soon',
        title: 'KONFERENCJA Łódzka',
        timing: timed('2026-06-20T08:00Z', '2026-06-20T10:00Z'),
      }),
      anEvent({ id: 'cancelled', title: 'Konferencja w Łodzi', status: 'cancelled' }),
      anEvent({ id: 'other', title: 'Warsztaty w Gdańsku' }),
    ]);
    expect(ids(await opened.store.events.findByTitle('konferencja lodz', now, 10))).toEqual([
      'soon',
      'later',
      'past',
    ]);
    expect(ids(await opened.store.events.findByTitle('Łodzi 2026', now, 10))).toEqual(['later']);
    expect(ids(await opened.store.events.findByTitle('konferencja', now, 1))).toEqual(['soon']);
  });

  it('removes events by id', async () => {
    await opened.store.events.upsert([anEvent({ id: 'a' }), anEvent({ id: 'b' })]);
    await opened.store.events.remove(['a', 'unknown']);
    await opened.store.events.remove([]);
    expect(await opened.store.events.byId('a')).toBeUndefined();
    expect(await opened.store.events.byId('b')).toBeDefined();
  });
});
