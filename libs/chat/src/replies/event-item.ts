import type { ClusterEvent, Translator } from '@glokal/domain';
import type { ReplyItem } from '../reply';
import { eventWhen } from '../format/event-when';
import { moreButton } from './button';

/** Where an event happens, as one line: the place, "Online", or both. */
export function eventPlace(event: ClusterEvent, t: Translator): string | undefined {
  const online = event.onlineUrl ? t.t('events:online') : undefined;
  if (event.location && online) return `${event.location} · ${online}`;
  return event.location ?? online;
}

export function eventStatusWords(event: ClusterEvent, t: Translator): string[] {
  if (event.status === 'cancelled') return [t.t('events:cancelled')];
  if (event.status === 'tentative') return [t.t('events:tentative')];
  return [];
}

/** One event in a list: kind, when (viewer's zone), where, and "More". */
export function eventItem(event: ClusterEvent, t: Translator): ReplyItem {
  const place = eventPlace(event, t);
  return {
    title: event.title,
    ...(event.calendarUrl ? { url: event.calendarUrl } : {}),
    fields: [],
    context: [
      [
        t.t(`events:kind.${event.kind}`),
        ...eventStatusWords(event, t),
        eventWhen(event.timing, t),
      ].join(' · '),
      ...(place ? [place] : []),
    ],
    actions: moreButton(t.t('chat:more'), 'event', event.id),
  };
}
