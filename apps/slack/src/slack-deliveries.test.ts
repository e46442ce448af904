import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterStore } from '@glokal/domain';
import { openDeliveryProducer, removePrefixedKeys, type DeliveryJob } from '@glokal/queue';
import { blockText, startSlackHarness, type SlackHarness } from './test-support/slack-harness';

const redis = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  queuePrefix: `test-slack-${randomUUID()}`,
};
const target = { url: redis.url, prefix: redis.queuePrefix };
const producer = openDeliveryProducer(target);
let harness: SlackHarness;

/** Keys whose next `markSent` fails: Slack took the message, the store never heard of it. */
const lostAnswers = new Set<string>();
function loseAnswersOnce(store: ClusterStore): ClusterStore {
  const deliveries = store.deliveries;
  return {
    ...store,
    deliveries: {
      ...deliveries,
      async markSent(key, messageId) {
        if (lostAnswers.delete(key)) throw new Error('the process died before the store heard');
        return deliveries.markSent(key, messageId);
      },
    },
  };
}

beforeAll(async () => {
  harness = await startSlackHarness({ redis, wrapStore: loseAnswersOnce });
});
afterAll(async () => {
  await harness.stop();
  await producer.close();
  await removePrefixedKeys(target);
});

function announce(channelId: string, eventId = 'e-robotics'): DeliveryJob {
  return {
    key: `announce:event:${eventId}:slack:${channelId}`,
    platform: 'slack',
    workspaceId: 'T0GLOKAL1',
    channelId,
    locale: 'en',
    message: { type: 'event-announcement', eventId },
  };
}

const postsTo = (channel: string) =>
  harness.slack.callsTo('chat.postMessage').filter((call) => call.params['channel'] === channel);

async function settled(key: string, state: 'sent' | 'failed', timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const delivery = await harness.store.deliveries.byKey(key);
    if (delivery?.state === state) return delivery;
    if (Date.now() > deadline)
      throw new Error(`delivery ${key} is ${delivery?.state ?? 'unknown'}, not ${state}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('Slack deliveries from the queue', () => {
  it('posts a queued announcement once, in the channel’s language, and records Slack’s ts', async () => {
    const job = announce('C0NEWS');
    await producer.enqueueDelivery(job);
    await producer.enqueueDelivery(job);
    const delivery = await settled(job.key, 'sent');
    const posted = harness.slack.world.messages.filter((message) => message.channel === 'C0NEWS');
    expect(posted).toHaveLength(1);
    expect(delivery.messageId).toBe(posted[0]?.ts);
    expect(blockText(posted[0]?.blocks)).toContain('Warsztaty robotyki dla nauczycieli');
    expect(blockText(posted[0]?.blocks)).toContain("I'm going");
  });

  it('waits out Slack’s 429 and then posts', async () => {
    harness.slack.failNext(
      1,
      { kind: 'rate-limited', retryAfterSeconds: 1 },
      { method: 'chat.postMessage' },
    );
    const job = announce('C0LIMITED');
    await producer.enqueueDelivery(job);
    await settled(job.key, 'sent');
    const attempts = harness.slack
      .callsTo('chat.postMessage')
      .filter((call) => call.params['channel'] === 'C0LIMITED');
    expect(attempts.map((call) => call.status)).toEqual([429, 200]);
  });

  it('marks a delivery to a channel that is gone as failed, with Slack’s reason', async () => {
    harness.slack.removeChannel('C0GONE');
    const job = announce('C0GONE');
    await producer.enqueueDelivery(job);
    const delivery = await settled(job.key, 'failed');
    expect(delivery.lastError).toContain('channel_not_found');
  });

  it('posts once when the store never heard that Slack took the message, and records its ts', async () => {
    const job = announce('C0CRASH');
    lostAnswers.add(job.key);
    await producer.enqueueDelivery(job);
    const delivery = await settled(job.key, 'sent');
    const posted = harness.slack.world.messages.filter((message) => message.channel === 'C0CRASH');
    expect(posted).toHaveLength(1);
    expect(postsTo('C0CRASH')).toHaveLength(1);
    expect(delivery).toMatchObject({ attempts: 2, messageId: posted[0]?.ts });
    expect(lostAnswers.has(job.key)).toBe(false);
    const lookups = harness.slack
      .callsTo('conversations.history')
      .filter((call) => call.params['channel'] === 'C0CRASH');
    expect(lookups).toHaveLength(1);
  });

  it('posts a direct message once when the store never heard that Slack took it', async () => {
    const job: DeliveryJob = {
      ...announce('U0JOHN'),
      key: 'reminder:crash:slack:U0JOHN',
      workspaceId: 'direct',
      directMessage: true,
    };
    lostAnswers.add(job.key);
    await producer.enqueueDelivery(job);
    const delivery = await settled(job.key, 'sent');
    const dm = harness.slack.world.directChannels.get('U0JOHN') ?? '';
    const posted = harness.slack.world.messages.filter(
      (message) => message.channel === dm && message.metadata?.event_payload['key'] === job.key,
    );
    expect(posted).toHaveLength(1);
    expect(delivery.messageId).toBe(posted[0]?.ts);
  });

  it('gives a direct message up as undeliverable when the person cannot get one', async () => {
    const job: DeliveryJob = {
      ...announce('U0GONE'),
      key: 'reminder:gone:slack:U0GONE',
      workspaceId: 'direct',
      directMessage: true,
    };
    await producer.enqueueDelivery(job);
    const delivery = await settled(job.key, 'failed');
    expect(delivery).toMatchObject({ undeliverable: true, attempts: 1 });
    expect(delivery.lastError).toContain('user_not_found');
  });

  it(
    'keeps Slack’s posting limit: 429s are waited out and every delivery is posted once',
    { timeout: 60_000 },
    async () => {
      // Stricter than the pace the app keeps, so that Slack does answer 429 in between.
      harness.slack.limitPosts(1500);
      try {
        const events = ['e-robotics', 'e-board', 'e-conference', 'e-lisbon', 'e-autumn'];
        const jobs = [
          ...events.map((eventId) => announce('C0LIMIT', eventId)),
          ...events.slice(0, 2).map((eventId) => announce('C0LIMIT2', eventId)),
        ];
        for (const job of jobs) await producer.enqueueDelivery(job);
        for (const job of jobs) await settled(job.key, 'sent', 50_000);
        for (const channel of ['C0LIMIT', 'C0LIMIT2']) {
          const posted = harness.slack.world.messages.filter(
            (message) => message.channel === channel,
          );
          const keys = posted.map((message) => message.metadata?.event_payload['key']);
          expect(new Set(keys)).toEqual(
            new Set(jobs.filter((job) => job.channelId === channel).map((job) => job.key)),
          );
          expect(posted).toHaveLength(keys.length);
        }
        const statuses = postsTo('C0LIMIT').map((call) => call.status);
        expect(statuses.filter((status) => status === 200)).toHaveLength(events.length);
        expect(statuses).toContain(429);
      } finally {
        harness.slack.limitPosts(undefined);
      }
    },
  );
});
