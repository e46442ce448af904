import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { createLogger } from '@glokal/config';
import { removePrefixedKeys } from '../redis/remove-prefixed-keys';
import { openProducer } from '../runtime/open-producer';
import { startQueueWorker } from '../runtime/start-queue-worker';
import { queues } from './queues';

/**
 * Job data comes back from Redis, where anything may have put anything (an older release, an
 * operator, a dashboard's "add job"). Every queue's schema reads it as a zod result, never an
 * exception, and a worker fails such a job for good instead of running or retrying it.
 * `PAYLOADS_SEED=<seed>` replays a failure fast-check reports.
 */
const SEED = Number(process.env['PAYLOADS_SEED'] ?? 20_261_203);
const RUNS = 3000;

/** Every property name a schema's JSON shape mentions, so generated objects come near it. */
function keysOf(schema: z.ZodType): string[] {
  let shape: unknown;
  try {
    shape = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  } catch {
    return [];
  }
  const found = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const properties = (node as { properties?: unknown }).properties;
      if (typeof properties === 'object' && properties !== null)
        Object.keys(properties).forEach((key) => found.add(key));
      Object.values(node).forEach(walk);
    }
  };
  walk(shape);
  return [...found];
}

/** Arbitrary JSON, and objects made of the schema's own names holding arbitrary JSON. */
function payloadsNear(schema: z.ZodType): fc.Arbitrary<unknown> {
  const keys = keysOf(schema);
  const value = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom('', 'slack', 'discord', 'pl', 'en', '2026-06-12T08:00:00Z', -1, 1e308),
  );
  const near: fc.Arbitrary<unknown> =
    keys.length === 0
      ? fc.jsonValue()
      : fc.letrec<{ node: unknown }>((tie) => ({
          node: fc.oneof(
            { depthSize: 'small', withCrossShrink: true },
            value,
            fc.dictionary(fc.constantFrom(...keys), fc.oneof(value, tie('node')), {
              maxKeys: keys.length,
            }),
          ),
        })).node;
  return fc.oneof(fc.jsonValue(), near);
}

describe('every queue’s job data, arbitrary JSON', () => {
  for (const [name, definition] of Object.entries(queues)) {
    it(`${name}: is parsed or refused with zod's error, never thrown past`, () => {
      fc.assert(
        fc.property(payloadsNear(definition.payload), (data) => {
          const parsed = definition.payload.safeParse(data);
          if (parsed.success) return;
          expect(parsed.error).toBeInstanceOf(z.ZodError);
          expect(parsed.error.issues.length).toBeGreaterThan(0);
          expect(() => definition.payload.parse(data)).toThrow(z.ZodError);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });
  }
});

const redis = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  prefix: `test-payloads-${randomUUID()}`,
};
afterAll(() => removePrefixedKeys(redis));

describe('a worker given job data that does not fit', () => {
  it('fails each such job at once, without running or retrying it, and goes on with the next', async () => {
    const definition = queues.calendarSync;
    const bad = fc
      .sample(payloadsNear(definition.payload), { seed: SEED, numRuns: 200 })
      .filter((data) => !definition.payload.safeParse(data).success)
      .slice(0, 20);
    const producer = openProducer(definition, redis);
    const ran: unknown[] = [];
    const worker = startQueueWorker(definition, redis, async (data) => void ran.push(data), {
      logger: createLogger({ level: 'silent' }),
    });
    try {
      // Straight onto the queue, as anything with Redis could: the producer would refuse them.
      for (const [n, data] of bad.entries())
        await producer.queue.add('sync', data, { jobId: `bad-${n}` });
      await producer.add('sync', { calendarId: 'klaster@example.org' }, { jobId: 'good' });
      const deadline = Date.now() + 20_000;
      let counts = await producer.queue.getJobCounts('failed', 'completed');
      while (
        ((counts['failed'] ?? 0) < bad.length || (counts['completed'] ?? 0) < 1) &&
        Date.now() < deadline
      ) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        counts = await producer.queue.getJobCounts('failed', 'completed');
      }
      expect(bad.length).toBe(20);
      expect(counts).toEqual({ failed: bad.length, completed: 1 });
      expect(ran).toEqual([{ calendarId: 'klaster@example.org', reason: 'schedule' }]);
      const failed = await producer.queue.getFailed();
      expect(new Set(failed.map((job) => job.failedReason))).toEqual(
        new Set([`job data does not fit the ${definition.name} schema`]),
      );
      // Four attempts are allowed, one was made: data that does not fit never will.
      expect(failed.map((job) => job.attemptsMade)).toEqual(failed.map(() => 1));
      expect(worker.isRunning()).toBe(true);
    } finally {
      await worker.close();
      await producer.close();
    }
  });
});
