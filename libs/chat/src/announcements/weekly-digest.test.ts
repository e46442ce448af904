import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusterDocument, ClusterEvent, GrantCall, fixedClock } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ChatDeps } from '../command';
import { noJobs } from '../jobs';
import { replyText } from '../testing/request.fixture';
import { composeDelivery } from './compose-delivery';

let testStore: TestStore;
let deps: ChatDeps;
// Monday of ISO week 2026-W44 at 08:00 in Warsaw, the day after the clocks went back.
const monday = '2026-10-26T07:00:00Z';

const event = (id: string, start: string, title: string) =>
  ClusterEvent.parse({
    id,
    title,
    kind: 'workshop',
    timing: {
      allDay: false,
      start,
      end: new Date(Date.parse(start) + 2 * 3600_000).toISOString(),
      timeZone: 'Europe/Warsaw',
    },
    source: 'google',
    updatedAt: '2026-10-01T08:00:00Z',
  });
const call = (id: string, local: string) =>
  GrantCall.parse({
    id,
    programme: 'Erasmus+ KA2',
    title: `Nabór ${id}`,
    deadline: { local, timeZone: 'Europe/Brussels' },
  });
const document = (id: string, modifiedAt: string) =>
  ClusterDocument.parse({
    id,
    name: `Dokument ${id}`,
    mimeType: 'application/pdf',
    folderPath: 'Projekty',
    modifiedAt,
  });

beforeAll(async () => {
  testStore = await createTestStore();
  deps = {
    store: testStore.store,
    clock: fixedClock(monday),
    clusterTimeZone: 'Europe/Warsaw',
    jobs: noJobs,
  };
});
afterAll(() => testStore.close());

describe('the weekly digest', () => {
  it('is nothing to send for a week with no events, deadlines or new documents', async () => {
    await deps.store.events.upsert([event('last-week', '2026-10-21T09:00:00Z', 'Zeszły tydzień')]);
    await deps.store.grants.upsert([call('far', '2027-01-15T17:00')]);
    await deps.store.documents.upsert([document('old', '2026-10-10T10:00:00Z')]);
    expect(
      await composeDelivery({ type: 'weekly-digest', week: '2026-W44' }, 'pl', deps),
    ).toBeUndefined();
  });

  it('lists the week’s events, deadlines within 30 days with days left, and the past week’s documents', async () => {
    await deps.store.events.upsert([
      event('in-week', '2026-10-28T09:00:00Z', 'Warsztaty AI'),
      event('next-week', '2026-11-02T09:00:00Z', 'Przyszły tydzień'),
    ]);
    await deps.store.grants.upsert([
      call('soon', '2026-10-31T12:00'),
      call('later', '2026-11-20T17:00'),
    ]);
    await deps.store.documents.upsert([document('fresh', '2026-10-23T10:00:00Z')]);

    const pl = await composeDelivery({ type: 'weekly-digest', week: '2026-W44' }, 'pl', deps);
    const text = replyText(pl!);
    expect(pl?.title).toBe('Tydzień w klastrze: pon., 26 paź 2026 – niedz., 1 lis 2026');
    expect(text).toContain('Warsztaty AI');
    expect(text).not.toContain('Przyszły tydzień');
    expect(text).not.toContain('Zeszły tydzień');
    expect(text).toContain('Nabór soon');
    expect(text).toContain('zostało 5 dni');
    expect(text).toContain('Nabór later');
    expect(text).toContain('zostało 25 dni');
    expect(text).not.toContain('Nabór far');
    expect(text).toContain('Dokument fresh');
    expect(text).not.toContain('Dokument old');

    const en = await composeDelivery({ type: 'weekly-digest', week: '2026-W44' }, 'en', deps);
    expect(replyText(en!)).toContain('Events this week');
    expect(replyText(en!)).toContain('5 days left');
  });

  it('counts what does not fit, in Polish plural forms', async () => {
    await deps.store.documents.upsert(
      Array.from({ length: 12 }, (_, i) => document(`many-${i}`, '2026-10-24T10:00:00Z')),
    );
    const pl = await composeDelivery({ type: 'weekly-digest', week: '2026-W44' }, 'pl', deps);
    // 13 recent documents, 10 shown.
    expect(replyText(pl!)).toContain('…i jeszcze 3 dokumenty');
  });
});
