import { eventInterval, type ClusterEvent, type Translator } from '@glokal/domain';
import type { ChatDeps } from '../command';
import type { Requester } from '../request';
import { reply, type Reply, type ReplyItem } from '../reply';
import { eventLocalTime, eventWhen } from '../format/event-when';
import { knownPerson } from '../people';
import { answerKey, anyAnswers, rsvpButtons, rsvpCountsLine } from './rsvp-words';
import { eventPlace, eventStatusWords } from './event-item';
import { eventCalendarItems } from './calendar-items';
import { meetingButtons } from './meeting-buttons';
import { attendeeButtons } from './attendee-buttons';
import { calendarWriteErrorItems } from './calendar-write-error';

/**
 * Why people can no longer say whether they are going: the event is cancelled, or it has
 * ended (an all-day event at midnight after its last day in the cluster's zone). Undefined
 * while they can, during the event too.
 */
export function answersClosed(
  event: ClusterEvent,
  deps: Pick<ChatDeps, 'clock' | 'clusterTimeZone'>,
): 'cancelled' | 'past' | undefined {
  if (event.status === 'cancelled') return 'cancelled';
  const { end } = eventInterval(event.timing, deps.clusterTimeZone);
  return end.getTime() <= deps.clock.now().getTime() ? 'past' : undefined;
}

/**
 * One event in full: when (viewer's zone, and the event's own when it differs), where, the
 * online link, how many are going, may go and are not going, the viewer's own answer, "add to
 * calendar" links, and Going / Maybe / Not going (not for a cancelled or past event). A cancelled event says so first; `note` says what a
 * button press just did.
 */
export async function eventDetail(
  event: ClusterEvent,
  requester: Requester,
  deps: ChatDeps,
  t: Translator,
  note?: string,
): Promise<Reply> {
  const person = await knownPerson(requester, deps);
  const [answer, counts] = await Promise.all([
    person ? deps.store.attendance.answerOf(person.id, event.id) : Promise.resolve(undefined),
    deps.store.attendance.counts(event.id),
  ]);
  const position =
    person && answer === 'waiting'
      ? await deps.store.attendance.waitingPosition(person.id, event.id)
      : undefined;
  const place = eventPlace(event, t);
  const localTime = eventLocalTime(event, t);
  const main: ReplyItem = {
    title: event.title,
    ...(event.calendarUrl ? { url: event.calendarUrl } : {}),
    ...(event.description ? { text: event.description } : {}),
    fields: [
      { label: t.t('events:when'), value: eventWhen(event.timing, t) },
      ...(place ? [{ label: t.t('events:where'), value: place, short: true }] : []),
      { label: t.t('events:kind_label'), value: t.t(`events:kind.${event.kind}`), short: true },
    ],
    context: [
      ...(localTime ? [localTime] : []),
      anyAnswers(counts)
        ? rsvpCountsLine(counts, t, event.meeting?.capacity)
        : t.t('events:nobody_going'),
      ...(answer === 'waiting'
        ? [t.t('places:your_place_waiting', { position: position ?? 0 })]
        : answer
          ? [t.t(`events:your_answer_${answerKey(answer)}`)]
          : []),
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
  const closed = answersClosed(event, deps);
  const summary = [
    ...(event.status === 'cancelled' ? [t.t('events:is_cancelled')] : []),
    ...(note ? [note] : []),
  ].join('\n');
  return reply({
    title: [t.t(`events:kind.${event.kind}`), ...eventStatusWords(event, t)].join(' · '),
    ...(summary ? { summary } : {}),
    items: [
      main,
      ...calendarWriteErrorItems(event, requester, t),
      ...online,
      ...eventCalendarItems(event, t, deps),
    ],
    actions: [
      ...(!closed ? rsvpButtons(event.id, t, answer) : []),
      ...meetingButtons(event, requester, t, closed),
      ...attendeeButtons(event, requester, t),
    ],
  });
}
