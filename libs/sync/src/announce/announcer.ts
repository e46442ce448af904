import { ChatPlatform, type Locale, type Topic } from '@glokal/domain';
import type { AnnouncedMessage, DeliveryOutbox, OutboundDelivery } from '../ports/outbox';
import type { AnnouncementStore } from '../ports/sync-store';
import { announcementKey } from './announcement-key';

/** Announces new events, documents and grant calls to the channels that subscribed to them. */
export interface Announcer {
  /** Queues the subject once per channel it goes to; returns how many messages were queued. */
  announce(subject: AnnouncedMessage): Promise<number>;
  /**
   * Where the subject is announced now, each with its delivery key and language (the same
   * as `announce` would choose), to find the messages already posted for it.
   */
  targets(subject: AnnouncedMessage): Promise<AnnouncementTarget[]>;
}

export type AnnouncementTarget = Omit<OutboundDelivery, 'message'>;

const topicOf: Record<AnnouncedMessage['type'], Topic> = {
  'event-announcement': 'events',
  'document-announcement': 'docs',
  'grant-announcement': 'grants',
};

type Target = AnnouncementTarget;

/**
 * Each channel subscribed to the subject's topic gets one message in its own language; a
 * meeting scheduled from chat also goes to the channel its coordinator chose, on the platform
 * it was scheduled from, in the meeting's language (else the channel's, else the cluster's).
 * A channel both subscribed and chosen gets it once, under the same key. The key is claimed
 * in the store first: a key already sent (or failed for good) is never queued again, one
 * still pending is queued again (the queue ignores an id it already holds). So running it
 * again for the same subject (a retried announce job) is harmless.
 */
export function createAnnouncer(deps: {
  store: AnnouncementStore;
  outbox: DeliveryOutbox;
  /** The language of a chosen channel when neither the meeting nor a subscription names one. */
  clusterLocale: Locale;
}): Announcer {
  const { store, outbox } = deps;

  async function targetsOf(subject: AnnouncedMessage): Promise<Target[]> {
    const targets = new Map<string, Target>();
    for (const subscription of await store.subscriptions.forTopic(topicOf[subject.type])) {
      const { platform, channelId, workspaceId, locale } = subscription;
      const key = announcementKey(subject, platform, channelId);
      targets.set(key, { key, platform, workspaceId, channelId, locale });
    }
    if (subject.type !== 'event-announcement') return [...targets.values()];
    const meeting = (await store.events.byId(subject.eventId))?.meeting;
    const chosen = meeting?.announceIn;
    const platform = ChatPlatform.safeParse(chosen?.platform);
    if (chosen && platform.success) {
      const key = announcementKey(subject, platform.data, chosen.channelId);
      const locale = meeting?.language ?? targets.get(key)?.locale ?? deps.clusterLocale;
      const { workspaceId, channelId } = chosen;
      targets.set(key, { key, platform: platform.data, workspaceId, channelId, locale });
    }
    return [...targets.values()];
  }

  return {
    targets: targetsOf,
    async announce(subject) {
      let queued = 0;
      for (const target of await targetsOf(subject)) {
        const { key, platform, channelId } = target;
        const claimed = await store.deliveries.claim({ key, platform, channelId });
        if (!claimed && (await store.deliveries.byKey(key))?.state !== 'pending') continue;
        await outbox.enqueueDelivery({ ...target, message: subject });
        queued += 1;
      }
      return queued;
    },
  };
}
