import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOwnRedis, type OwnRedis } from '@glokal/testing/redis';
import { startOperationsServer } from '../http/operations-server';
import {
  silentLogger,
  startHarness,
  waitUntil,
  type Harness,
} from '../test-support/worker-harness';

let ownRedis: OwnRedis;
let harness: Harness;

beforeAll(async () => {
  ownRedis = await startOwnRedis();
  harness = await startHarness({ redisUrl: ownRedis.url });
});
afterAll(async () => {
  await harness.close();
  await ownRedis.stop();
});

async function readyz(port: number) {
  const response = await fetch(`http://127.0.0.1:${port}/readyz`);
  return {
    status: response.status,
    body: (await response.json()) as { checks: Record<string, string> },
  };
}

describe('the job schedulers a worker declares', () => {
  it('are missing after Redis is flushed, /readyz says so, and putting them back makes it ready', async () => {
    // A check interval far beyond the test, so only the explicit restore puts them back.
    const worker = await harness.startWorker({
      schedules: true,
      tuning: { scheduleCheckEveryMs: 3_600_000 },
    });
    const http = await startOperationsServer({
      port: 0,
      host: '127.0.0.1',
      logger: silentLogger,
      worker,
      redis: harness.config.redis,
      store: harness.testStore.opened,
    });
    try {
      expect(await readyz(http.port)).toMatchObject({
        status: 200,
        body: { checks: { schedules: 'ok' } },
      });

      await ownRedis.flushAll();
      const flushed = await readyz(http.port);
      expect(flushed.status).toBe(503);
      expect(flushed.body.checks['schedules']).toMatch(/^job schedulers missing: /);
      for (const id of [
        'outbox-relay',
        'calendar-sync-',
        'drive-sync-',
        'weekly-digest',
        'reminder-check',
      ])
        expect(flushed.body.checks['schedules']).toContain(id);
      expect(flushed.body.checks['redis']).toBe('ok');

      const restored = await worker.restoreSchedules();
      expect(restored).toHaveLength(5);
      expect(restored).toContain('outbox-relay');
      expect(await worker.missingSchedules()).toEqual([]);
      expect(await readyz(http.port)).toMatchObject({
        status: 200,
        body: { checks: { schedules: 'ok' } },
      });
    } finally {
      await http.close();
      await worker.stop({ graceMs: 2000 });
    }
  });

  it('come back on their own after a flush, and the relay runs from its scheduler again', async () => {
    const worker = await harness.startWorker({
      schedules: true,
      tuning: { scheduleCheckEveryMs: 200, relayEveryMs: 300 },
    });
    try {
      await ownRedis.flushAll();
      await waitUntil(
        async () => (await worker.missingSchedules()).length === 0,
        20_000,
        'the schedulers put back',
      );
      const { store } = harness.testStore;
      await store.outbox.add('announce:event:after-flush', {
        type: 'announce',
        subject: { type: 'event-announcement', eventId: 'after-flush' },
      });
      await waitUntil(
        async () => (await store.outbox.pending(10)).length === 0,
        20_000,
        'the outbox relayed by the scheduled relay',
      );
    } finally {
      await worker.stop({ graceMs: 2000 });
    }
  });
});
