import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';

/**
 * A mark beside the reminder queue's keys that its jobs are being looked after. Redis keeps
 * nothing on disk in many setups: when the mark is gone, the delayed jobs are gone with it, and
 * the worker rebuilds every call's plan.
 */
function markOf(queue: Queue): string {
  return `${queue.opts.prefix ?? 'bull'}:${queue.name}:watched`;
}

const redisOf = async (queue: Queue) => (await queue.client) as unknown as Redis;

export async function remindersWatched(queue: Queue): Promise<boolean> {
  return (await (await redisOf(queue)).exists(markOf(queue))) === 1;
}

export async function markRemindersWatched(queue: Queue, at: Date): Promise<void> {
  await (await redisOf(queue)).set(markOf(queue), at.toISOString());
}
