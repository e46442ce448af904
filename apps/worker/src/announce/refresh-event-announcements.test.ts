import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusterEvent } from '@glokal/domain';
import type { DeliveryJob } from '@glokal/queue';
import { createAnnouncer } from '@glokal/sync';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import { refreshEventAnnouncements } from './refresh-event-announcements';

const forum = ClusterEvent.parse({
  id: 'forum',
  title: 'Forum klastra',
  kind: 'conference',
  timing: {
    allDay: false,
    start: '2026-06-20T08:00:00Z',
    end: '2026-06-20T10:00:00Z',
    timeZone: 'Europe/Warsaw',
  },
  source: 'google',
  updatedAt: '2026-06-01T08:00:00Z',
});

let test: TestStore;
const queued: { job: DeliveryJob; delayMs: number | undefined }[] = [];

beforeAll(async () => {
  test = await createTestStore();
  const { store } = test;
  await store.events.upsert([forum]);
  const slack = {
    platform: 'slack',
    workspaceId: 'T1',
    channelId: 'C-EVENTS',
    locale: 'pl',
  } as const;
  const discord = {
    platform: 'discord',
    workspaceId: 'G1',
    channelId: 'D-NEWS',
    locale: 'en',
  } as const;
  const quiet = {
    platform: 'slack',
    workspaceId: 'T1',
    channelId: 'C-QUIET',
    locale: 'pl',
  } as const;
  for (const channel of [slack, discord, quiet])
    await store.subscriptions.subscribe(channel, ['events']);
  // Posted to two channels; the third's announcement has not gone out yet.
  await createAnnouncer({
    store,
    outbox: { enqueueDelivery: async () => undefined },
    clusterLocale: 'pl',
  }).announce({ type: 'event-announcement', eventId: forum.id });
  const keys = await test.opened.query('select key, channel_id from deliveries order by key');
  for (const row of keys) {
    const channel = String(row['channel_id']);
    if (channel !== 'C-QUIET') await store.deliveries.markSent(String(row['key']), `m-${channel}`);
  }
});
afterAll(async () => test.close());

const refresh = (at: string) =>
  refreshEventAnnouncements(
    {
      announcer: createAnnouncer({
        store: test.store,
        outbox: { enqueueDelivery: async () => undefined },
        clusterLocale: 'pl',
      }),
      store: test.store,
      deliveries: {
        enqueueDelivery: async (job, options) => {
          queued.push({ job, delayMs: options?.delayMs });
        },
      },
      now: new Date(at),
    },
    forum.id,
  );

describe('refreshing an event’s announcements', () => {
  it('queues one edit per posted message for the end of its 10-second window, the same job within the window and a new one after', async () => {
    expect(await refresh('2026-06-01T08:00:03.500Z')).toBe(2);
    expect(await refresh('2026-06-01T08:00:09.900Z')).toBe(2);
    expect(await refresh('2026-06-01T08:00:10.000Z')).toBe(2);

    const edits = queued.map(({ job, delayMs }) => ({
      key: job.key,
      channelId: job.channelId,
      locale: job.locale,
      edit: job.edit,
      delayMs,
    }));
    const window = Date.parse('2026-06-01T08:00:00Z') / 10_000;
    expect(new Set(edits.slice(0, 4).map((edit) => edit.key)).size).toBe(2);
    expect(edits.slice(0, 4).every((edit) => edit.key.endsWith(`:edit:${window}`))).toBe(true);
    expect(edits.slice(4).every((edit) => edit.key.endsWith(`:edit:${window + 1}`))).toBe(true);
    expect(edits.map((edit) => edit.delayMs)).toEqual([6500, 6500, 100, 100, 10_000, 10_000]);
    expect(
      edits.slice(0, 2).map(({ channelId, locale, edit }) => ({ channelId, locale, edit })),
    ).toEqual(
      expect.arrayContaining([
        { channelId: 'C-EVENTS', locale: 'pl', edit: { messageId: 'm-C-EVENTS' } },
        { channelId: 'D-NEWS', locale: 'en', edit: { messageId: 'm-D-NEWS' } },
      ]),
    );
    expect(edits.some((edit) => edit.channelId === 'C-QUIET')).toBe(false);
    expect(queued.every(({ job }) => job.message.type === 'event-announcement')).toBe(true);
  });
});
