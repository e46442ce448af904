import { queues } from '@glokal/queue';
import { defineWorkerJob } from './worker-job';

/** The relay's scheduler id: one scheduler, shared by every worker process. */
export const outboxRelaySchedulerId = 'outbox-relay';

/**
 * Moves the store's pending outbox messages to their queues every second or two (and once at
 * start, and after a sync that announced something): whatever a write recorded while Redis was
 * away reaches its queue once Redis is back. One relay at a time across worker processes;
 * relaying twice is harmless anyway (each message's job id comes from its key).
 */
export const outboxRelayJob = defineWorkerJob({
  queue: queues.outboxRelay,
  schedules: (context) => [
    {
      id: outboxRelaySchedulerId,
      everyMs: context.cadence.relayEveryMs,
      data: { reason: 'schedule' as const },
    },
  ],
  exclusiveKey: () => 'outbox',
  // A relay pass takes milliseconds; a worker that died holding the key must not stop the relay for long.
  lockTtlMs: 5_000,
  process: (context) => async () => {
    await context.relayNow();
  },
});
