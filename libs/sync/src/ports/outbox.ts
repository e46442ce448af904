import type { AnnouncementSubject, ChatPlatform, Locale } from '@glokal/domain';

/** A deadline as it was set: `YYYY-MM-DDTHH:mm` in its zone. */
export interface SetDeadline {
  local: string;
  timeZone: string;
}

/**
 * What an announcement says, by reference (the consuming app renders it when it sends): the
 * domain's subject, and for an extended grant call the deadlines it moved between.
 */
export type AnnouncedMessage =
  | Exclude<AnnouncementSubject, { type: 'grant-announcement' }>
  | (Extract<AnnouncementSubject, { type: 'grant-announcement' }> & {
      extension?: { from: SetDeadline; to: SetDeadline };
    });

/** One outbound message, shaped like `@glokal/queue`'s `DeliveryJob`. */
export interface OutboundDelivery {
  key: string;
  platform: ChatPlatform;
  workspaceId: string;
  channelId: string;
  locale: Locale;
  message: AnnouncedMessage;
}

/** The platforms' delivery queues (implemented by `@glokal/queue`'s delivery producer). */
export interface DeliveryOutbox {
  enqueueDelivery(delivery: OutboundDelivery): Promise<void>;
}
