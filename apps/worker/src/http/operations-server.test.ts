import { randomUUID } from 'node:crypto';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@glokal/config';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import { startOperationsServer } from './operations-server';

const logger = createLogger({ level: 'silent' });
const worker = { metrics: { registry: new Registry() }, queues: [] };
const redis = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  queuePrefix: `test-ops-${randomUUID()}`,
};
let test: TestStore;

beforeAll(async () => {
  test = await createTestStore();
});
afterAll(() => test.close());

/** Starts the server, reads `/readyz` once, and closes the server again. */
async function readiness(target: typeof redis) {
  const server = await startOperationsServer({
    port: 0,
    host: '127.0.0.1',
    logger,
    worker,
    redis: target,
    store: test.opened,
  });
  try {
    const response = await fetch(`http://127.0.0.1:${server.port}/readyz`);
    return { status: response.status, body: await response.json() };
  } finally {
    await server.close();
  }
}

describe('the operations server of a worker process', () => {
  it('is ready when its own Redis probe and the store answer', async () => {
    expect(await readiness(redis)).toEqual({
      status: 200,
      body: { status: 'ready', checks: { redis: 'ok', database: 'ok' } },
    });
  });

  it('says Redis does not answer when nothing listens there', async () => {
    expect(await readiness({ ...redis, url: 'redis://127.0.0.1:1' })).toMatchObject({
      status: 503,
      body: { checks: { redis: 'Redis does not answer PING', database: 'ok' } },
    });
  });

  it('leaves the store open for its owner when it closes', async () => {
    await readiness(redis);
    expect(await test.opened.query('select 1 as one')).toEqual([{ one: 1 }]);
  });
});
