import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusterEvent, fixedClock, type EventChange } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ChatDeps } from '../command';
import { noJobs } from '../jobs';
import { replyText } from '../testing/request.fixture';
import { composeDelivery } from './compose-delivery';

let testStore: TestStore;
let deps: ChatDeps;

const was = {
  allDay: false as const,
  start: '2026-12-10T09:00:00.000Z',
  end: '2026-12-10T10:30:00.000Z',
  timeZone: 'Europe/Warsaw',
};
const now = { ...was, start: '2026-12-11T13:00:00.000Z', end: '2026-12-11T14:30:00.000Z' };
const meeting = ClusterEvent.parse({
  id: 'glokal-partners-dec',
  title: 'Spotkanie partnerów',
  kind: 'meeting',
  timing: now,
  location: 'Łódź, ul. Piotrkowska 1',
  onlineUrl: 'https://meet.google.com/abc-defg-hij',
  source: 'glokal',
  updatedAt: '2026-12-01T08:00:00Z',
});
const moved: EventChange = { what: 'moved', from: was, to: now, version: meeting.updatedAt };
const notice = (change: EventChange, viewerZone: string, eventId = meeting.id) => ({
  type: 'event-change-notice' as const,
  eventId,
  change,
  viewerZone,
});

beforeAll(async () => {
  testStore = await createTestStore();
  deps = {
    store: testStore.store,
    clock: fixedClock('2026-12-05T08:00:00Z'),
    clusterTimeZone: 'Europe/Warsaw',
    jobs: noJobs,
  };
  await deps.store.events.upsert([
    meeting,
    { ...meeting, id: 'cancelled-one', timing: was, status: 'cancelled' },
  ]);
});
afterAll(() => testStore.close());

describe('the notice of a moved event, by DM', () => {
  it("says in Polish when it is now and when it was, in the reader's zone, with the place, the Meet link and Not going", async () => {
    const reply = await composeDelivery(notice(moved, 'Europe/Warsaw'), 'pl', deps);
    expect(reply?.title).toBe('Zmiana terminu: Spotkanie partnerów');
    const [nowLine, wasLine] = reply?.summary?.split('\n') ?? [];
    expect(nowLine).toMatch(/^Teraz: .*14:00–15:30 \(Twoja strefa: Warszawa\)$/);
    expect(nowLine).toContain('11');
    expect(wasLine).toMatch(/^Było: .*10:00–11:30$/);
    expect(reply?.summary).toContain('Miejsce: Łódź, ul. Piotrkowska 1');
    expect(reply?.items[0]?.url).toBe('https://meet.google.com/abc-defg-hij');
    expect(replyText(reply!)).toContain('Link do spotkania online');
    expect(reply?.actions.map((action) => action.label)).toEqual(['Szczegóły', 'Nie idę']);
  });

  it("reads in English in the reader's own zone", async () => {
    const reply = await composeDelivery(notice(moved, 'Europe/Lisbon'), 'en', deps);
    expect(reply?.title).toBe('Spotkanie partnerów moved');
    const [nowLine, wasLine] = reply?.summary?.split('\n') ?? [];
    expect(nowLine).toMatch(/^Now: .*13:00–14:30 \(your zone: Lisbon\)$/);
    expect(wasLine).toMatch(/^Was: .*09:00–10:30$/);
    expect(reply?.summary).toContain('Where: Łódź, ul. Piotrkowska 1');
    expect(reply?.actions.map((action) => action.label)).toContain('Not going');
  });

  it('sends nothing when the event moved again or was cancelled since', async () => {
    const elsewhere = { ...moved, to: { ...now, start: '2026-12-11T12:00:00.000Z' } };
    expect(await composeDelivery(notice(elsewhere, 'Europe/Warsaw'), 'pl', deps)).toBeUndefined();
    const toCancelled = { ...moved, to: was };
    expect(
      await composeDelivery(notice(toCancelled, 'Europe/Warsaw', 'cancelled-one'), 'pl', deps),
    ).toBeUndefined();
  });
});

describe('the notice of a cancelled event, by DM', () => {
  const cancelled: EventChange = { what: 'cancelled', version: meeting.updatedAt };

  it('says in Polish and English that it is cancelled and when it was to be, with no buttons to answer', async () => {
    const pl = await composeDelivery(
      notice(cancelled, 'Europe/Warsaw', 'cancelled-one'),
      'pl',
      deps,
    );
    expect(pl?.title).toBe('Odwołane: Spotkanie partnerów');
    expect(pl?.summary).toMatch(/^Miało się odbyć: .*10:00–11:30 \(Twoja strefa: Warszawa\)/);
    expect(pl?.actions).toEqual([]);
    const en = await composeDelivery(
      notice(cancelled, 'Europe/Lisbon', 'cancelled-one'),
      'en',
      deps,
    );
    expect(en?.title).toBe('Spotkanie partnerów is cancelled');
    expect(en?.summary).toMatch(/^It was to be held: .*09:00–10:30 \(your zone: Lisbon\)/);
    expect(en?.actions).toEqual([]);
  });

  it('sends nothing for an event that is on after all', async () => {
    expect(await composeDelivery(notice(cancelled, 'Europe/Warsaw'), 'pl', deps)).toBeUndefined();
  });
});
