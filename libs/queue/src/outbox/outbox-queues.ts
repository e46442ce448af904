import { Queue, type ConnectionOptions } from 'bullmq';
import type { z } from 'zod';
import type { OutboxMessage } from '@glokal/domain';
import type { QueueDefinition } from '../definitions/define-queue';
import { queues } from '../definitions/queues';
import type { RedisTarget } from '../redis/redis-target';

/** The queue each kind of outbox message goes to. A new kind needs a line here. */
export const outboxQueueOf = {
  announce: queues.announce,
  'grant-call-changed': queues.grantCallChanges,
  'calendar-write': queues.calendarWrites,
  'event-changed': queues.eventChanges,
  'free-slots': queues.freeSlots,
} as const satisfies Record<OutboxMessage['type'], QueueDefinition<z.ZodType>>;

/** Queues for the relay, one per message kind, opened on first use. */
export interface OutboxQueues {
  queueFor(type: OutboxMessage['type']): Queue;
  readonly opened: readonly Queue[];
  close(): Promise<void>;
}

/**
 * Opens the outbox's queues over `connection` (a worker's plain options; a chat app's fail
 * fast while Redis is away, see `openChatJobs`).
 */
export function openOutboxQueues(
  redis: RedisTarget,
  connection: ConnectionOptions = { url: redis.url },
): OutboxQueues {
  const opened = new Map<OutboxMessage['type'], Queue>();
  return {
    queueFor(type) {
      const existing = opened.get(type);
      if (existing) return existing;
      const definition = outboxQueueOf[type];
      const queue = new Queue(definition.name, {
        connection,
        prefix: redis.prefix,
        defaultJobOptions: definition.jobOptions,
      });
      queue.on('error', () => undefined);
      opened.set(type, queue);
      return queue;
    },
    get opened() {
      return [...opened.values()];
    },
    async close() {
      await Promise.all([...opened.values()].map((queue) => queue.close()));
      opened.clear();
    },
  };
}
