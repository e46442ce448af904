import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedStore } from '../open-store';
import { emptyStore, storeCases } from '../contract/store-cases';
import { aGrantCall } from '../contract/fixtures';

const page = { limit: 50, offset: 0 };
const ids = (calls: ReadonlyArray<{ id: string }>) => calls.map((call) => call.id);

describe.each(storeCases())('grant calls on $name', ({ open }) => {
  let opened: OpenedStore;
  beforeAll(async () => {
    opened = await open();
  });
  afterAll(() => opened.close());
  beforeEach(() => emptyStore(opened));

  it('lists open calls with deadlines still ahead, nearest deadline first, by the deadline instant', async () => {
    await opened.store.grants.upsert([
      // 17:00 Brussels is 17:00 Warsaw; 12:00 Brussels comes first on the same day.
      aGrantCall({
        id: 'brussels-17',
        deadline: { local: '2026-10-01T17:00', timeZone: 'Europe/Brussels' },
      }),
      aGrantCall({
        id: 'brussels-12',
        deadline: { local: '2026-10-01T12:00', timeZone: 'Europe/Brussels' },
      }),
      // 12:30 in Lisbon is 13:30 in Brussels: between the two.
      aGrantCall({
        id: 'lisbon',
        deadline: { local: '2026-10-01T12:30', timeZone: 'Europe/Lisbon' },
      }),
      aGrantCall({
        id: 'passed',
        deadline: { local: '2026-05-01T12:00', timeZone: 'Europe/Brussels' },
      }),
      aGrantCall({ id: 'closed', status: 'closed' }),
      aGrantCall({ id: 'cancelled', status: 'cancelled' }),
      aGrantCall({
        id: 'forthcoming',
        status: 'forthcoming',
        deadline: { local: '2026-12-01T12:00', timeZone: 'Europe/Warsaw' },
      }),
    ]);
    const open = await opened.store.grants.open(
      { deadlineFrom: new Date('2026-06-01T00:00Z') },
      page,
    );
    expect(ids(open.items)).toEqual(['brussels-12', 'lisbon', 'brussels-17', 'forthcoming']);
    expect(open.total).toBe(4);
  });

  it('counts a call whose deadline is exactly now as still open', async () => {
    await opened.store.grants.upsert([
      aGrantCall({
        id: 'now',
        deadline: { local: '2026-10-01T12:00', timeZone: 'Europe/Brussels' },
      }),
    ]);
    const open = await opened.store.grants.open(
      { deadlineFrom: new Date('2026-10-01T10:00:00Z') },
      page,
    );
    expect(ids(open.items)).toEqual(['now']);
  });

  it('filters by programme words against the programme and the call code', async () => {
    await opened.store.grants.upsert([
      aGrantCall({ id: 'ka2', programme: 'Erasmus+', callCode: 'KA220-VET' }),
      aGrantCall({ id: 'ka1', programme: 'Erasmus+', callCode: 'KA121-SCH' }),
      aGrantCall({ id: 'interreg', programme: 'Interreg Europe', title: 'Erasmus-like mobility' }),
    ]);
    const from = { deadlineFrom: new Date('2026-01-01T00:00Z') };
    expect(
      ids((await opened.store.grants.open({ ...from, programme: 'erasmus ka220' }, page)).items),
    ).toEqual(['ka2']);
    expect(
      ids((await opened.store.grants.open({ ...from, programme: 'ERASMUS' }, page)).items).sort(),
    ).toEqual(['ka1', 'ka2']);
    expect(
      ids((await opened.store.grants.open({ ...from, programme: 'interreg' }, page)).items),
    ).toEqual(['interreg']);
  });

  it('pages open calls', async () => {
    await opened.store.grants.upsert(
      Array.from({ length: 5 }, (_, n) =>
        aGrantCall({
          id: `g${n}`,
          deadline: { local: `2026-10-0${n + 1}T12:00`, timeZone: 'Europe/Brussels' },
        }),
      ),
    );
    const second = await opened.store.grants.open(
      { deadlineFrom: new Date('2026-01-01T00:00Z') },
      { limit: 2, offset: 2 },
    );
    expect(second).toMatchObject({ total: 5 });
    expect(ids(second.items)).toEqual(['g2', 'g3']);
  });

  it('finds calls by words in id, code, programme or title, upcoming deadlines first', async () => {
    const now = new Date('2026-06-01T00:00Z');
    await opened.store.grants.upsert([
      aGrantCall({
        id: 'old-ka2',
        callCode: 'KA220-SCH',
        title: 'Partnerstwa współpracy',
        deadline: { local: '2026-03-05T12:00', timeZone: 'Europe/Brussels' },
      }),
      aGrantCall({
        id: 'late-ka2',
        callCode: 'KA220-VET',
        title: 'Partnerstwa współpracy',
        deadline: { local: '2026-11-05T12:00', timeZone: 'Europe/Brussels' },
      }),
      aGrantCall({
        id: 'next-ka2',
        callCode: 'KA220-ADU',
        title: 'Partnerstwa współpracy',
        deadline: { local: '2026-07-05T12:00', timeZone: 'Europe/Brussels' },
      }),
      aGrantCall({ id: 'fers', programme: 'FERS', title: 'Kształcenie zawodowe' }),
    ]);
    expect(ids(await opened.store.grants.findByText('partnerstwa wspolpracy', now, 10))).toEqual([
      'next-ka2',
      'late-ka2',
      'old-ka2',
    ]);
    expect(ids(await opened.store.grants.findByText('ka220 vet', now, 10))).toEqual(['late-ka2']);
    expect(ids(await opened.store.grants.findByText('ksztalcenie', now, 10))).toEqual(['fers']);
    expect(ids(await opened.store.grants.findByText('next', now, 10))).toEqual(['next-ka2']);
  });

  it('replaces a call on upsert, moving its deadline, and removes calls', async () => {
    const call = aGrantCall({
      id: 'moving',
      deadline: { local: '2026-10-01T12:00', timeZone: 'Europe/Brussels' },
    });
    await opened.store.grants.upsert([call, call]);
    const moved = { ...call, deadline: { local: '2026-05-01T17:00', timeZone: 'Europe/Brussels' } };
    await opened.store.grants.upsert([moved]);
    expect(await opened.store.grants.byId('moving')).toEqual({
      ...moved,
      updatedAt: expect.any(String),
      revision: 2,
    });
    expect(
      (await opened.store.grants.open({ deadlineFrom: new Date('2026-06-01T00:00Z') }, page)).total,
    ).toBe(0);
    const [row] = await opened.query(
      'select deadline_at, deadline_local, deadline_zone from grant_calls',
    );
    expect(row).toEqual({
      deadline_at: new Date('2026-05-01T15:00:00Z'),
      deadline_local: '2026-05-01T17:00',
      deadline_zone: 'Europe/Brussels',
    });
    await opened.store.grants.remove(['moving']);
    expect(await opened.store.grants.byId('moving')).toBeUndefined();
  });
});

describe.each(storeCases())('when grant calls changed, on $name', ({ open }) => {
  let now = Date.parse('2026-06-01T08:00:00Z');
  let opened: OpenedStore;
  beforeAll(async () => {
    opened = await open({ clock: { now: () => new Date(now) } });
  });
  afterAll(() => opened.close());

  it('keeps the time and count of changes, not of saves that changed nothing', async () => {
    const call = aGrantCall({ id: 'dated' });
    await opened.store.grants.upsert([call]);
    expect((await opened.store.grants.byId('dated'))?.updatedAt).toBe('2026-06-01T08:00:00.000Z');
    now += 60_000;
    // An import of the same row, even with the time it was read with, changes nothing.
    await opened.store.grants.upsert([{ ...call, updatedAt: '2020-01-01T00:00:00.000Z' }]);
    expect((await opened.store.grants.byId('dated'))?.updatedAt).toBe('2026-06-01T08:00:00.000Z');
    now += 60_000;
    await opened.store.grants.upsert([{ ...call, title: 'A new title' }]);
    expect(await opened.store.grants.byId('dated')).toMatchObject({
      updatedAt: '2026-06-01T08:02:00.000Z',
      revision: 2,
    });
    await opened.store.grants.remove(['dated']);
  });
});
