import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@glokal/config';
import { systemClock, type ClusterEvent } from '@glokal/domain';
import { openProducer, queueDiscordEventMirror, queues, removePrefixedKeys } from '@glokal/queue';
import { fakeGuildId, startFakeDiscord, type FakeDiscord } from '@glokal/testing/discord';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import { createDeliveryRest } from '../deliver-to-discord';
import { clusterGuilds } from '../cluster-guilds';
import { eventMark } from './scheduled-event-body';
import { startEventMirror, type EventMirror } from './start-event-mirror';

const redis = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  prefix: `test-discord-events-${randomUUID()}`,
};
const hour = 3_600_000;
const at = (hours: number) => new Date(Date.now() + hours * hour).toISOString();

function event(id: string, title: string): ClusterEvent {
  return {
    id,
    title,
    kind: 'meeting',
    timing: { allDay: false, start: at(24), end: at(25), timeZone: 'Europe/Warsaw' },
    location: 'Online',
    status: 'confirmed',
    source: 'glokal',
    updatedAt: new Date().toISOString(),
  };
}

let store: TestStore;
let fake: FakeDiscord;
let mirror: EventMirror;
const producer = openProducer(queues.discordEvents, redis);

beforeAll(async () => {
  store = await createTestStore();
  fake = await startFakeDiscord();
  // Already in the store before the app starts: the first reconcile mirrors it.
  await store.store.events.upsert([event('ev-synced', 'Zsynchronizowane z Google')]);
  mirror = startEventMirror({
    redis,
    rest: createDeliveryRest({ token: fake.token, apiUrl: fake.apiUrl }),
    guilds: clusterGuilds([fakeGuildId]),
    store: store.store,
    clock: systemClock,
    clusterTimeZone: 'Europe/Warsaw',
    locale: 'pl',
    logger: createLogger({ level: 'silent' }),
    reconcileEveryMs: 0,
  });
});
afterAll(async () => {
  await mirror.close();
  await producer.close();
  await removePrefixedKeys(redis);
  await fake.close();
  await store.close();
});

const copyOf = (eventId: string) =>
  fake
    .scheduledEvents(fakeGuildId)
    .find((copy) => copy.description?.split('\n').at(-1) === eventMark(eventId));

describe('the Discord app’s Events-tab mirror on the queue', () => {
  it('mirrors what the store held when it started (a sync’s events no change told of)', async () => {
    const copy = await fake.waitFor(() => copyOf('ev-synced'), 'the synced event’s copy', 20_000);
    expect(copy.name).toBe('Zsynchronizowane z Google');
  });

  it('mirrors a queued event as it stands when the job runs, once for a burst of changes', async () => {
    await store.store.events.upsert([event('ev-queued', 'Pierwsza wersja')]);
    const now = new Date();
    await queueDiscordEventMirror(producer.queue, 'ev-queued', now);
    await store.store.events.upsert([event('ev-queued', 'Druga wersja')]);
    await queueDiscordEventMirror(producer.queue, 'ev-queued', now);
    const copy = await fake.waitFor(() => copyOf('ev-queued'), 'the queued event’s copy', 20_000);
    expect(copy.name).toBe('Druga wersja');
    expect(
      fake.requests.filter(
        (request) => request.method === 'POST' && request.route.endsWith('/scheduled-events'),
      ),
    ).toHaveLength(2);
  });

  it('waits out a 429 and then makes the copy, one', async () => {
    fake.rateLimit({ method: 'POST', route: /\/scheduled-events$/, retryAfterSeconds: 1 });
    await store.store.events.upsert([event('ev-limited', 'Po limicie')]);
    await queueDiscordEventMirror(producer.queue, 'ev-limited', new Date(), 100);
    await fake.waitFor(() => copyOf('ev-limited'), 'the copy after the 429', 20_000);
    const limited = fake.requests.filter(
      (request) => request.method === 'POST' && request.route.endsWith('/scheduled-events'),
    );
    expect(limited.map((request) => request.status).slice(-2)).toEqual([429, 200]);
    expect(
      fake.scheduledEvents(fakeGuildId).filter((copy) => copy.name === 'Po limicie'),
    ).toHaveLength(1);
  });
});
