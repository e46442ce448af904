import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusterEvent, startingSoonNoteKey, type Clock } from '@glokal/domain';
import {
  openProducer,
  queues,
  reminderJobId,
  startDeliveryConsumer,
  type DeliveryJob,
  type EventReminderQueueJob,
  type Queue,
  type StartingSoonNoteJob,
} from '@glokal/queue';
import type { RunningWorker } from '../start-worker';
import {
  silentLogger,
  startHarness,
  waitUntil,
  type Harness,
} from '../test-support/worker-harness';

const HOUR = 3600_000;
const discordGuild = '1180000000000000000';
const timing = {
  allDay: false as const,
  start: '2027-03-11T10:00:00.000Z',
  end: '2027-03-11T12:00:00.000Z',
  timeZone: 'Europe/Warsaw',
};
const workshop = ClusterEvent.parse({
  id: 'glokal-warsztaty-2027-03',
  title: 'Warsztaty Erasmus+',
  kind: 'workshop',
  timing,
  location: 'Łódź',
  source: 'glokal',
  revision: 1,
  updatedAt: '2027-03-01T08:00:00Z',
  meeting: {
    online: false,
    invitees: [],
    announceIn: {
      platform: 'discord',
      workspaceId: discordGuild,
      channelId: '1180000000000000009',
    },
    language: 'en',
    startingSoonNote: true,
    scheduledBy: { platform: 'discord', userId: '4242' },
  },
});
const start = Date.parse(timing.start);
const movedStart = '2027-03-12T09:00:00.000Z';

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
const delivered: DeliveryJob[] = [];
let closeConsumers: () => Promise<void>;
let changes = 0;

async function eventChanged(): Promise<void> {
  changes += 1;
  await harness.testStore.store.outbox.add(`event-changed:test:${changes}`, {
    type: 'event-changed',
    eventId: workshop.id,
  });
  await worker.relayNow();
}

async function notes(): Promise<StartingSoonNoteJob[]> {
  const jobs = await reminders.getJobs(['delayed', 'waiting']);
  return jobs
    .map((job) => job.data as EventReminderQueueJob)
    .filter((data): data is StartingSoonNoteJob => 'audience' in data);
}

async function handled(jobId: string): Promise<unknown> {
  await waitUntil(
    async () => Boolean(await (await reminders.getJob(jobId))?.isCompleted()),
    15_000,
    `note ${jobId} handled`,
  );
  return (await reminders.getJob(jobId))?.returnvalue;
}

const noteDeliveries = () =>
  delivered.filter((job) => job.message.type === 'event-reminder' && job.message.toChannel);

beforeAll(async () => {
  harness = await startHarness();
  const { subscriptions } = harness.testStore.store;
  await subscriptions.subscribe(
    { platform: 'slack', workspaceId: 'T0KLASTER', channelId: 'C0WYDARZENIA', locale: 'pl' },
    ['events'],
  );
  await subscriptions.subscribe(
    {
      platform: 'discord',
      workspaceId: discordGuild,
      channelId: '1180000000000000001',
      locale: 'pl',
    },
    ['events'],
  );
  await harness.testStore.store.events.upsert([workshop]);
  const consumers = (['slack', 'discord'] as const).map((platform) =>
    startDeliveryConsumer({
      platform,
      redis: harness.redis,
      deliveries: harness.testStore.store.deliveries,
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

describe('the "starting in 1 hour" note of a meeting', () => {
  it('is scheduled an hour before the start when the coordinator asked for it, with no one going yet', async () => {
    await eventChanged();
    await waitUntil(async () => (await notes()).length === 1, 15_000, 'the note planned');
    expect(await notes()).toEqual([
      expect.objectContaining({
        key: startingSoonNoteKey(workshop.id, timing.start),
        audience: 'announcement-channels',
        start: timing.start,
        offsetHours: 1,
        at: new Date(start - HOUR).toISOString(),
      }),
    ]);
  });

  it('is replaced when the meeting moves, and taken off when it is cancelled', async () => {
    const { store } = harness.testStore;
    const moved = { ...timing, start: movedStart, end: '2027-03-12T11:00:00.000Z' };
    await store.events.upsert([{ ...workshop, timing: moved, revision: 2 }]);
    await eventChanged();
    await waitUntil(
      async () => {
        const planned = await notes();
        return planned.length === 1 && planned[0]?.start === movedStart;
      },
      15_000,
      'the note of the new start',
    );
    await store.events.upsert([{ ...workshop, status: 'cancelled', revision: 3 }]);
    await eventChanged();
    await waitUntil(async () => (await notes()).length === 0, 15_000, 'no note left');
  });

  it('is not scheduled once the coordinator no longer wants it', async () => {
    const { store } = harness.testStore;
    const meeting = { ...workshop.meeting!, startingSoonNote: false };
    await store.events.upsert([{ ...workshop, meeting, revision: 4 }]);
    await eventChanged();
    await store.events.upsert([{ ...workshop, revision: 5 }]);
    await eventChanged();
    await waitUntil(async () => (await notes()).length === 1, 15_000, 'the note back');
    await store.events.upsert([{ ...workshop, meeting, revision: 6 }]);
    await eventChanged();
    await waitUntil(async () => (await notes()).length === 0, 15_000, 'the note taken off');
  });

  it('goes once to each channel the meeting is announced in, each in its language, when due', async () => {
    const { store } = harness.testStore;
    await store.events.upsert([{ ...workshop, revision: 7 }]);
    setNow(start - HOUR + 1000);
    const key = startingSoonNoteKey(workshop.id, timing.start);
    const due: StartingSoonNoteJob = {
      key,
      eventId: workshop.id,
      start: timing.start,
      offsetHours: 1,
      audience: 'announcement-channels',
      at: new Date(start - HOUR).toISOString(),
    };
    await reminders.add('reminder', due, { jobId: `${reminderJobId(key)}-due` });
    expect(await handled(`${reminderJobId(key)}-due`)).toEqual({ sent: true, channels: 3 });
    // The same note again (a retried job): every channel has it already.
    await reminders.add('reminder', due, { jobId: `${reminderJobId(key)}-again` });
    expect(await handled(`${reminderJobId(key)}-again`)).toEqual({ sent: true, channels: 0 });
    await waitUntil(async () => noteDeliveries().length === 3, 15_000, 'the three notes');
    expect(
      noteDeliveries()
        .map(
          (job) => `${job.platform} ${job.channelId} ${job.locale} ${job.directMessage ?? false}`,
        )
        .sort(),
    ).toEqual([
      'discord 1180000000000000001 pl false',
      // The channel the coordinator chose, in the meeting's language.
      'discord 1180000000000000009 en false',
      'slack C0WYDARZENIA pl false',
    ]);
    expect(noteDeliveries()[0]?.message).toEqual({
      type: 'event-reminder',
      eventId: workshop.id,
      start: timing.start,
      offsetHours: 1,
      viewerZone: 'Europe/Warsaw',
      toChannel: true,
    });
  });

  it('says nothing for a start the meeting moved from, nor once it has started', async () => {
    const stale: StartingSoonNoteJob = {
      key: startingSoonNoteKey(workshop.id, movedStart),
      eventId: workshop.id,
      start: movedStart,
      offsetHours: 1,
      audience: 'announcement-channels',
      at: new Date(Date.parse(movedStart) - HOUR).toISOString(),
    };
    await reminders.add('reminder', stale, { jobId: `${reminderJobId(stale.key)}-stale` });
    expect(await handled(`${reminderJobId(stale.key)}-stale`)).toEqual({
      sent: false,
      why: 'event-moved',
    });
    setNow(start + 60_000);
    const late = {
      ...stale,
      key: `${startingSoonNoteKey(workshop.id, timing.start)}:late`,
      start: timing.start,
    };
    await reminders.add('reminder', late, { jobId: reminderJobId(late.key) });
    expect(await handled(reminderJobId(late.key))).toEqual({ sent: false, why: 'started' });
    expect(noteDeliveries()).toHaveLength(3);
  });
});
