import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '@glokal/config';
import { systemClock, type Outbox, type OutboxMessage } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import { startOwnRedis, type OwnRedis } from '@glokal/testing/redis';
import { openChatJobs } from './chat-jobs';
import { outboxJobId } from './outbox-job-id';
import { openOutboxQueues, type OutboxQueues } from './outbox-queues';
import { relayOutbox } from './relay-outbox';

const logger = createLogger({ level: 'silent' });
let ownRedis: OwnRedis;
let testStore: TestStore;
let redis: { url: string; prefix: string };
let queues: OutboxQueues;

beforeAll(async () => {
  ownRedis = await startOwnRedis();
  testStore = await createTestStore();
});
afterAll(async () => {
  await queues.close();
  await testStore.close();
  await ownRedis.stop();
});
beforeEach(async () => {
  await testStore.opened.query('delete from outbox');
  redis = { url: ownRedis.url, prefix: `test-${randomUUID()}` };
  await queues?.close();
  queues = openOutboxQueues(redis);
});

const announce = (eventId: string): OutboxMessage => ({
  type: 'announce',
  subject: { type: 'event-announcement', eventId },
});

async function jobsIn(type: OutboxMessage['type']) {
  return queues.queueFor(type).getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']);
}

async function pendingKeys(): Promise<string[]> {
  return (await testStore.store.outbox.pending(100)).map((entry) => entry.key);
}

describe('the outbox relay', () => {
  it('queues each pending message once under its key, on the queue of its kind, and marks it relayed', async () => {
    const { store } = testStore;
    await store.outbox.add('announce:event:e1', announce('e1'));
    await store.outbox.add('grant:ka2:extended:1', {
      type: 'grant-call-changed',
      grantId: 'ka2',
      change: 'extended',
      previousDeadline: { local: '2026-03-05T12:00', timeZone: 'Europe/Brussels' },
    });
    expect(await relayOutbox({ outbox: store.outbox, queues, clock: systemClock })).toBe(2);
    expect(await pendingKeys()).toEqual([]);
    const [announced] = await jobsIn('announce');
    expect(announced?.id).toBe(outboxJobId('announce:event:e1'));
    expect(announced?.data).toEqual(announce('e1'));
    const [changed] = await jobsIn('grant-call-changed');
    expect(changed?.data).toMatchObject({ grantId: 'ka2', change: 'extended' });
    expect(await relayOutbox({ outbox: store.outbox, queues, clock: systemClock })).toBe(0);
  });

  it('leaves one job when it died between queueing and marking, and relays again on the next pass', async () => {
    const { store } = testStore;
    await store.outbox.add('announce:event:e2', announce('e2'));
    const dying: Outbox = {
      ...store.outbox,
      markRelayed: () => Promise.reject(new Error('killed before marking')),
    };
    await expect(relayOutbox({ outbox: dying, queues, clock: systemClock })).rejects.toThrow(
      'killed',
    );
    expect(await pendingKeys()).toEqual(['announce:event:e2']);
    expect(await relayOutbox({ outbox: store.outbox, queues, clock: systemClock })).toBe(1);
    expect(await pendingKeys()).toEqual([]);
    const jobs = await jobsIn('announce');
    expect(jobs.map((job) => job.id)).toEqual([outboxJobId('announce:event:e2')]);
  });

  it('moves many messages in rounds, oldest first', async () => {
    const { store } = testStore;
    for (let n = 0; n < 25; n += 1) await store.outbox.add(`k${n}`, announce(`e${n}`));
    expect(await relayOutbox({ outbox: store.outbox, queues, clock: systemClock, batch: 10 })).toBe(
      25,
    );
    expect(await jobsIn('announce')).toHaveLength(25);
  });
});

describe('the chat apps’ relay (openChatJobs)', () => {
  it('keeps a change’s outbox row while Redis is away, answers within its bound, and moves it once Redis is back', async () => {
    const { store } = testStore;
    const jobs = openChatJobs(redis, store, { logger, timeoutMs: 500 });
    try {
      await ownRedis.stop();
      await store.transaction(async (tx) => {
        await tx.outbox.add('announce:event:away', announce('away'));
      });
      const started = performance.now();
      await jobs.relayNow();
      // The bound is 500 ms; a busy machine gets generous slack, but never a reconnect wait.
      expect(performance.now() - started).toBeLessThan(5000);
      expect(await pendingKeys()).toEqual(['announce:event:away']);

      await ownRedis.start();
      const deadline = Date.now() + 20_000;
      while ((await pendingKeys()).length > 0 && Date.now() < deadline) {
        await jobs.relayNow();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await pendingKeys()).toEqual([]);
      await jobs.relayNow();
      const queued = await jobsIn('announce');
      expect(queued.map((job) => job.id)).toEqual([outboxJobId('announce:event:away')]);
    } finally {
      await jobs.close();
    }
  });

  it('fails fast when Redis goes away after it was reached, and catches up once it is back', async () => {
    const { store } = testStore;
    const jobs = openChatJobs(redis, store, { logger, timeoutMs: 500 });
    try {
      await store.outbox.add('announce:event:before', announce('before'));
      await jobs.relayNow();
      expect(await pendingKeys()).toEqual([]);

      await ownRedis.stop();
      await store.outbox.add('announce:event:during', announce('during'));
      const started = performance.now();
      await jobs.relayNow();
      expect(performance.now() - started).toBeLessThan(5000);
      expect(await pendingKeys()).toEqual(['announce:event:during']);

      await ownRedis.start();
      const deadline = Date.now() + 20_000;
      while ((await pendingKeys()).length > 0 && Date.now() < deadline) {
        await jobs.relayNow();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await pendingKeys()).toEqual([]);
      // The Redis that came back is empty: only the message relayed after it is there.
      expect((await jobsIn('announce')).map((job) => job.id)).toEqual([
        outboxJobId('announce:event:during'),
      ]);
    } finally {
      await jobs.close();
    }
  });
});
