import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRedisProbe } from '@glokal/queue';
import type { RunningWorker } from '../start-worker';
import {
  calendarId,
  silentLogger,
  startHarness,
  syncOnce,
  type Harness,
} from '../test-support/worker-harness';
import { startHttpServer, type RunningHttpServer } from './http-server';
import { checkReadiness } from './readiness';

let harness: Harness;
let worker: RunningWorker;
let server: RunningHttpServer;
let redisAnswers = true;
const probe = () =>
  openRedisProbe(
    redisAnswers
      ? { url: harness.redis.url, prefix: harness.redis.prefix }
      : { url: 'redis://127.0.0.1:1', prefix: 'x' },
  );
let base = '';

beforeAll(async () => {
  harness = await startHarness();
  harness.fake.calendar.addEvent(calendarId, {
    summary: 'Forum',
    start: { dateTime: new Date(Date.now() + 86_400_000).toISOString() },
    end: { dateTime: new Date(Date.now() + 90_000_000).toISOString() },
  });
  worker = await harness.startWorker();
  server = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    logger: silentLogger,
    registry: worker.metrics.registry,
    queues: worker.queues,
    readiness: async () => {
      const redis = probe();
      try {
        return await checkReadiness({
          redis: async () => (await redis.ping(500)) || 'Redis does not answer PING',
          database: async () => {
            await harness.testStore.opened.query('select 1');
            return true;
          },
        });
      } finally {
        await redis.close();
      }
    },
  });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server.close();
  await harness.close();
});

describe('the operations port', () => {
  it('says the process is alive', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('is ready when Redis and the database answer, and says which one does not', async () => {
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      checks: { redis: 'ok', database: 'ok' },
    });
    redisAnswers = false;
    const notReady = await fetch(`${base}/readyz`);
    redisAnswers = true;
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({
      status: 'not ready',
      checks: { redis: 'Redis does not answer PING', database: 'ok' },
    });
  });

  it("exports job counts and durations, queue sizes, and each source's last success and lag", async () => {
    const before = await (await fetch(`${base}/metrics`)).text();
    expect(before).toContain(`glokal_sync_lag_seconds{source="calendar:${calendarId}"} -1`);
    expect(await syncOnce(worker, 'calendar')).toBe('completed');
    const response = await fetch(`${base}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('glokal_jobs_total{queue="calendar-sync",outcome="completed"} 1');
    expect(text).toMatch(/glokal_job_duration_seconds_count\{queue="calendar-sync"\} 1/);
    expect(text).toMatch(/glokal_queue_jobs\{queue="deliver-slack",state="waiting"\} 0/);
    expect(text).toMatch(
      new RegExp(`glokal_sync_lag_seconds\\{source="calendar:${calendarId}"\\} \\d`),
    );
    expect(text).toMatch(
      new RegExp(
        `glokal_sync_last_success_timestamp_seconds\\{source="calendar:${calendarId}"\\} 1\\d{9}`,
      ),
    );
    expect(text).toContain(
      `glokal_sync_items_total{source="calendar:${calendarId}",change="upserted"} 1`,
    );
  });

  it('serves the queue dashboard', async () => {
    const page = await fetch(`${base}/queues`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    const api = await fetch(`${base}/queues/api/queues`);
    expect(api.status).toBe(200);
    expect(JSON.stringify(await api.json())).toContain('calendar-sync');
  });
});

describe('the operations port with OPERATIONS_TOKEN', () => {
  const token = 'ops-token-for-this-test-0123456789';
  let guarded: RunningHttpServer;
  let at = '';
  const pause = (queue: string) => `${at}/queues/api/queues/${queue}/pause`;
  const deliverSlack = () => {
    const queue = worker.queues.find((candidate) => candidate.name === 'deliver-slack');
    if (!queue) throw new Error('the worker has no deliver-slack queue');
    return queue;
  };
  const basic = (password: string) =>
    `Basic ${Buffer.from(`someone:${password}`, 'utf8').toString('base64')}`;

  beforeAll(async () => {
    guarded = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      token,
      logger: silentLogger,
      registry: worker.metrics.registry,
      queues: worker.queues,
      readiness: async () => ({ ready: true, checks: { redis: 'ok', database: 'ok' } }),
    });
    at = `http://127.0.0.1:${guarded.port}`;
  });
  afterAll(async () => {
    await deliverSlack().resume();
    await guarded.close();
  });

  it('refuses an unauthenticated request to pause a queue, and the queue keeps running', async () => {
    const refused = await fetch(pause('deliver-slack'), { method: 'PUT' });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toContain('Basic realm="Glokal operations"');
    const wrong = await fetch(pause('deliver-slack'), {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}x` },
    });
    expect(wrong.status).toBe(401);
    expect(await deliverSlack().isPaused()).toBe(false);
  });

  it('asks the token for metrics and the dashboard, never for the probes', async () => {
    expect((await fetch(`${at}/metrics`)).status).toBe(401);
    expect((await fetch(`${at}/queues`)).status).toBe(401);
    expect((await fetch(`${at}/healthz`)).status).toBe(200);
    expect((await fetch(`${at}/readyz`)).status).toBe(200);
    const metrics = await fetch(`${at}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(metrics.status).toBe(200);
  });

  it('pauses with the bearer token, and lets a browser in with the token as password', async () => {
    const paused = await fetch(pause('deliver-slack'), {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(paused.status).toBe(200);
    expect(await deliverSlack().isPaused()).toBe(true);
    const resumed = await fetch(`${at}/queues/api/queues/deliver-slack/resume`, {
      method: 'PUT',
      headers: { authorization: basic(token) },
    });
    expect(resumed.status).toBe(200);
    expect(await deliverSlack().isPaused()).toBe(false);
    const page = await fetch(`${at}/queues`, { headers: { authorization: basic(token) } });
    expect(page.status).toBe(200);
  });

  it('will not listen beyond loopback without a token', async () => {
    await expect(
      startHttpServer({
        port: 0,
        host: '0.0.0.0',
        logger: silentLogger,
        registry: worker.metrics.registry,
        queues: [],
        readiness: async () => ({ ready: true, checks: {} }),
      }),
    ).rejects.toThrow(/without OPERATIONS_TOKEN/);
  });
});
