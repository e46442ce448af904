/** What an announcement is about, by reference (the shape of `@glokal/queue`'s `DeliveryMessage`). */
export type AnnouncementMessage =
  | { type: 'event-announcement'; eventId: string }
  | { type: 'document-announcement'; documentId: string };
