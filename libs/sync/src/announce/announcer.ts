import type { Topic } from '@glokal/domain';
import type { AnnouncedMessage, DeliveryOutbox } from '../ports/outbox';
import type { AnnouncementStore } from '../ports/sync-store';
import { announcementKey } from './announcement-key';

/** Announces new events, documents and grant calls to the channels that subscribed to them. */
export interface Announcer {
  /** Queues the subject once per subscribed channel; returns how many messages were queued. */
  announce(subject: AnnouncedMessage): Promise<number>;
}

const topicOf: Record<AnnouncedMessage['type'], Topic> = {
  'event-announcement': 'events',
  'document-announcement': 'docs',
  'grant-announcement': 'grants',
};

/**
 * Each channel subscribed to the subject's topic gets one message in its own language. The
 * key is claimed in the store first: a key already sent (or failed for good) is never queued
 * again, one still pending is queued again (the queue ignores an id it already holds). So
 * running it again for the same subject (a retried announce job) is harmless.
 */
export function createAnnouncer(deps: {
  store: AnnouncementStore;
  outbox: DeliveryOutbox;
}): Announcer {
  const { store, outbox } = deps;
  return {
    async announce(subject) {
      let queued = 0;
      for (const subscription of await store.subscriptions.forTopic(topicOf[subject.type])) {
        const { platform, channelId, workspaceId, locale } = subscription;
        const key = announcementKey(subject, platform, channelId);
        const claimed = await store.deliveries.claim({ key, platform, channelId });
        if (!claimed && (await store.deliveries.byKey(key))?.state !== 'pending') continue;
        await outbox.enqueueDelivery({
          key,
          platform,
          workspaceId,
          channelId,
          locale,
          message: subject,
        });
        queued += 1;
      }
      return queued;
    },
  };
}
