import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import type { DeliveryRepository } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import { createLogger } from '@glokal/config';
import { QueueNames } from '../definitions/queue-names';
import { removePrefixedKeys } from '../redis/remove-prefixed-keys';
import { startDeliveryConsumer, type DeliveryConsumer } from './delivery-consumer';
import { DeliveryRateLimited, DeliveryRejected, DeliveryUndeliverable } from './delivery-errors';
import type { DeliveryJob } from './delivery-job';
import type { DeliveryAttempt } from './delivery-consumer';
import { deliveryJobId } from './delivery-job-id';
import { openDeliveryProducer } from './delivery-producer';

const redis = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  prefix: `test-${randomUUID()}`,
};
const logger = createLogger({ level: 'silent' });

let testStore: TestStore;
beforeAll(async () => {
  testStore = await createTestStore();
});
const storeDeliveries = (): DeliveryRepository => testStore.store.deliveries;
const stateOf = async (key: string) => (await testStore.store.deliveries.byKey(key))?.state;

function announcement(key: string): DeliveryJob {
  return {
    key,
    platform: 'slack',
    workspaceId: 'T1',
    channelId: 'C1',
    locale: 'pl',
    message: { type: 'event-announcement', eventId: 'evt-1' },
  };
}

async function waitUntil(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const producer = openDeliveryProducer(redis);
const queue = new Queue(QueueNames.deliverSlack, {
  connection: { url: redis.url },
  prefix: redis.prefix,
});
let consumer: DeliveryConsumer | undefined;

afterEach(async () => {
  await consumer?.close();
  consumer = undefined;
  await queue.obliterate({ force: true });
});

afterAll(async () => {
  await producer.close();
  await queue.close();
  await removePrefixedKeys(redis);
  await testStore.close();
});

describe('startDeliveryConsumer', () => {
  it('sends a message once even when the same key is queued twice, and records the message id', async () => {
    const deliveries = storeDeliveries();
    const sent: string[] = [];
    consumer = startDeliveryConsumer({
      platform: 'slack',
      redis,
      deliveries,
      logger,
      deliver: async (job) => {
        sent.push(job.key);
        return { messageId: '1712345678.000100' };
      },
    });
    await producer.enqueueDelivery(announcement('announce:event:evt-1:slack:C1'));
    await producer.enqueueDelivery(announcement('announce:event:evt-1:slack:C1'));
    await waitUntil(async () => (await stateOf('announce:event:evt-1:slack:C1')) === 'sent');
    await waitUntil(async () => (await queue.getJobCounts('completed'))['completed'] === 1);
    expect(sent).toEqual(['announce:event:evt-1:slack:C1']);
    expect((await deliveries.byKey('announce:event:evt-1:slack:C1'))?.messageId).toBe(
      '1712345678.000100',
    );
  });

  it('skips a key the store already marks sent', async () => {
    const deliveries = storeDeliveries();
    await deliveries.claim({ key: 'k-sent', platform: 'slack', channelId: 'C1' });
    await deliveries.markSent('k-sent', 'ts-1');
    const sent: string[] = [];
    consumer = startDeliveryConsumer({
      platform: 'slack',
      redis,
      deliveries,
      logger,
      deliver: async (job) => {
        sent.push(job.key);
        return {};
      },
    });
    await producer.enqueueDelivery(announcement('k-sent'));
    await producer.enqueueDelivery(announcement('k-new'));
    await waitUntil(async () => (await queue.getJobCounts('completed'))['completed'] === 2);
    expect(sent).toEqual(['k-new']);
  });

  it('fails a job whose data does not fit the schema without calling deliver or retrying', async () => {
    const deliveries = storeDeliveries();
    let calls = 0;
    consumer = startDeliveryConsumer({
      platform: 'slack',
      redis,
      deliveries,
      logger,
      deliver: async () => {
        calls += 1;
        return {};
      },
    });
    const job = await queue.add(
      'event-announcement',
      { key: 'broken', platform: 'slack' },
      { attempts: 5 },
    );
    await waitUntil(async () => (await queue.getJobState(job.id ?? '')) === 'failed');
    const failed = await queue.getJob(job.id ?? '');
    expect(failed?.attemptsMade).toBe(1);
    expect(calls).toBe(0);
  });

  it('retries a failure and records the message as sent when a later attempt succeeds', async () => {
    const deliveries = storeDeliveries();
    let calls = 0;
    consumer = startDeliveryConsumer({
      platform: 'slack',
      redis,
      deliveries,
      logger,
      deliver: async () => {
        calls += 1;
        if (calls === 1) throw new Error('socket hang up');
        return { messageId: 'ts-2' };
      },
    });
    await producer.enqueueDelivery(announcement('k-retry'));
    await waitUntil(async () => (await stateOf('k-retry')) === 'sent');
    expect(calls).toBe(2);
  });

  it('marks a refused message failed at once, with the reason, and does not retry it', async () => {
    const deliveries = storeDeliveries();
    let calls = 0;
    consumer = startDeliveryConsumer({
      platform: 'slack',
      redis,
      deliveries,
      logger,
      deliver: async () => {
        calls += 1;
        throw new DeliveryRejected('channel_not_found');
      },
    });
    await producer.enqueueDelivery(announcement('k-refused'));
    await waitUntil(async () => (await stateOf('k-refused')) === 'failed');
    await waitUntil(async () => (await queue.getJobState(deliveryJobId('k-refused'))) === 'failed');
    expect(calls).toBe(1);
    expect((await deliveries.byKey('k-refused'))?.lastError).toContain('channel_not_found');
    expect((await deliveries.failed(10)).map((row) => row.key)).toEqual(['k-refused']);
  });

  it('waits out a 429 without using up attempts, however often the platform says so', async () => {
    const deliveries = storeDeliveries();
    let calls = 0;
    consumer = startDeliveryConsumer({
      platform: 'slack',
      redis,
      deliveries,
      logger,
      deliver: async () => {
        calls += 1;
        // More 429s than the queue allows attempts (8): only real failures count.
        if (calls <= 10) throw new DeliveryRateLimited(20);
        return { messageId: 'ts-3' };
      },
    });
    await producer.enqueueDelivery(announcement('k-limited'));
    await waitUntil(async () => (await stateOf('k-limited')) === 'sent');
    expect(calls).toBe(11);
  });

  it('tells a retry that an earlier try began, so a message posted before a crash can be found', async () => {
    const deliveries = storeDeliveries();
    const attempts: DeliveryAttempt[] = [];
    const states: (string | undefined)[] = [];
    consumer = startDeliveryConsumer({
      platform: 'slack',
      redis,
      deliveries,
      logger,
      deliver: async (job, attempt) => {
        attempts.push(attempt);
        states.push(await stateOf(job.key));
        // The platform took the message, then this process failed before the store heard back.
        if (attempts.length === 1) throw new Error('crashed after the post');
        return { messageId: 'ts-found' };
      },
    });
    await producer.enqueueDelivery(announcement('k-crash'));
    await waitUntil(async () => (await stateOf('k-crash')) === 'sent');
    const row = await deliveries.byKey('k-crash');
    expect(states).toEqual(['sending', 'sending']);
    expect(attempts).toEqual([{ number: 1 }, { number: 2, earlierTrySince: row?.sendingSince }]);
    expect(row).toMatchObject({ attempts: 2, messageId: 'ts-found' });
  });

  it('delays only the rate-limited job, records why, and uses no attempt for it', async () => {
    const deliveries = storeDeliveries();
    const sent: string[] = [];
    let limited = 0;
    consumer = startDeliveryConsumer({
      platform: 'slack',
      redis,
      deliveries,
      logger,
      concurrency: 1,
      deliver: async (job) => {
        if (job.key === 'k-429' && limited < 1) {
          limited += 1;
          throw new DeliveryRateLimited(1500);
        }
        sent.push(job.key);
        return {};
      },
    });
    await producer.enqueueDelivery(announcement('k-429'));
    await waitUntil(async () => (await queue.getJobState(deliveryJobId('k-429'))) === 'delayed');
    expect((await deliveries.byKey('k-429'))?.lastError).toContain('rate limited');
    expect((await queue.getJob(deliveryJobId('k-429')))?.attemptsMade).toBe(0);
    await producer.enqueueDelivery(announcement('k-other'));
    await waitUntil(async () => (await stateOf('k-other')) === 'sent');
    await waitUntil(async () => (await stateOf('k-429')) === 'sent');
    expect(sent).toEqual(['k-other', 'k-429']);
  });

  it('fails an undeliverable message for good, says so, and skips it when it is queued again', async () => {
    const deliveries = storeDeliveries();
    let calls = 0;
    consumer = startDeliveryConsumer({
      platform: 'slack',
      redis,
      deliveries,
      logger,
      deliver: async () => {
        calls += 1;
        throw new DeliveryUndeliverable('cannot_dm_bot');
      },
    });
    await producer.enqueueDelivery(announcement('k-dm'));
    await waitUntil(async () => (await queue.getJobState(deliveryJobId('k-dm'))) === 'failed');
    expect(await deliveries.byKey('k-dm')).toMatchObject({
      state: 'failed',
      undeliverable: true,
      lastError: expect.stringContaining('cannot_dm_bot'),
    });
    await queue.remove(deliveryJobId('k-dm'));
    await producer.enqueueDelivery(announcement('k-dm'));
    await waitUntil(async () => (await queue.getJobState(deliveryJobId('k-dm'))) === 'completed');
    expect(calls).toBe(1);
  });

  it('keeps the pace of a channel: one message per interval, the others wait without an attempt', async () => {
    const deliveries = storeDeliveries();
    const postedAt: number[] = [];
    consumer = startDeliveryConsumer({
      platform: 'slack',
      redis,
      deliveries,
      logger,
      pace: { key: (job) => job.channelId, everyMs: 400 },
      deliver: async () => {
        postedAt.push(performance.now());
        return {};
      },
    });
    for (const key of ['k-pace-1', 'k-pace-2', 'k-pace-3'])
      await producer.enqueueDelivery(announcement(key));
    await waitUntil(async () => (await queue.getJobCounts('completed'))['completed'] === 3);
    const gaps = postedAt.slice(1).map((at, index) => at - (postedAt[index] ?? 0));
    // A busy machine only widens the gaps; Redis's clock and ours may differ by a few ms.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(380);
    for (const key of ['k-pace-1', 'k-pace-2', 'k-pace-3'])
      expect((await queue.getJob(deliveryJobId(key)))?.attemptsMade).toBe(1);
  });
});
