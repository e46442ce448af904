import type { Clock, Outbox } from '@glokal/domain';
import { outboxJobId } from './outbox-job-id';
import { outboxQueueOf, type OutboxQueues } from './outbox-queues';

export interface RelayOptions {
  outbox: Outbox;
  queues: OutboxQueues;
  clock: Clock;
  /** Messages read per round (default 100). */
  batch?: number;
  /** Rounds per pass at most (default 50), so one pass never runs unbounded. */
  rounds?: number;
}

/**
 * Moves pending outbox messages to their queues, oldest first, and marks them relayed. Each
 * message's job id comes from its key: a relay that dies after queueing and before marking
 * queues the same messages again on its next pass, and BullMQ keeps the one job it has.
 * Returns how many messages were marked relayed.
 */
export async function relayOutbox(options: RelayOptions): Promise<number> {
  const batch = options.batch ?? 100;
  const rounds = options.rounds ?? 50;
  let relayed = 0;
  for (let round = 0; round < rounds; round += 1) {
    const pending = await options.outbox.pending(batch);
    if (pending.length === 0) break;
    for (const entry of pending) {
      const definition = outboxQueueOf[entry.message.type];
      const data: unknown = definition.payload.parse(entry.message);
      await options.queues
        .queueFor(entry.message.type)
        .add(entry.message.type, data, { jobId: outboxJobId(entry.key) });
    }
    await options.outbox.markRelayed(
      pending.map((entry) => entry.id),
      options.clock.now(),
    );
    relayed += pending.length;
    if (pending.length < batch) break;
  }
  return relayed;
}
