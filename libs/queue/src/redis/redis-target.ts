import { z } from 'zod';

/**
 * Where the queues live: the Redis URL and the key prefix (`QUEUE_PREFIX`) that every queue
 * name is stored under, so deployments and test runs never see each other's jobs.
 */
export const RedisTarget = z.object({
  url: z.string().min(1),
  prefix: z.string().regex(/^[A-Za-z0-9_{}:.-]+$/, 'letters, digits and _ - . : { } only'),
});
export type RedisTarget = z.infer<typeof RedisTarget>;

/** The BullMQ `connection` and `prefix` options for a target. BullMQ owns (and closes) the client. */
export function bullOptions(redis: RedisTarget): { connection: { url: string }; prefix: string } {
  return { connection: { url: redis.url }, prefix: redis.prefix };
}
