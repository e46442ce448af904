import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusterDocument, ClusterEvent, fixedClock } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ChatDeps } from '../command';
import { noJobs } from '../jobs';
import { composeDelivery } from './compose-delivery';

let testStore: TestStore;
let deps: ChatDeps;

const seminar = ClusterEvent.parse({
  id: 'g7sn1mok5hni4sj3ql1669otmj',
  title: 'Cyfrowa szkoła w praktyce',
  description: 'Dobre praktyki szkół klastra.',
  kind: 'seminar',
  timing: {
    allDay: false,
    start: '2026-10-29T09:00:00Z',
    end: '2026-10-29T11:00:00Z',
    timeZone: 'Europe/Warsaw',
  },
  location: 'CKZiU Łódź, sala 12',
  onlineUrl: 'https://meet.google.com/abc-defg-hij',
  calendarUrl: 'https://www.google.com/calendar/event?eid=ZzdzbjFtb2s',
  source: 'google',
  updatedAt: '2026-10-01T08:00:00Z',
});

const strategy = ClusterDocument.parse({
  id: '1StrategiaKlastra2026',
  name: 'Strategia klastra 2026–2030',
  mimeType: 'application/vnd.google-apps.document',
  folderPath: 'Strategia',
  webViewLink: 'https://docs.google.com/document/d/1StrategiaKlastra2026/view',
  modifiedAt: '2026-09-30T12:00:00Z',
});

beforeAll(async () => {
  testStore = await createTestStore();
  deps = {
    store: testStore.store,
    clock: fixedClock('2026-10-01T10:00:00Z'),
    clusterTimeZone: 'Europe/Warsaw',
    jobs: noJobs,
  };
  await deps.store.events.upsert([
    seminar,
    { ...seminar, id: 'cancelled-one', status: 'cancelled' },
  ]);
  await deps.store.documents.upsert([strategy]);
});
afterAll(() => testStore.close());

describe('composeDelivery', () => {
  it('announces an event in Polish with Warsaw time, the place, and Going / Maybe / Not going', async () => {
    const reply = await composeDelivery(
      { type: 'event-announcement', eventId: seminar.id },
      'pl',
      deps,
    );
    expect(reply?.title).toBe('Nowe w kalendarzu klastra: Seminarium');
    expect(reply?.items[0]?.title).toBe('Cyfrowa szkoła w praktyce');
    expect(reply?.items[0]?.fields.map((field) => field.value)).toContain(
      'CKZiU Łódź, sala 12 · Online',
    );
    expect(reply?.items[0]?.fields[0]?.value).toContain('10:00–12:00');
    expect(reply?.items[1]?.url).toBe('https://meet.google.com/abc-defg-hij');
    expect(reply?.actions.map((action) => action.action).slice(0, 3)).toEqual([
      { type: 'attend', eventId: seminar.id, answer: 'going' },
      { type: 'attend', eventId: seminar.id, answer: 'maybe' },
      { type: 'attend', eventId: seminar.id, answer: 'not-going' },
    ]);
    expect(reply?.actions.map((action) => action.label).slice(0, 3)).toEqual([
      'Idę',
      'Może',
      'Nie idę',
    ]);
    expect(reply?.items[0]?.context.join(' ')).not.toContain('Idzie');
  });

  it('shows the answers so far when it is composed again (as the posted one is edited)', async () => {
    const ola = await deps.store.people.ensure({ platform: 'slack', userId: 'U-OLA' }, 'Ola');
    const jan = await deps.store.people.ensure({ platform: 'discord', userId: 'D-JAN' }, 'Jan');
    const ewa = await deps.store.people.ensure({ platform: 'slack', userId: 'U-EWA' }, 'Ewa');
    await deps.store.attendance.answer(ola.id, seminar.id, 'going');
    await deps.store.attendance.answer(jan.id, seminar.id, 'maybe');
    await deps.store.attendance.answer(ewa.id, seminar.id, 'going');
    const pl = await composeDelivery(
      { type: 'event-announcement', eventId: seminar.id },
      'pl',
      deps,
    );
    expect(pl?.items[0]?.context).toContain('Idą 2 osoby · Może 1 osoba · Nie idzie 0 osób');
    await deps.store.attendance.answer(ewa.id, seminar.id, 'not-going');
    const en = await composeDelivery(
      { type: 'event-announcement', eventId: seminar.id },
      'en',
      deps,
    );
    expect(en?.items[0]?.context).toContain('Going 1 · Maybe 1 · Not going 1');
  });

  it('announces the same event in English for an English channel', async () => {
    const reply = await composeDelivery(
      { type: 'event-announcement', eventId: seminar.id },
      'en',
      deps,
    );
    expect(reply?.title).toBe('New in the cluster calendar: Seminar');
    expect(reply?.actions.map((action) => action.label)).toContain("I'm going");
  });

  it('announces a document with its link and folder', async () => {
    const reply = await composeDelivery(
      { type: 'document-announcement', documentId: strategy.id },
      'pl',
      deps,
    );
    expect(reply?.title).toBe('Nowy dokument na dysku klastra');
    expect(reply?.items[0]).toMatchObject({
      title: 'Strategia klastra 2026–2030',
      url: strategy.webViewLink,
    });
    expect(reply?.items[0]?.context.join(' ')).toContain('Strategia');
  });

  it('has nothing to say about a subject that is gone or an event that was cancelled', async () => {
    expect(
      await composeDelivery({ type: 'event-announcement', eventId: 'nope' }, 'pl', deps),
    ).toBeUndefined();
    expect(
      await composeDelivery({ type: 'event-announcement', eventId: 'cancelled-one' }, 'pl', deps),
    ).toBeUndefined();
    expect(
      await composeDelivery({ type: 'document-announcement', documentId: 'nope' }, 'en', deps),
    ).toBeUndefined();
  });
});
