import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { ClusterEvent, type Person } from '@glokal/domain';
import { runAction, submitForm, type ActionContext, type ChatDeps } from '@glokal/chat';
import { openProducer, queues, type DeliveryJob, type Producer } from '@glokal/queue';
import type { RunningWorker } from '../start-worker';
import { recordDeliveries, type RecordedDeliveries } from '../test-support/recorded-deliveries';
import {
  calendarId,
  jobCount,
  startHarness,
  syncOnce,
  waitUntil,
  type Harness,
} from '../test-support/worker-harness';

let harness: Harness;
let worker: RunningWorker;
let recorded: RecordedDeliveries;
let changes: Producer<typeof queues.eventChanges.payload>;
let deps: ChatDeps;
let ola: Person;
let ana: Person;
let piotr: Person;

const zone = 'Europe/Warsaw';
const start = DateTime.now()
  .setZone(zone)
  .plus({ days: 30 })
  .set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
const meeting = ClusterEvent.parse({
  id: 'noticemeeting1',
  title: 'Spotkanie partnerów',
  kind: 'meeting',
  timing: {
    allDay: false,
    start: start.toUTC().toISO(),
    end: start.plus({ hours: 1 }).toUTC().toISO(),
    timeZone: zone,
  },
  location: 'Łódź',
  source: 'glokal',
  revision: 1,
  updatedAt: new Date().toISOString(),
  meeting: { online: false, invitees: [], scheduledBy: { platform: 'slack', userId: 'U0KOORD' } },
});

const requester = (userId: string, isCoordinator = false) => ({
  platform: 'slack' as const,
  userId,
  displayName: userId,
  isCoordinator,
});
const coordinator = {
  requester: requester('U0KOORD', true),
  conversation: { workspaceId: 'T0KLASTER', channelId: 'C0WYDARZENIA' },
  locale: 'pl' as const,
  timeZone: zone,
  now: new Date(),
};

const notices = (eventId: string, what?: 'moved' | 'cancelled'): DeliveryJob[] =>
  recorded.delivered.filter((job) => job.key.startsWith(`event-notice:${eventId}:${what ?? ''}`));
const storedNotices = async (eventId: string) =>
  (await harness.testStore.opened.query(
    `select key from deliveries where key like 'event-notice:${eventId}:%'`,
  )) as unknown[];

/** Waits until the worker has handled `count` more event changes than `before`. */
async function changesHandled(before: number, count = 1): Promise<void> {
  await waitUntil(
    async () => (await jobCount(worker, 'event-changes', 'completed')) >= before + count,
    20_000,
    'the event-changed job',
  );
}

beforeAll(async () => {
  harness = await startHarness();
  const { store } = harness.testStore;
  ola = await store.people.ensure({ platform: 'slack', userId: 'U0OLA' }, 'Ola');
  ana = await store.people.ensure({ platform: 'discord', userId: '4242' }, 'Ana');
  await store.people.setPreferences(ana.id, { timeZone: 'Europe/Lisbon', locale: 'en' });
  piotr = await store.people.ensure({ platform: 'slack', userId: 'U0PIOTR' }, 'Piotr');
  // Kasia has not answered (yet).
  await store.people.ensure({ platform: 'slack', userId: 'U0KASIA' }, 'Kasia');
  await store.events.upsert([meeting]);
  await store.attendance.answer(ola.id, meeting.id, 'going');
  await store.attendance.answer(ana.id, meeting.id, 'maybe');
  await store.attendance.answer(piotr.id, meeting.id, 'not-going');
  recorded = recordDeliveries(harness);
  worker = await harness.startWorker();
  changes = openProducer(queues.eventChanges, harness.redis);
  deps = {
    store,
    clock: { now: () => new Date() },
    clusterTimeZone: zone,
    jobs: { relayNow: () => worker.relayNow() },
  };
});
afterAll(async () => {
  await changes.close();
  await recorded.close();
  await harness.close();
});

describe('people going told of a move or a cancellation', () => {
  it('tells those going and those who may come of a move from chat once, in their language and zone, and nobody else', async () => {
    const before = await jobCount(worker, 'event-changes', 'completed');
    const moved = await submitForm(
      { form: 'meeting-edit', subject: meeting.id },
      { start: start.plus({ days: 1, hours: 3 }).toFormat('yyyy-MM-dd HH:mm') },
      coordinator,
      deps,
    );
    expect(moved.type).toBe('done');
    await changesHandled(before);
    await waitUntil(() => notices(meeting.id).length >= 2, 20_000, 'two notices');
    const newStart = start.plus({ days: 1, hours: 3 }).toUTC().toISO();
    const byPerson = new Map(notices(meeting.id).map((job) => [job.channelId, job]));
    expect([...byPerson.keys()].sort()).toEqual(['4242', 'U0OLA']);
    expect(byPerson.get('U0OLA')).toMatchObject({
      platform: 'slack',
      directMessage: true,
      locale: 'pl',
      message: {
        type: 'event-change-notice',
        eventId: meeting.id,
        change: {
          what: 'moved',
          from: { start: meeting.timing.allDay ? '' : meeting.timing.start },
        },
        viewerZone: zone,
      },
    });
    expect(byPerson.get('4242')).toMatchObject({
      platform: 'discord',
      locale: 'en',
      message: { change: { what: 'moved', to: { start: newStart } }, viewerZone: 'Europe/Lisbon' },
    });
    expect(await storedNotices(meeting.id)).toHaveLength(2);
  });

  it('sends nothing more when the same change is handled again (a retried job)', async () => {
    const [first] = notices(meeting.id);
    if (first?.message.type !== 'event-change-notice') throw new Error('no notice');
    const again = await changes.add(
      'event-changed',
      { type: 'event-changed', eventId: meeting.id, change: first.message.change },
      { jobId: 'event-changed-again' },
    );
    await waitUntil(async () => Boolean(await again.isCompleted()), 20_000, 'the retry');
    expect((await changes.queue.getJob('event-changed-again'))?.returnvalue).toMatchObject({
      told: 0,
    });
    expect(await storedNotices(meeting.id)).toHaveLength(2);
    expect(notices(meeting.id)).toHaveLength(2);
  });

  it('tells nobody of an answer', async () => {
    const before = await jobCount(worker, 'event-changes', 'completed');
    const kasiaAsks: ActionContext = {
      requester: requester('U0KASIA'),
      conversation: coordinator.conversation,
      locale: 'pl',
      timeZone: zone,
    };
    await runAction({ type: 'attend', eventId: meeting.id, answer: 'going' }, kasiaAsks, deps);
    await changesHandled(before);
    expect(await storedNotices(meeting.id)).toHaveLength(2);
  });

  it('tells everyone going at the time of a cancellation from chat once, and not those not going', async () => {
    const before = await jobCount(worker, 'event-changes', 'completed');
    const cancelled = await submitForm(
      { form: 'meeting-cancel', subject: meeting.id },
      {},
      coordinator,
      deps,
    );
    expect(cancelled.type).toBe('done');
    await changesHandled(before);
    await waitUntil(
      () => notices(meeting.id, 'cancelled').length >= 3,
      20_000,
      'three cancellation notices',
    );
    expect(
      notices(meeting.id, 'cancelled')
        .map((job) => job.channelId)
        .sort(),
    ).toEqual(['4242', 'U0KASIA', 'U0OLA']);
    // Cancelling again changes nothing and tells nobody.
    await submitForm({ form: 'meeting-cancel', subject: meeting.id }, {}, coordinator, deps);
    expect(await storedNotices(meeting.id)).toHaveLength(5);
    expect(notices(meeting.id).some((job) => job.channelId === 'U0PIOTR')).toBe(false);
  });

  it('tells of an event moved in Google Calendar once, however many syncs see it', async () => {
    const googleStart = start.plus({ days: 5 });
    const id = harness.fake.calendar.addEvent(calendarId, {
      summary: 'Warsztaty z Google',
      start: { dateTime: googleStart.toISO() ?? '', timeZone: zone },
      end: { dateTime: googleStart.plus({ hours: 2 }).toISO() ?? '', timeZone: zone },
    });
    expect(await syncOnce(worker, 'calendar')).toBe('completed');
    await harness.testStore.store.attendance.answer(ola.id, id, 'going');
    const moved = googleStart.plus({ hours: 4 });
    harness.fake.calendar.updateEvent(calendarId, id, {
      start: { dateTime: moved.toISO() ?? '', timeZone: zone },
      end: { dateTime: moved.plus({ hours: 2 }).toISO() ?? '', timeZone: zone },
    });
    const before = await jobCount(worker, 'event-changes', 'completed');
    expect(await syncOnce(worker, 'calendar')).toBe('completed');
    await worker.relayNow();
    await changesHandled(before);
    await waitUntil(() => notices(id, 'moved').length >= 1, 20_000, 'the notice');
    // A full listing again (the token expired) reads the same change: nothing more.
    harness.fake.calendar.expireSyncTokens(calendarId);
    expect(await syncOnce(worker, 'calendar')).toBe('completed');
    await worker.relayNow();
    expect(await storedNotices(id)).toHaveLength(1);
    expect(notices(id)).toHaveLength(1);
    expect(notices(id)[0]).toMatchObject({
      channelId: 'U0OLA',
      message: { change: { what: 'moved', to: { start: moved.toUTC().toISO() } } },
    });
  });

  it('tells those going of an event deleted in Google Calendar once, keeping it cancelled', async () => {
    const when = start.plus({ days: 8 });
    const id = harness.fake.calendar.addEvent(calendarId, {
      summary: 'Targi w Poznaniu',
      start: { dateTime: when.toISO() ?? '', timeZone: zone },
      end: { dateTime: when.plus({ hours: 3 }).toISO() ?? '', timeZone: zone },
    });
    const unanswered = harness.fake.calendar.addEvent(calendarId, {
      summary: 'Bez odpowiedzi',
      start: { dateTime: when.toISO() ?? '', timeZone: zone },
      end: { dateTime: when.plus({ hours: 1 }).toISO() ?? '', timeZone: zone },
    });
    expect(await syncOnce(worker, 'calendar')).toBe('completed');
    await harness.testStore.store.attendance.answer(ana.id, id, 'maybe');
    await harness.testStore.store.attendance.answer(piotr.id, unanswered, 'not-going');
    harness.fake.calendar.deleteEvent(calendarId, id);
    harness.fake.calendar.deleteEvent(calendarId, unanswered);
    const before = await jobCount(worker, 'event-changes', 'completed');
    expect(await syncOnce(worker, 'calendar')).toBe('completed');
    await worker.relayNow();
    await changesHandled(before, 2);
    await waitUntil(() => notices(id, 'cancelled').length >= 1, 20_000, 'the notice');
    expect(notices(id)[0]).toMatchObject({ channelId: '4242', locale: 'en' });
    expect((await harness.testStore.store.events.byId(id))?.status).toBe('cancelled');
    // Nobody going to the other one: it is removed, as before, and nobody is told.
    expect(await harness.testStore.store.events.byId(unanswered)).toBeUndefined();
    expect(await storedNotices(unanswered)).toHaveLength(0);
    expect(await syncOnce(worker, 'calendar')).toBe('completed');
    expect(await storedNotices(id)).toHaveLength(1);
  });
});
