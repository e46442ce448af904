import type { ClusterEvent, EventChange, Translator } from '@glokal/domain';
import { eventWhen } from '../format/event-when';
import { zoneCity } from '../format/zone-city';
import { reply, type Reply, type ReplyItem } from '../reply';
import { button, moreButton } from '../replies/button';

/**
 * By DM to someone who answered Going or Maybe. A move: "<title> moved", when it is now (in
 * the reader's zone, named) and when it was, the place and the online meeting's link, with
 * "Not going" for whom the new time does not suit. A cancellation: "<title> is cancelled" and
 * when it was to be, with no buttons (there is nothing left to answer).
 */
export function eventChangeNotice(event: ClusterEvent, change: EventChange, t: Translator): Reply {
  const zone = zoneCity(t.timeZone, t.locale);
  if (change.what === 'cancelled')
    return reply({
      title: t.t('reminders:event_cancelled_title', { title: event.title }),
      summary: [
        t.t('reminders:event_cancelled_when', { when: eventWhen(event.timing, t), zone }),
        t.t('reminders:event_cancelled_summary'),
      ].join('\n'),
    });
  const lines = [
    t.t('reminders:event_moved_now', { when: eventWhen(change.to, t), zone }),
    t.t('reminders:event_moved_was', { when: eventWhen(change.from, t) }),
  ];
  if (event.location) lines.push(t.t('reminders:event_where', { place: event.location }));
  lines.push(t.t('reminders:event_moved_summary'));
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
    title: t.t('reminders:event_moved_title', { title: event.title }),
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
