import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, loadConfig } from '@glokal/config';
import { removePrefixedKeys } from '@glokal/queue';
import { startFakeGoogle, type FakeGoogle } from '@glokal/testing/google';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import { startGlokal, type RunningGlokal } from './start-glokal';

const calendarId = 'klaster@group.calendar.google.com';
const redis = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  prefix: `test-${randomUUID()}`,
};
let fake: FakeGoogle;
let testStore: TestStore;
let glokal: RunningGlokal;
let base: string;

beforeAll(async () => {
  fake = await startFakeGoogle();
  fake.calendar.ensureCalendar(calendarId);
  fake.calendar.addEvent(calendarId, {
    summary: '[konferencja] Forum klastra',
    start: {
      dateTime: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      timeZone: 'Europe/Warsaw',
    },
    end: {
      dateTime: new Date(Date.now() + 7 * 86_400_000 + 3_600_000).toISOString(),
      timeZone: 'Europe/Warsaw',
    },
  });
  testStore = await createTestStore();
  const config = loadConfig({
    REDIS_URL: redis.url,
    QUEUE_PREFIX: redis.prefix,
    GOOGLE_CALENDAR_ID: calendarId,
    GOOGLE_ACCESS_TOKEN: 'ya29.test',
    GOOGLE_API_ROOT_URL: fake.rootUrl,
    SYNC_CALENDAR_EVERY: '1h',
  });
  glokal = await startGlokal({
    config,
    logger: createLogger({ level: 'silent' }),
    http: { port: 0, host: '127.0.0.1' },
    store: testStore.opened,
    worker: { defaultMetrics: false, googleTuning: { retry: { sleep: async () => undefined } } },
  });
  base = `http://127.0.0.1:${glokal.httpPort}`;
});
afterAll(async () => {
  await glokal.stop();
  await testStore.close();
  await removePrefixedKeys(redis);
  await fake.close();
});

async function metricsText(): Promise<string> {
  return (await fetch(`${base}/metrics`)).text();
}

describe('npm start in one process', () => {
  it('runs the worker without any chat credentials', async () => {
    expect(glokal.parts.slack).toBeUndefined();
    expect(glokal.parts.discord).toBeUndefined();
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({
      status: 'ready',
      checks: { redis: 'ok', database: 'ok', schedules: 'ok' },
    });
  });

  it('syncs the calendar on its schedule as soon as it starts', async () => {
    const deadline = Date.now() + 15_000;
    let text = await metricsText();
    while (!text.includes('change="upserted"} 1') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      text = await metricsText();
    }
    expect(text).toContain(
      `glokal_sync_items_total{source="calendar:${calendarId}",change="upserted"} 1`,
    );
  });
});
