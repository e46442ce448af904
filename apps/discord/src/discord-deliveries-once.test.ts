import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { reply } from '@glokal/chat';
import { createLogger } from '@glokal/config';
import { systemClock, type DeliveryRepository } from '@glokal/domain';
import {
  deliveryJobId,
  openDeliveryProducer,
  startDeliveryConsumer,
  type DeliveryConsumer,
  type DeliveryJob,
  type DeliveryProducer,
} from '@glokal/queue/delivery';
import { deliveryQueue } from '@glokal/queue/definitions';
import { openProducer, type Producer } from '@glokal/queue/runtime';
import { removePrefixedKeys } from '@glokal/queue/redis';
import {
  fakeAnnouncementsChannelId,
  fakeChannelId,
  fakeGuildId,
  startFakeDiscord,
  type FakeDiscord,
  type FakeDiscordOptions,
} from '@glokal/testing/discord';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import { createDeliveryRest, deliverToDiscord } from './deliver-to-discord';
import { clusterGuilds } from './cluster-guilds';

const redis = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  prefix: `test-discord-once-${randomUUID()}`,
};
const logger = createLogger({ level: 'silent' });

let store: TestStore;
let producer: DeliveryProducer;
/** The Discord delivery queue itself, for jobs a producer keyed by the delivery would not add. */
let queue: Producer<typeof DeliveryJob>;
let fake: FakeDiscord | undefined;
let consumer: DeliveryConsumer | undefined;

beforeAll(async () => {
  store = await createTestStore();
  producer = openDeliveryProducer(redis);
  queue = openProducer(deliveryQueue('discord'), redis);
});
afterEach(async () => {
  await consumer?.close();
  consumer = undefined;
  await fake?.close();
  fake = undefined;
  await queue.queue.obliterate({ force: true });
});
afterAll(async () => {
  await producer.close();
  await queue.close();
  await removePrefixedKeys(redis);
  await store.close();
});

/** The fake Discord and the real consumer posting through the real delivery REST to it. */
async function start(
  options: {
    fake?: FakeDiscordOptions;
    deliveries?: DeliveryRepository;
    nonceTrustedForMs?: number;
  } = {},
): Promise<FakeDiscord> {
  const started = await startFakeDiscord(options.fake);
  fake = started;
  consumer = startDeliveryConsumer({
    platform: 'discord',
    redis,
    deliveries: options.deliveries ?? store.store.deliveries,
    logger,
    deliver: deliverToDiscord({
      rest: createDeliveryRest({ token: started.token, apiUrl: started.apiUrl }),
      clusterTimeZone: 'Europe/Warsaw',
      guilds: clusterGuilds([fakeGuildId]),
      logger,
      clock: systemClock,
      ...(options.nonceTrustedForMs === undefined
        ? {}
        : { nonceTrustedForMs: options.nonceTrustedForMs }),
      async compose(message) {
        if (message.type !== 'event-announcement') return undefined;
        return reply({ title: 'Nowe wydarzenie', summary: `Warsztaty ${message.eventId}` });
      },
    }),
  });
  return started;
}

let counter = 0;
/** A delivery of an event announcement with a key of its own to this test run. */
function announcement(channelId = fakeAnnouncementsChannelId): DeliveryJob {
  counter += 1;
  const eventId = `once-${counter}-${randomUUID().slice(0, 8)}`;
  return {
    key: `announce:event:${eventId}:discord:${channelId}`,
    platform: 'discord',
    workspaceId: fakeGuildId,
    channelId,
    locale: 'pl',
    message: { type: 'event-announcement', eventId },
  };
}

/** The delivery's row once the consumer has settled it (sent or failed), within a bounded wait. */
async function settled(key: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await store.store.deliveries.byKey(key);
    if (row && (row.state === 'sent' || row.state === 'failed')) return row;
    if (Date.now() > deadline) throw new Error(`delivery ${key} not settled in time`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resolves once `check` holds, tried every 50 ms, or rejects after `timeoutMs`. */
async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not in time`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const completedJobs = async () => (await queue.queue.getJobCounts('completed'))['completed'] ?? 0;

/** The fake's messages for one delivery, found by the event id in their text. */
function messagesOf(on: FakeDiscord, job: DeliveryJob) {
  const eventId = job.message.type === 'event-announcement' ? job.message.eventId : '';
  return [...on.state.messages.values()].filter((message) =>
    message.embeds.some((embed) => embed.description?.includes(eventId)),
  );
}

/** The store, except that `markSent` fails once: as if the process died right after posting. */
function crashingOnceAfterPosting(): DeliveryRepository {
  const real = store.store.deliveries;
  let crashed = false;
  return {
    ...real,
    async markSent(key, messageId) {
      if (!crashed) {
        crashed = true;
        throw new Error('the process stopped before the store heard back');
      }
      return real.markSent(key, messageId);
    },
  };
}

describe('Discord deliveries through the queue', () => {
  it('posts one message when the store did not hear back from a try that posted, and the job is retried', async () => {
    const on = await start({ deliveries: crashingOnceAfterPosting() });
    const job = announcement();
    await producer.enqueueDelivery(job);
    const row = await settled(job.key);
    const [message, ...more] = messagesOf(on, job);
    expect(more).toEqual([]);
    expect(row).toMatchObject({ state: 'sent', attempts: 2, messageId: message?.id });
    const posts = on.requests.filter((request) => request.method === 'POST');
    expect(posts.filter((request) => request.route.endsWith('/messages'))).toHaveLength(2);
  });

  it('posts one message when the retry comes after Discord has forgotten the nonce, found in the channel', async () => {
    const on = await start({
      deliveries: crashingOnceAfterPosting(),
      fake: { nonceWindowMs: 0 },
      nonceTrustedForMs: 0,
    });
    const job = announcement();
    await producer.enqueueDelivery(job);
    const row = await settled(job.key);
    const [message, ...more] = messagesOf(on, job);
    expect(more).toEqual([]);
    expect(row).toMatchObject({ state: 'sent', messageId: message?.id });
    expect(
      on.requests.some(
        (request) => request.method === 'GET' && request.route.endsWith('/messages'),
      ),
    ).toBe(true);
  });

  it('posts one message when the same delivery is queued twice, even as two jobs running at once', async () => {
    const on = await start();
    const job = announcement();
    await producer.enqueueDelivery(job);
    await producer.enqueueDelivery(job);
    // What a producer with another job id (or a stalled job run again) would leave in the queue.
    await queue.add(job.message.type, job, { jobId: `${deliveryJobId(job.key)}-again` });
    await queue.add(job.message.type, job, { jobId: `${deliveryJobId(job.key)}-third` });
    const row = await settled(job.key);
    await until(async () => (await completedJobs()) === 3, 'all three jobs completed');
    const [message, ...more] = messagesOf(on, job);
    expect(more).toEqual([]);
    expect(row).toMatchObject({ state: 'sent', messageId: message?.id });
  });

  it('waits out the channel’s bucket (429s and buckets Discord says are empty) and loses nothing', async () => {
    const on = await start({
      fake: { rateLimits: { channelMessages: { limit: 2, windowMs: 1_000 } } },
    });
    // And one 429 answered by Discord itself, as when another process used the bucket up.
    on.rateLimit({ method: 'POST', route: /^\/channels\/\d+\/messages$/, retryAfterSeconds: 0.5 });
    const jobs = Array.from({ length: 7 }, () => announcement());
    for (const job of jobs) await producer.enqueueDelivery(job);
    const rows = await Promise.all(jobs.map((job) => settled(job.key, 30_000)));
    expect(rows.map((row) => row.state)).toEqual(jobs.map(() => 'sent'));
    expect(jobs.map((job) => messagesOf(on, job).length)).toEqual(jobs.map(() => 1));
    expect(on.channelMessages(fakeAnnouncementsChannelId)).toHaveLength(jobs.length);
    // Some were held back by the limit, and waiting spent none of a job's attempts.
    expect(on.requests.filter((request) => request.status === 429).length).toBeGreaterThanOrEqual(
      1,
    );
    expect(rows.some((row) => row.attempts > 1)).toBe(true);
    // The job Discord answered 429 waited its Retry-After before posting again.
    const posts = on.requests.filter(
      (request) => request.method === 'POST' && request.route.endsWith('/messages'),
    );
    const nonceOf = (request: (typeof posts)[number]) => (request.body as { nonce?: string }).nonce;
    const limited = posts.find((request) => request.status === 429);
    const retried = posts.find(
      (request) =>
        request.status === 200 && limited !== undefined && nonceOf(request) === nonceOf(limited),
    );
    expect((retried?.at ?? 0) - (limited?.at ?? Infinity)).toBeGreaterThanOrEqual(500);
    const completed = await queue.queue.getJobs(['completed']);
    expect(completed.map((job) => job.attemptsMade)).toEqual(jobs.map(() => 1));
  });

  it('waits out the global limit and loses nothing', async () => {
    const on = await start({ fake: { rateLimits: { globalPerSecond: 2 } } });
    const jobs = Array.from({ length: 6 }, (_, index) =>
      announcement(index % 2 === 0 ? fakeAnnouncementsChannelId : fakeChannelId),
    );
    for (const job of jobs) await producer.enqueueDelivery(job);
    const rows = await Promise.all(jobs.map((job) => settled(job.key, 30_000)));
    expect(rows.map((row) => row.state)).toEqual(jobs.map(() => 'sent'));
    expect(jobs.map((job) => messagesOf(on, job).length)).toEqual(jobs.map(() => 1));
    expect(on.rateLimitsAnswered.global).toBeGreaterThan(0);
    // Each job Discord answered 429 posted again only after Retry-After (whole seconds, here 1).
    const posts = on.requests.filter(
      (request) => request.method === 'POST' && request.route.endsWith('/messages'),
    );
    const nonceOf = (request: (typeof posts)[number]) => (request.body as { nonce?: string }).nonce;
    const limited = posts.filter((request) => request.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    for (const refused of limited) {
      const retried = posts.find(
        (request) =>
          request.status === 200 &&
          request.at > refused.at &&
          nonceOf(request) === nonceOf(refused),
      );
      expect((retried?.at ?? 0) - refused.at).toBeGreaterThanOrEqual(1_000);
    }
    const completed = await queue.queue.getJobs(['completed']);
    expect(completed.map((job) => job.attemptsMade)).toEqual(jobs.map(() => 1));
  });

  it('records a direct message to someone who does not take DMs as undeliverable, and does not retry it', async () => {
    const on = await start();
    on.refuseDirectMessages('6161616161');
    const job: DeliveryJob = {
      ...announcement('6161616161'),
      workspaceId: 'direct',
      directMessage: true,
    };
    await producer.enqueueDelivery(job);
    const row = await settled(job.key);
    expect(row).toMatchObject({ state: 'failed', undeliverable: true, attempts: 1 });
    expect(row.lastError).toMatch(/50007/);
    const dmChannel = on.dmChannelOf('6161616161');
    expect(
      on.requests.filter(
        (request) =>
          request.method === 'POST' && request.route === `/channels/${dmChannel}/messages`,
      ),
    ).toHaveLength(1);
    // Queued again, it is skipped: nothing more reaches Discord.
    const before = on.requests.length;
    await queue.add(job.message.type, job, { jobId: `${deliveryJobId(job.key)}-again` });
    await until(async () => (await completedJobs()) === 1, 'the second job skipped');
    expect(on.requests.length).toBe(before);
  });
});
