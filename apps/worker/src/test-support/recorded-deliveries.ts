import type { ChatPlatform, DeliveryRepository } from '@glokal/domain';
import { startDeliveryConsumer, type DeliveryJob } from '@glokal/queue';
import { silentLogger } from './worker-harness';

export interface RecordedDeliveries {
  /** Every delivery the consumers took, in order (each key once: the consumer skips sent keys). */
  readonly delivered: DeliveryJob[];
  close(): Promise<void>;
}

/**
 * Delivery consumers that stand in for the chat apps: they take each platform's delivery queue
 * as the apps do (claimed keys, `sending`, `sent`) and record what would have been posted.
 */
export function recordDeliveries(
  harness: {
    redis: { url: string; prefix: string };
    testStore: { store: { deliveries: DeliveryRepository } };
  },
  platforms: readonly ChatPlatform[] = ['slack', 'discord'],
): RecordedDeliveries {
  const delivered: DeliveryJob[] = [];
  const consumers = platforms.map((platform) =>
    startDeliveryConsumer({
      platform,
      redis: harness.redis,
      deliveries: harness.testStore.store.deliveries,
      logger: silentLogger,
      deliver: async (job) => {
        delivered.push(job);
        return { messageId: `m-${delivered.length}` };
      },
    }),
  );
  return {
    delivered,
    async close() {
      await Promise.all(consumers.map((consumer) => consumer.close()));
    },
  };
}
