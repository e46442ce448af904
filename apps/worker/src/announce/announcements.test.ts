import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { startDeliveryConsumer, type DeliveryJob } from '@glokal/queue';
import type { RunningWorker } from '../start-worker';
import {
  calendarId,
  driveId,
  silentLogger,
  startHarness,
  syncOnce,
  waitUntil,
  type Harness,
} from '../test-support/worker-harness';

let harness: Harness;
let worker: RunningWorker;
const delivered: DeliveryJob[] = [];
let closeConsumers: () => Promise<void>;

const inDays = (days: number, hour: number) => {
  const start = DateTime.now()
    .setZone('Europe/Warsaw')
    .plus({ days })
    .set({ hour, minute: 0, second: 0, millisecond: 0 });
  return {
    start: { dateTime: start.toISO() ?? '', timeZone: 'Europe/Warsaw' },
    end: { dateTime: start.plus({ hours: 2 }).toISO() ?? '', timeZone: 'Europe/Warsaw' },
  };
};

beforeAll(async () => {
  harness = await startHarness();
  harness.fake.calendar.addEvent(calendarId, {
    summary: 'Spotkanie założycielskie',
    ...inDays(10, 10),
  });
  harness.fake.drive.addFile({ name: 'Statut', parentId: driveId });
  const subscriptions = harness.testStore.store.subscriptions;
  await subscriptions.subscribe(
    { platform: 'slack', workspaceId: 'T0KLASTER', channelId: 'C0WYDARZENIA', locale: 'pl' },
    ['events', 'docs'],
  );
  await subscriptions.subscribe(
    {
      platform: 'discord',
      workspaceId: '1180000000000000000',
      channelId: '1180000000000000001',
      locale: 'en',
    },
    ['events'],
  );
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
  closeConsumers = async () => {
    await Promise.all(consumers.map((consumer) => consumer.close()));
  };
  worker = await harness.startWorker();
});
afterAll(async () => {
  await closeConsumers();
  await harness.close();
});

describe('announcements of newly synced events and documents', () => {
  it('announces nothing on the first sync, which only copies what is already there', async () => {
    expect(await syncOnce(worker, 'calendar')).toBe('completed');
    expect(await syncOnce(worker, 'drive')).toBe('completed');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await harness.testStore.opened.query('select key from deliveries')).toEqual([]);
    expect(delivered).toEqual([]);
  });

  it('announces a new event once to each subscribed channel, in its language, and a document to docs subscribers', async () => {
    const eventId = harness.fake.calendar.addEvent(calendarId, {
      summary: 'Seminarium: sztuczna inteligencja w szkole',
      ...inDays(20, 9),
    });
    const pastId = harness.fake.calendar.addEvent(calendarId, {
      summary: 'Już było',
      ...inDays(-5, 9),
    });
    const documentId = harness.fake.drive.addFile({
      name: 'Wniosek Erasmus+ KA220',
      parentId: driveId,
    });
    expect(await syncOnce(worker, 'calendar')).toBe('completed');
    expect(await syncOnce(worker, 'drive')).toBe('completed');
    await waitUntil(() => delivered.length >= 3, 10_000, 'three deliveries');

    const subjectId = ({ message }: DeliveryJob) =>
      message.type === 'event-announcement'
        ? message.eventId
        : message.type === 'document-announcement'
          ? message.documentId
          : 'grantId' in message
            ? message.grantId
            : message.type;
    const line = (job: DeliveryJob) =>
      `${job.platform} ${job.channelId} ${job.locale} ${subjectId(job)}`;
    expect(delivered.map(line).sort()).toEqual(
      [
        `discord 1180000000000000001 en ${eventId}`,
        `slack C0WYDARZENIA pl ${documentId}`,
        `slack C0WYDARZENIA pl ${eventId}`,
      ].sort(),
    );
    expect(
      delivered.some(
        (job) => job.message.type === 'event-announcement' && job.message.eventId === pastId,
      ),
    ).toBe(false);
    const key = `announce:event:${eventId}:slack:C0WYDARZENIA`;
    expect(await harness.testStore.store.deliveries.byKey(key)).toMatchObject({
      state: 'sent',
      messageId: expect.stringMatching(/^m-/),
    });
  });

  it('announces nothing new when the same items are synced again, edited or not', async () => {
    const before = delivered.length;
    const [first] = harness.fake.calendar.editableIds(calendarId);
    if (first)
      harness.fake.calendar.updateEvent(calendarId, first, {
        summary: 'Spotkanie założycielskie (sala 2)',
      });
    harness.fake.calendar.expireSyncTokens(calendarId);
    expect(await syncOnce(worker, 'calendar')).toBe('completed');
    expect(await syncOnce(worker, 'drive')).toBe('completed');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(delivered.length).toBe(before);
  });
});
