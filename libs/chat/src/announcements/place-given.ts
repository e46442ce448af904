import { createTranslator, type ClusterEvent, type Locale, type Translator } from '@glokal/domain';
import type { ChatDeps } from '../command';
import { eventWhen } from '../format/event-when';
import { zoneCity } from '../format/zone-city';
import { reply, type Reply, type ReplyItem } from '../reply';
import { button, moreButton } from '../replies/button';

/** The delivery of a place given from the waiting list (`@glokal/queue`'s `DeliveryMessage`). */
export interface PlaceGivenMessage {
  type: 'waiting-list-place';
  eventId: string;
  /** The person's zone, the times are read in. */
  viewerZone: string;
}

/**
 * "A place is yours: <title>" by DM to someone moved from the waiting list to Going: when (in
 * the reader's zone, named), where, the online link, and "Not going" so that the next on the
 * list gets the place.
 */
export function placeGiven(event: ClusterEvent, t: Translator): Reply {
  const lines = [
    t.t('places:promoted_summary', { title: event.title }),
    t.t('reminders:event_when', {
      when: eventWhen(event.timing, t),
      zone: zoneCity(t.timeZone, t.locale),
    }),
  ];
  if (event.location) lines.push(t.t('reminders:event_where', { place: event.location }));
  const online: ReplyItem[] = event.onlineUrl
    ? [
        {
          title: t.t('reminders:event_online'),
          url: event.onlineUrl,
          fields: [],
          context: [],
          actions: [],
        },
      ]
    : [];
  return reply({
    title: t.t('places:promoted_title', { title: event.title }),
    summary: lines.join('\n'),
    items: online,
    actions: [
      ...moreButton(t.t('announcements:details'), 'event', event.id),
      ...button(t.t('events:not_attend'), {
        type: 'attend',
        eventId: event.id,
        answer: 'not-going',
      }),
    ],
  });
}

/** The DM composed when it is sent: nothing when the event is gone or cancelled since. */
export async function composePlaceGiven(
  message: PlaceGivenMessage,
  locale: Locale,
  deps: Pick<ChatDeps, 'store'>,
): Promise<Reply | undefined> {
  const event = await deps.store.events.byId(message.eventId);
  if (!event || event.status === 'cancelled') return undefined;
  return placeGiven(event, createTranslator(locale, message.viewerZone));
}
