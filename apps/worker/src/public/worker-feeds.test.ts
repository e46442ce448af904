import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../test-support/worker-harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness.close());

describe('the worker and its public port', () => {
  it('serves no feeds without PUBLIC_PORT', async () => {
    const worker = await harness.startWorker();
    expect(worker.feeds).toBeUndefined();
    await worker.stop({ graceMs: 2000 });
  });

  it('serves the feeds on PUBLIC_PORT while it runs, and closes them when it stops', async () => {
    const worker = await harness.startWorker({
      config: { ...harness.config, public: { port: 0, host: '127.0.0.1' } },
    });
    const port = worker.feeds?.port;
    expect(port).toBeGreaterThan(0);
    const response = await fetch(`http://127.0.0.1:${port}/feeds/events.ics`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);

    await worker.stop({ graceMs: 2000 });
    await expect(fetch(`http://127.0.0.1:${port}/feeds/events.ics`)).rejects.toThrow();
  });
});
