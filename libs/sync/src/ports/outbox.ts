import type { ChatPlatform, Locale } from '@glokal/domain';

/** What an announcement says, by reference (the consuming app renders it when it sends). */
export type AnnouncedSubject =
  | { type: 'event-announcement'; eventId: string }
  | { type: 'document-announcement'; documentId: string };

/** One outbound message, shaped like `@glokal/queue`'s `DeliveryJob`. */
export interface OutboundDelivery {
  key: string;
  platform: ChatPlatform;
  workspaceId: string;
  channelId: string;
  locale: Locale;
  message: AnnouncedSubject;
}

/** The platforms' delivery queues (implemented by `@glokal/queue`'s delivery producer). */
export interface DeliveryOutbox {
  enqueueDelivery(delivery: OutboundDelivery): Promise<void>;
}
