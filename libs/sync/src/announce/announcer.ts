import type { Topic } from '@glokal/domain';
import type { AnnouncedSubject, DeliveryOutbox } from '../ports/outbox';
import type { AnnouncementStore } from '../ports/sync-store';
import { announcementKey } from './announcement-key';

/** Announces new events and documents to the channels that subscribed to them. */
export interface Announcer {
  /** Queues the subject once per subscribed channel; returns how many messages were queued. */
  announce(subject: AnnouncedSubject): Promise<number>;
}

const topicOf: Record<AnnouncedSubject['type'], Topic> = {
  'event-announcement': 'events',
  'document-announcement': 'docs',
};

/**
 * Each channel subscribed to the subject's topic gets one message in its own language. The
 * key is claimed in the store first: a key already sent (or failed for good) is never queued
 * again, one still pending is queued again (the queue ignores an id it already holds).
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

/** For syncs that must not announce (first sync of a source, tools). */
export const silentAnnouncer: Announcer = { announce: async () => 0 };
