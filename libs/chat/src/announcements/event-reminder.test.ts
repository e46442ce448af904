import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusterEvent, fixedClock } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ChatDeps } from '../command';
import { noJobs } from '../jobs';
import { replyText } from '../testing/request.fixture';
import { composeDelivery } from './compose-delivery';

let testStore: TestStore;
let deps: ChatDeps;

const meeting = ClusterEvent.parse({
  id: 'glokal-partners-dec',
  title: 'Spotkanie partnerów',
  kind: 'meeting',
  timing: {
    allDay: false,
    start: '2026-12-10T09:00:00Z',
    end: '2026-12-10T10:30:00Z',
    timeZone: 'Europe/Warsaw',
  },
  location: 'Łódź, ul. Piotrkowska 1',
  onlineUrl: 'https://meet.google.com/abc-defg-hij',
  source: 'glokal',
  updatedAt: '2026-12-01T08:00:00Z',
});

const reminder = (offsetHours: number, viewerZone: string, start = meeting.timing) => ({
  type: 'event-reminder' as const,
  eventId: meeting.id,
  start: start.allDay ? '' : start.start,
  offsetHours,
  viewerZone,
});

beforeAll(async () => {
  testStore = await createTestStore();
  deps = {
    store: testStore.store,
    clock: fixedClock('2026-12-10T08:00:00Z'),
    clusterTimeZone: 'Europe/Warsaw',
    jobs: noJobs,
  };
  await deps.store.events.upsert([meeting]);
});
afterAll(() => testStore.close());

describe('an event reminder by DM', () => {
  it("says in Polish when it starts, in the reader's zone, with the place and the Meet link", async () => {
    const reply = await composeDelivery(reminder(1, 'Europe/Warsaw'), 'pl', deps);
    expect(reply?.title).toBe('Za godzinę: Spotkanie partnerów');
    expect(reply?.summary).toContain('10:00–11:30');
    expect(reply?.summary).toContain('(Twoja strefa: Warszawa)');
    expect(reply?.summary).toContain('Miejsce: Łódź, ul. Piotrkowska 1');
    expect(reply?.items[0]?.url).toBe('https://meet.google.com/abc-defg-hij');
    expect(replyText(reply!)).toContain('Link do spotkania online');
    expect(reply?.actions.map((action) => action.label)).toContain('Nie idę');
  });

  it('counts hours in Polish plurals', async () => {
    const reply = await composeDelivery(reminder(24, 'Europe/Warsaw'), 'pl', deps);
    expect(reply?.title).toBe('Za 24 godziny: Spotkanie partnerów');
  });

  it("reads in English in the reader's own zone", async () => {
    const lisbon = await composeDelivery(reminder(1, 'Europe/Lisbon'), 'en', deps);
    expect(lisbon?.title).toBe('Starts in 1 hour: Spotkanie partnerów');
    expect(lisbon?.summary).toContain('09:00–10:30');
    expect(lisbon?.summary).toContain('(your zone: Lisbon)');
    expect(lisbon?.summary).toContain('Where: Łódź, ul. Piotrkowska 1');
    const day = await composeDelivery(reminder(24, 'Europe/Lisbon'), 'en', deps);
    expect(day?.title).toBe('Starts in 24 hours: Spotkanie partnerów');
  });

  it('sends nothing for an event moved or cancelled since the reminder was planned', async () => {
    const moved = { ...reminder(1, 'Europe/Warsaw'), start: '2026-12-11T09:00:00.000Z' };
    expect(await composeDelivery(moved, 'pl', deps)).toBeUndefined();
    await deps.store.events.upsert([{ ...meeting, id: 'cancelled-one', status: 'cancelled' }]);
    expect(
      await composeDelivery(
        { ...reminder(1, 'Europe/Warsaw'), eventId: 'cancelled-one' },
        'pl',
        deps,
      ),
    ).toBeUndefined();
  });
});

describe("a meeting's 'starting in 1 hour' note in an announcement channel", () => {
  const note = (viewerZone: string) => ({ ...reminder(1, viewerZone), toChannel: true });

  it('says in Polish when it starts in the named zone, with no "your zone", and offers the answers', async () => {
    const reply = await composeDelivery(note('Europe/Warsaw'), 'pl', deps);
    expect(reply?.title).toBe('Za godzinę: Spotkanie partnerów');
    expect(reply?.summary).toContain('10:00–11:30 (czas: Warszawa)');
    expect(reply?.summary).not.toContain('Twoja strefa');
    expect(reply?.summary).toContain('Miejsce: Łódź, ul. Piotrkowska 1');
    expect(reply?.items[0]?.url).toBe('https://meet.google.com/abc-defg-hij');
    expect(reply?.actions.map((action) => action.label)).toEqual([
      'Idę',
      'Może',
      'Nie idę',
      'Szczegóły',
    ]);
  });

  it('reads in English and shows the answers so far', async () => {
    const ola = await testStore.store.people.ensure({ platform: 'slack', userId: 'U0OLA' }, 'Ola');
    await testStore.store.attendance.answer(ola.id, meeting.id, 'going');
    const reply = await composeDelivery(note('Europe/Warsaw'), 'en', deps);
    expect(reply?.title).toBe('Starts in 1 hour: Spotkanie partnerów');
    expect(reply?.summary).toContain('10:00–11:30 (Warsaw time)');
    expect(reply?.summary).toContain('Going 1 · Maybe 0 · Not going 0');
  });

  it('is not sent for a meeting moved since it was planned', async () => {
    const moved = { ...note('Europe/Warsaw'), start: '2026-12-11T09:00:00.000Z' };
    expect(await composeDelivery(moved, 'en', deps)).toBeUndefined();
  });
});
