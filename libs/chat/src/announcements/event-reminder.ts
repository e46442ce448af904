import type { ClusterEvent, Translator } from '@glokal/domain';
import { eventWhen } from '../format/event-when';
import { zoneCity } from '../format/zone-city';
import { reply, type Reply, type ReplyItem } from '../reply';
import { button, moreButton } from '../replies/button';

/**
 * "Starts in 1 hour: <title>" by DM to someone going: when, in the reader's zone (named), the
 * place, the online meeting's link, and "Not going" to stop the reminders.
 */
export function eventReminder(event: ClusterEvent, offsetHours: number, t: Translator): Reply {
  const lines = [
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
    title: t.t('reminders:event_title', { count: offsetHours, title: event.title }),
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
