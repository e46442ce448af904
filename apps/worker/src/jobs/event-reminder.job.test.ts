import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusterEvent, eventReminderKey, type Clock, type Person } from '@glokal/domain';
import {
  openProducer,
  queues,
  reminderJobId,
  startDeliveryConsumer,
  type DeliveryJob,
  type EventReminderJob,
  type Queue,
} from '@glokal/queue';
import type { RunningWorker } from '../start-worker';
import { catchUpEventReminders } from '../reminders/catch-up-event-reminders';
import {
  silentLogger,
  startHarness,
  waitUntil,
  type Harness,
} from '../test-support/worker-harness';

const HOUR = 3600_000;
const timing = {
  allDay: false as const,
  start: '2027-01-14T09:00:00.000Z',
  end: '2027-01-14T10:30:00.000Z',
  timeZone: 'Europe/Warsaw',
};
const meeting = ClusterEvent.parse({
  id: 'glokal-partners-2027-01',
  title: 'Spotkanie partnerów',
  kind: 'meeting',
  timing,
  location: 'Łódź',
  source: 'glokal',
  revision: 1,
  updatedAt: '2027-01-01T08:00:00Z',
});
const start = Date.parse(timing.start);
const movedStart = '2027-01-15T13:00:00.000Z';

/** The worker's clock: real time moved so that a chosen instant is a moment away. */
let offsetMs = 0;
const clock: Clock = { now: () => new Date(Date.now() + offsetMs) };
const setNow = (instant: number) => {
  offsetMs = instant - Date.now();
};

let harness: Harness;
let worker: RunningWorker;
let reminders: Queue;
let closeReminders: () => Promise<void>;
let ola: Person;
let ana: Person;
const delivered: DeliveryJob[] = [];
let closeConsumers: () => Promise<void>;
let changes = 0;

async function eventChanged(): Promise<void> {
  changes += 1;
  await harness.testStore.store.transaction(async (tx) => {
    await tx.outbox.add(`event-changed:test:${changes}`, {
      type: 'event-changed',
      eventId: meeting.id,
    });
  });
  await worker.relayNow();
}

async function scheduled(): Promise<EventReminderJob[]> {
  const jobs = await reminders.getJobs(['delayed', 'waiting']);
  return jobs.map((job) => job.data as EventReminderJob).sort((a, b) => a.key.localeCompare(b.key));
}

async function handled(jobId: string): Promise<unknown> {
  await waitUntil(
    async () => {
      const job = await reminders.getJob(jobId);
      return Boolean(job && (await job.isCompleted()));
    },
    15_000,
    `reminder ${jobId} handled`,
  );
  return (await reminders.getJob(jobId))?.returnvalue;
}

beforeAll(async () => {
  harness = await startHarness();
  const { store } = harness.testStore;
  ola = await store.people.ensure({ platform: 'slack', userId: 'U0OLA' }, 'Ola');
  ana = await store.people.ensure({ platform: 'discord', userId: '4242' }, 'Ana');
  await store.people.setPreferences(ana.id, { timeZone: 'Europe/Lisbon', locale: 'en' });
  await store.events.upsert([meeting]);
  const consumers = (['slack', 'discord'] as const).map((platform) =>
    startDeliveryConsumer({
      platform,
      redis: harness.redis,
      deliveries: store.deliveries,
      logger: silentLogger,
      deliver: async (job) => {
        delivered.push(job);
        return { messageId: `m-${delivered.length}` };
      },
    }),
  );
  closeConsumers = async () => void (await Promise.all(consumers.map((each) => each.close())));
  const producer = openProducer(queues.eventReminders, harness.redis);
  reminders = producer.queue;
  closeReminders = () => producer.close();
  setNow(start - 3 * 24 * HOUR);
  worker = await harness.startWorker({ clock });
});
afterAll(async () => {
  await closeReminders();
  await closeConsumers();
  await harness.close();
});

describe('event reminders', () => {
  it('schedules a reminder 24 hours and 1 hour before the start for someone who answered Going, and for someone who answered Maybe', async () => {
    await harness.testStore.store.attendance.answer(ola.id, meeting.id, 'going');
    await eventChanged();
    await waitUntil(async () => (await scheduled()).length === 2, 15_000, 'the plan');
    const jobs = await scheduled();
    expect(jobs.map((job) => [job.offsetHours, job.at])).toEqual(
      expect.arrayContaining([
        [24, new Date(start - 24 * HOUR).toISOString()],
        [1, new Date(start - HOUR).toISOString()],
      ]),
    );
    expect(jobs.every((job) => job.person.personId === ola.id)).toBe(true);
    // The cluster's zone and language for someone who chose none.
    expect(jobs[0]?.person).toMatchObject({ timeZone: 'Europe/Warsaw', locale: 'pl' });
    // Planning again schedules nothing more.
    await eventChanged();
    await harness.testStore.store.attendance.answer(ana.id, meeting.id, 'maybe');
    await eventChanged();
    await waitUntil(async () => (await scheduled()).length === 4, 15_000, "Ana's reminders too");
  });

  it('replaces the reminders when the event moves', async () => {
    const { store } = harness.testStore;
    await store.events.upsert([
      {
        ...meeting,
        timing: { ...timing, start: movedStart, end: '2027-01-15T14:00:00.000Z' },
        revision: 2,
      },
    ]);
    await eventChanged();
    await waitUntil(
      async () => {
        const jobs = await scheduled();
        return jobs.length === 4 && jobs.every((job) => job.start === movedStart);
      },
      15_000,
      'the old reminders replaced',
    );
    const keys = (await scheduled()).map((job) => job.key);
    expect(keys).toContain(eventReminderKey(meeting.id, movedStart, 1, ana.id));
  });

  it('takes every reminder off the queue when the event is cancelled', async () => {
    const { store } = harness.testStore;
    await store.events.upsert([{ ...meeting, status: 'cancelled', revision: 3 }]);
    await eventChanged();
    await waitUntil(async () => (await scheduled()).length === 0, 15_000, 'no reminders left');
  });

  it("sends a due reminder once, by DM in the person's language and zone", async () => {
    const { store } = harness.testStore;
    await store.events.upsert([{ ...meeting, revision: 4 }]);
    await eventChanged();
    await waitUntil(async () => (await scheduled()).length === 4, 15_000, 'the plan again');
    setNow(start - HOUR + 1000);
    const key = eventReminderKey(meeting.id, timing.start, 1, ana.id);
    const due: EventReminderJob = {
      key,
      eventId: meeting.id,
      start: new Date(start).toISOString(),
      offsetHours: 1,
      person: { personId: ana.id, timeZone: 'Europe/Lisbon', locale: 'en' },
      at: new Date(start - HOUR).toISOString(),
    };
    // The planned reminder due now (under a job id of its own: a re-plan running meanwhile may
    // put the planned job back), and the same reminder again under another job id (a retry).
    await reminders.add('reminder', due, { jobId: `${reminderJobId(key)}-due` });
    expect(await handled(`${reminderJobId(key)}-due`)).toEqual({ sent: true });
    await reminders.add('reminder', due, { jobId: `${reminderJobId(key)}-again` });
    expect(await handled(`${reminderJobId(key)}-again`)).toEqual({
      sent: false,
      why: 'already-sent',
    });
    await waitUntil(() => delivered.some((job) => job.key === key), 15_000, 'the delivery');
    expect(delivered.filter((job) => job.key === key)).toHaveLength(1);
    expect(delivered.find((job) => job.key === key)).toMatchObject({
      platform: 'discord',
      channelId: '4242',
      directMessage: true,
      locale: 'en',
      message: {
        type: 'event-reminder',
        eventId: meeting.id,
        offsetHours: 1,
        viewerZone: 'Europe/Lisbon',
      },
    });
  });

  it('sends nothing to someone who now answers Not going, nor for a start the event moved from', async () => {
    const { store } = harness.testStore;
    await store.attendance.answer(ola.id, meeting.id, 'not-going');
    const key = eventReminderKey(meeting.id, new Date(start).toISOString(), 1, ola.id);
    const due: EventReminderJob = {
      key,
      eventId: meeting.id,
      start: new Date(start).toISOString(),
      offsetHours: 1,
      person: { personId: ola.id, timeZone: 'Europe/Warsaw', locale: 'pl' },
      at: new Date(start - HOUR).toISOString(),
    };
    // Under a job id of its own, beside the planned one a re-plan may be taking off meanwhile.
    await reminders.add('reminder', due, { jobId: `${reminderJobId(key)}-due` });
    expect(await handled(`${reminderJobId(key)}-due`)).toEqual({ sent: false, why: 'not-going' });
    const stale = {
      ...due,
      key: `${key}:stale`,
      start: movedStart,
      person: { ...due.person, personId: ana.id },
    };
    await reminders.add('reminder', stale, { jobId: reminderJobId(stale.key) });
    expect(await handled(reminderJobId(stale.key))).toEqual({ sent: false, why: 'event-moved' });
    expect(delivered.some((job) => job.key === key || job.key === stale.key)).toBe(false);
    // Her answer taken back re-plans: her 24 h reminder, still to come, leaves the queue. (The
    // worker's own reminder check may re-plan too, at the test's clock: each step waits.)
    setNow(start - 3 * 24 * HOUR);
    const iso = new Date(start).toISOString();
    const ola24 = eventReminderKey(meeting.id, iso, 24, ola.id);
    const ana24 = eventReminderKey(meeting.id, iso, 24, ana.id);
    const keys = async () => (await scheduled()).map((job) => job.key);
    await store.attendance.answer(ola.id, meeting.id, 'going');
    await eventChanged();
    await waitUntil(async () => (await keys()).includes(ola24), 15_000, "Ola's reminder back");
    await store.attendance.answer(ola.id, meeting.id, 'not-going');
    await eventChanged();
    await waitUntil(async () => !(await keys()).includes(ola24), 15_000, "Ola's reminders gone");
    expect(await keys()).toContain(ana24);
    expect((await scheduled()).every((job) => job.person.personId === ana.id)).toBe(true);
  });

  it('schedules the reminders again when Redis lost them', async () => {
    const iso = new Date(start).toISOString();
    await reminders.obliterate({ force: true });
    expect(await scheduled()).toEqual([]);
    const events = await catchUpEventReminders({
      store: harness.testStore.store,
      relayNow: () => worker.relayNow(),
      now: clock.now(),
    });
    expect(events).toBe(1);
    // Both of Ana's: the 1 h one went with the finished jobs Redis lost (its delivery key,
    // kept in the store, still stops it from going out twice).
    const expected = [
      eventReminderKey(meeting.id, iso, 1, ana.id),
      eventReminderKey(meeting.id, iso, 24, ana.id),
    ].sort();
    await waitUntil(
      async () =>
        JSON.stringify((await scheduled()).map((job) => job.key)) === JSON.stringify(expected),
      15_000,
      'the reminders scheduled again',
    );
  });
});
