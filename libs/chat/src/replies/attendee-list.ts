import { DateTime } from 'luxon';
import {
  foldForSearch,
  type Attendee,
  type ClusterEvent,
  type Person,
  type Translator,
} from '@glokal/domain';
import type { ChatDeps } from '../command';
import type { ActionContext } from '../run-action';
import type { Reply, ReplyItem } from '../reply';
import { reply } from '../reply';
import { translatorFor } from '../people';
import { coordinatorRefusal } from '../forms/refusals';
import { csvText } from '../format/csv';
import { button } from './button';
import { rsvpCountsLine, stateWords } from './rsvp-words';
import { notice } from './notice';
import { pageCount, pageOf } from './paging';

/** Rows read at once for the CSV file. */
const EXPORT_BATCH = 500;

/** The platforms a person talks to Glokal on, in words. */
function platformsOf(person: Person, t: Translator): string {
  return [
    ...(person.slackUserId ? [t.t('attendees:platform.slack')] : []),
    ...(person.discordUserId ? [t.t('attendees:platform.discord')] : []),
  ].join(', ');
}

/**
 * The event a coordinator asks about, or the reply that refuses them: a plain member is refused
 * before anything is read (a forged button value included), a gone event is "not found".
 */
async function eventForCoordinator(
  eventId: string,
  context: ActionContext,
  deps: ChatDeps,
  t: Translator,
): Promise<ClusterEvent | Reply> {
  const refused = coordinatorRefusal('coordinator', context.requester, t, t.t('attendees:what'));
  if (refused) return refused;
  const event = await deps.store.events.byId(eventId);
  if (event) return event;
  return notice(t, t.t('events:not_found', { query: eventId }), {
    hint: t.t('events:not_found_hint'),
    refusal: 'not-found',
  });
}

const isReply = (value: ClusterEvent | Reply): value is Reply => 'tone' in value;

function attendeeItem(attendee: Attendee, t: Translator): ReplyItem {
  return {
    title: attendee.person.displayName,
    fields: [],
    context: [
      ...(attendee.organisationName ? [attendee.organisationName] : []),
      platformsOf(attendee.person, t),
      stateWords(attendee.answer, t),
      t.t('attendees:answered_at', { when: t.dateTime(attendee.answeredAt) }),
    ].filter(Boolean),
    actions: [],
  };
}

/**
 * Who answered an event (coordinators), in the order they answered, a page at a time: the
 * counts of each answer (of the places, and how many wait, for a meeting with places); name, organisation when known, platform, the answer in words and when
 * they answered in the viewer's zone; Export CSV
 * and the way back to the event. A page past the end (people left since) shows the last one.
 */
export async function attendeeList(
  eventId: string,
  page: number,
  context: ActionContext,
  deps: ChatDeps,
): Promise<Reply> {
  const t = translatorFor(context);
  const event = await eventForCoordinator(eventId, context, deps, t);
  if (isReply(event)) return event;
  const counts = await deps.store.attendance.counts(event.id);
  let shown = Math.max(1, page);
  let read = await deps.store.attendance.attendees(event.id, pageOf(shown));
  if (read.items.length === 0 && read.total > 0) {
    shown = pageCount(read.total);
    read = await deps.store.attendance.attendees(event.id, pageOf(shown));
  }
  const pages = pageCount(read.total);
  const to = (at: number) => ({ type: 'attendees' as const, eventId: event.id, page: at });
  return reply({
    title: t.t('attendees:title', { title: event.title }),
    summary:
      read.total > 0
        ? `${t.t('attendees:count', { count: read.total })}\n${rsvpCountsLine(counts, t, event.meeting?.capacity)}`
        : t.t('attendees:nobody'),
    items: read.items.map((attendee) => attendeeItem(attendee, t)),
    ...(pages > 1 ? { paging: { page: shown, pages } } : {}),
    actions: [
      ...(shown > 1 ? button(t.t('chat:paging.previous'), to(shown - 1)) : []),
      ...(shown < pages ? button(t.t('chat:paging.next'), to(shown + 1)) : []),
      ...(read.total > 0
        ? button(t.t('attendees:export'), { type: 'attendees-csv', eventId: event.id }, 'primary')
        : []),
      ...button(t.t('attendees:back'), {
        type: 'run',
        command: 'event',
        options: { name: event.id },
        page: 1,
      }),
    ],
  });
}

/** Everyone who answered, read in batches. */
async function everyAttendee(eventId: string, deps: ChatDeps): Promise<Attendee[]> {
  const all: Attendee[] = [];
  for (;;) {
    const batch = await deps.store.attendance.attendees(eventId, {
      limit: EXPORT_BATCH,
      offset: all.length,
    });
    all.push(...batch.items);
    if (batch.items.length < EXPORT_BATCH || all.length >= batch.total) return all;
  }
}

/** `uczestnicy-zebranie-zarzadu.csv`: the list's word and the event's title, folded. */
function fileName(event: ClusterEvent, t: Translator): string {
  const title = foldForSearch(event.title).replace(/ /g, '-').slice(0, 60).replace(/-+$/, '');
  return `${[t.t('attendees:file_name'), title].filter(Boolean).join('-')}.csv`;
}

/**
 * The attendance list as a CSV file (coordinators): name, organisation, platform, the answer
 * as a stable code (`going`, `maybe`, `not-going`, `waiting` for the waiting list, whatever the
 * language, so spreadsheets can count them) and when they answered as ISO 8601 in the cluster's zone; headers in the
 * viewer's language.
 */
export async function attendeeExport(
  eventId: string,
  context: ActionContext,
  deps: ChatDeps,
): Promise<Reply> {
  const t = translatorFor(context);
  const event = await eventForCoordinator(eventId, context, deps, t);
  if (isReply(event)) return event;
  const attendees = await everyAttendee(event.id, deps);
  const rows = [
    [
      t.t('attendees:column.name'),
      t.t('attendees:column.organisation'),
      t.t('attendees:column.platform'),
      t.t('attendees:column.answer'),
      t.t('attendees:column.answered_at'),
    ],
    ...attendees.map((attendee) => [
      attendee.person.displayName,
      attendee.organisationName ?? '',
      platformsOf(attendee.person, t),
      attendee.answer,
      DateTime.fromJSDate(attendee.answeredAt, { zone: deps.clusterTimeZone }).toISO({
        suppressMilliseconds: true,
      }) ?? attendee.answeredAt.toISOString(),
    ]),
  ];
  const name = fileName(event, t);
  return reply({
    title: t.t('attendees:exported_title'),
    summary: t.t('attendees:exported', { count: attendees.length, file: name }),
    files: [{ name, text: csvText(rows) }],
    actions: button(t.t('attendees:button'), { type: 'attendees', eventId: event.id, page: 1 }),
  });
}
