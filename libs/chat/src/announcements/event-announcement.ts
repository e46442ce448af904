import { noRsvps, type ClusterEvent, type RsvpCounts, type Translator } from '@glokal/domain';
import { eventLocalTime, eventWhen } from '../format/event-when';
import { reply, type Reply, type ReplyItem } from '../reply';
import { moreButton } from '../replies/button';
import { anyAnswers, rsvpButtons, rsvpCountsLine } from '../replies/rsvp-words';
import { eventPlace } from '../replies/event-item';

const DESCRIPTION_LIMIT = 500;

/**
 * "New in the cluster calendar: Seminar", the event with when/where/kind, the answers so far
 * (the posted announcement is edited as they change), and Going / Maybe / Not going.
 */
export function eventAnnouncement(
  event: ClusterEvent,
  t: Translator,
  counts: RsvpCounts = noRsvps,
): Reply {
  const place = eventPlace(event, t);
  const localTime = eventLocalTime(event, t);
  const description = event.description?.trim();
  const main: ReplyItem = {
    title: event.title,
    ...(event.calendarUrl ? { url: event.calendarUrl } : {}),
    ...(description
      ? {
          text:
            description.length > DESCRIPTION_LIMIT
              ? `${description.slice(0, DESCRIPTION_LIMIT - 1)}…`
              : description,
        }
      : {}),
    fields: [
      { label: t.t('events:when'), value: eventWhen(event.timing, t) },
      ...(place ? [{ label: t.t('events:where'), value: place, short: true }] : []),
      { label: t.t('events:kind_label'), value: t.t(`events:kind.${event.kind}`), short: true },
    ],
    context: [
      ...(localTime ? [localTime] : []),
      ...(anyAnswers(counts) ? [rsvpCountsLine(counts, t, event.meeting?.capacity)] : []),
    ],
    actions: [],
  };
  const online: ReplyItem[] = event.onlineUrl
    ? [
        {
          title: t.t('events:online_link'),
          url: event.onlineUrl,
          fields: [],
          context: [],
          actions: [],
        },
      ]
    : [];
  return reply({
    title: t.t('announcements:event_title', { kind: t.t(`events:kind.${event.kind}`) }),
    summary: t.t('announcements:event_summary'),
    items: [main, ...online],
    actions: [
      ...rsvpButtons(event.id, t),
      ...moreButton(t.t('announcements:details'), 'event', event.id),
    ],
  });
}
