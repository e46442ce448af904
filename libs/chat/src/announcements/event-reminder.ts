import type { ClusterEvent, RsvpCounts, Translator } from '@glokal/domain';
import { eventWhen } from '../format/event-when';
import { zoneCity } from '../format/zone-city';
import { reply, type Reply, type ReplyItem } from '../reply';
import { button, moreButton } from '../replies/button';
import { anyAnswers, rsvpButtons, rsvpCountsLine } from '../replies/rsvp-words';

/** The meeting's online link as an item of its own, when it has one. */
function onlineItem(event: ClusterEvent, t: Translator): ReplyItem[] {
  if (!event.onlineUrl) return [];
  return [
    {
      title: t.t('reminders:event_online'),
      url: event.onlineUrl,
      fields: [],
      context: [],
      actions: [],
    },
  ];
}

/** When (read in `whenKey`'s words, the zone named) and where. */
function whenAndWhere(
  event: ClusterEvent,
  t: Translator,
  whenKey: 'reminders:event_when' | 'reminders:event_when_channel',
): string[] {
  const lines = [
    t.t(whenKey, { when: eventWhen(event.timing, t), zone: zoneCity(t.timeZone, t.locale) }),
  ];
  if (event.location) lines.push(t.t('reminders:event_where', { place: event.location }));
  return lines;
}

/**
 * "Starts in 1 hour: <title>" by DM to someone going: when, in the reader's zone (named), the
 * place, the online meeting's link, and "Not going" to stop the reminders.
 */
export function eventReminder(event: ClusterEvent, offsetHours: number, t: Translator): Reply {
  return reply({
    title: t.t('reminders:event_title', { count: offsetHours, title: event.title }),
    summary: whenAndWhere(event, t, 'reminders:event_when').join('\n'),
    items: onlineItem(event, t),
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

/**
 * "Starts in 1 hour: <title>" in a channel the meeting was announced in, when its coordinator
 * asked for it: when (in the cluster's zone, named), where, the answers so far, the online
 * link, and Going / Maybe / Not going for whoever decides now.
 */
export function startingSoonNote(
  event: ClusterEvent,
  offsetHours: number,
  t: Translator,
  counts: RsvpCounts,
): Reply {
  const lines = whenAndWhere(event, t, 'reminders:event_when_channel');
  if (anyAnswers(counts)) lines.push(rsvpCountsLine(counts, t, event.meeting?.capacity));
  return reply({
    title: t.t('reminders:event_title', { count: offsetHours, title: event.title }),
    summary: lines.join('\n'),
    items: onlineItem(event, t),
    actions: [
      ...rsvpButtons(event.id, t),
      ...moreButton(t.t('announcements:details'), 'event', event.id),
    ],
  });
}
