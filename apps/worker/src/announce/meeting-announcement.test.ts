import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { ClusterEvent, type MeetingRequest } from '@glokal/domain';
import { startDeliveryConsumer, type DeliveryJob } from '@glokal/queue';
import type { RunningWorker } from '../start-worker';
import {
  jobCount,
  silentLogger,
  startHarness,
  waitUntil,
  type Harness,
} from '../test-support/worker-harness';

let harness: Harness;
let worker: RunningWorker;
const delivered: DeliveryJob[] = [];
let closeConsumers: () => Promise<void>;

const discordGuild = '1180000000000000000';
const discordEvents = '1180000000000000001';
const discordProjects = '1180000000000000002';

beforeAll(async () => {
  harness = await startHarness();
  const subscriptions = harness.testStore.store.subscriptions;
  await subscriptions.subscribe(
    { platform: 'slack', workspaceId: 'T0KLASTER', channelId: 'C0WYDARZENIA', locale: 'pl' },
    ['events'],
  );
  await subscriptions.subscribe(
    { platform: 'discord', workspaceId: discordGuild, channelId: discordEvents, locale: 'en' },
    ['events'],
  );
  await subscriptions.subscribe(
    { platform: 'slack', workspaceId: 'T0KLASTER', channelId: 'C0GRANTY', locale: 'en' },
    ['grants'],
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

/** A meeting scheduled from chat in a week's time, as the schedule form stores it. */
async function scheduled(id: string, meeting: Omit<MeetingRequest, 'invitees'>) {
  const start = DateTime.now().plus({ days: 7 }).startOf('hour');
  await harness.testStore.store.events.upsert([
    ClusterEvent.parse({
      id,
      title: 'Spotkanie partnerów',
      kind: 'meeting',
      timing: {
        allDay: false,
        start: start.toISO(),
        end: start.plus({ hours: 1 }).toISO(),
        timeZone: 'Europe/Warsaw',
      },
      source: 'glokal',
      revision: 1,
      updatedAt: new Date().toISOString(),
      meeting: { invitees: [], ...meeting },
    }),
  ]);
}

/** Records the meeting's announcement as the schedule form does, and has the worker relay it. */
async function announce(eventId: string, key = `announce:event:${eventId}`) {
  await harness.testStore.store.outbox.add(key, {
    type: 'announce',
    subject: { type: 'event-announcement', eventId },
  });
  await worker.relayNow();
}

const linesFor = (eventId: string) =>
  delivered
    .filter((job) => job.message.type === 'event-announcement' && job.message.eventId === eventId)
    .map((job) => `${job.platform} ${job.workspaceId} ${job.channelId} ${job.locale}`)
    .sort();

describe('the announcement of a meeting scheduled from chat', () => {
  it('goes to the subscribed channels and to the chosen one, on the platform it was scheduled from, in the meeting’s language, once', async () => {
    await scheduled('glokalmeeting1', {
      online: true,
      announceIn: { platform: 'discord', workspaceId: discordGuild, channelId: discordProjects },
      language: 'pl',
      scheduledBy: { platform: 'discord', userId: '1180000000000000099' },
    });
    await announce('glokalmeeting1');
    await waitUntil(() => linesFor('glokalmeeting1').length >= 3, 15_000, 'three deliveries');
    expect(linesFor('glokalmeeting1')).toEqual(
      [
        `discord ${discordGuild} ${discordEvents} en`,
        `discord ${discordGuild} ${discordProjects} pl`,
        'slack T0KLASTER C0WYDARZENIA pl',
      ].sort(),
    );

    // Announced again (a retried job, the sync finding it too): nothing goes out twice.
    const before = await jobCount(worker, 'announce', 'completed');
    await announce('glokalmeeting1', 'announce:event:glokalmeeting1:again');
    await waitUntil(
      async () => (await jobCount(worker, 'announce', 'completed')) > before,
      15_000,
      'the second announce job',
    );
    expect(linesFor('glokalmeeting1')).toHaveLength(3);
    const keys = await harness.testStore.opened.query(
      "select key from deliveries where key like 'announce:event:glokalmeeting1:%' order by key",
    );
    expect(keys).toEqual([
      { key: `announce:event:glokalmeeting1:discord:${discordEvents}` },
      { key: `announce:event:glokalmeeting1:discord:${discordProjects}` },
      { key: 'announce:event:glokalmeeting1:slack:C0WYDARZENIA' },
    ]);
  });

  it('reaches a chosen channel that is also subscribed once, in the language chosen for the meeting', async () => {
    await scheduled('glokalmeeting2', {
      online: false,
      announceIn: { platform: 'slack', workspaceId: 'T0KLASTER', channelId: 'C0WYDARZENIA' },
      language: 'en',
      scheduledBy: { platform: 'slack', userId: 'U0KOORD' },
    });
    await announce('glokalmeeting2');
    await waitUntil(() => linesFor('glokalmeeting2').length >= 2, 15_000, 'two deliveries');
    expect(linesFor('glokalmeeting2')).toEqual([
      `discord ${discordGuild} ${discordEvents} en`,
      'slack T0KLASTER C0WYDARZENIA en',
    ]);
  });

  it('speaks the cluster’s language in a chosen channel when the meeting names none', async () => {
    await scheduled('glokalmeeting3', {
      online: false,
      announceIn: { platform: 'slack', workspaceId: 'T0KLASTER', channelId: 'C0GRANTY' },
      scheduledBy: { platform: 'slack', userId: 'U0KOORD' },
    });
    await announce('glokalmeeting3');
    await waitUntil(() => linesFor('glokalmeeting3').length >= 3, 15_000, 'three deliveries');
    expect(linesFor('glokalmeeting3')).toEqual([
      `discord ${discordGuild} ${discordEvents} en`,
      `slack T0KLASTER C0GRANTY ${harness.config.cluster.defaultLocale}`,
      'slack T0KLASTER C0WYDARZENIA pl',
    ]);
  });
});
