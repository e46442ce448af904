import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDeliveryProducer, removePrefixedKeys, type DeliveryJob } from '@glokal/queue';
import { blockText, startSlackHarness, type SlackHarness } from './test-support/slack-harness';

const redis = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  queuePrefix: `test-slack-${randomUUID()}`,
};
const target = { url: redis.url, prefix: redis.queuePrefix };
const producer = openDeliveryProducer(target);
let harness: SlackHarness;

beforeAll(async () => {
  harness = await startSlackHarness({ redis });
});
afterAll(async () => {
  await harness.stop();
  await producer.close();
  await removePrefixedKeys(target);
});

function announce(channelId: string): DeliveryJob {
  return {
    key: `announce:event:e-robotics:slack:${channelId}`,
    platform: 'slack',
    workspaceId: 'T0GLOKAL1',
    channelId,
    locale: 'en',
    message: { type: 'event-announcement', eventId: 'e-robotics' },
  };
}

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
});
