import ical, {
  ICalAlarmType,
  ICalCalendarMethod,
  ICalEventStatus,
  ICalEventTransparency,
} from 'ical-generator';
import { DateTime } from 'luxon';
import {
  deadlineInstant,
  type ClusterEvent,
  type GrantCall,
  type LocalDeadline,
  type Translator,
} from '@glokal/domain';
import { timeZoneDefinition } from './time-zone-definition';

/** Which of a call's deadlines a feed entry is. */
export type DeadlineWhich = 'deadline' | 'internal';

export interface CalendarFeedContents {
  name: string;
  description: string;
  events: readonly ClusterEvent[];
  deadlines: ReadonlyArray<{ call: GrantCall; which: DeadlineWhich }>;
}

/** SEQUENCE counts seconds from here, so that it grows with every change and fits 32 bits. */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);
/** Seconds since the SEQUENCE epoch: grows with every later instant, fits 32 bits. */
const secondsSinceEpoch = (iso: string) =>
  Math.max(0, Math.floor((Date.parse(iso) - SEQUENCE_EPOCH) / 1000));

/** Alarms before a deadline: three days and one day before. */
const ALARM_DAYS = [3, 1] as const;
const DAY_MS = 24 * 3600_000;

/** UIDs never change for a subject, so calendar apps update an entry instead of adding one. */
export const eventUid = (event: ClusterEvent) => `event-${event.id}@glokal`;
export const deadlineUid = (call: GrantCall, which: DeadlineWhich) =>
  `grant-${call.id}${which === 'internal' ? '-internal' : ''}@glokal`;

/** An event's SEQUENCE: from its updated time, so every change the calendar sees raises it. */
export function eventSequence(event: ClusterEvent): number {
  return secondsSinceEpoch(event.updatedAt);
}

/**
 * A deadline's SEQUENCE: the call's version in the store, which every change (an edit, an
 * extension, closing) raises, so calendars take the new entry over the old. A call read from
 * elsewhere without one counts its deadline moves and whether it is closed.
 */
export function deadlineSequence(call: GrantCall): number {
  if (call.revision !== undefined) return call.revision;
  return (call.previousDeadlines?.length ?? 0) + (isVoid(call) ? 1 : 0);
}

/** A closed or cancelled call: its deadline entries stay, cancelled, without alarms. */
const isVoid = (call: GrantCall) => call.status === 'closed' || call.status === 'cancelled';

const statusOf: Record<ClusterEvent['status'], ICalEventStatus> = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

function deadlineOf(call: GrantCall, which: DeadlineWhich): LocalDeadline | undefined {
  return which === 'internal' ? call.internalDeadline : call.deadline;
}

/**
 * The instants the feed's local times fall between, a day wider on each side, from whole UTC
 * days: the time zone definitions cover them, and depend on nothing but the feed's entries.
 */
function zoneSpan(contents: CalendarFeedContents): { from: Date; to: Date } | undefined {
  const instants = [
    ...contents.events.flatMap((event) =>
      event.timing.allDay ? [] : [Date.parse(event.timing.start), Date.parse(event.timing.end)],
    ),
    ...contents.deadlines.flatMap(({ call, which }) => {
      const deadline = deadlineOf(call, which);
      return deadline ? [deadlineInstant(deadline).getTime()] : [];
    }),
  ];
  if (instants.length === 0) return undefined;
  const day = (at: number) => Math.floor(at / DAY_MS) * DAY_MS;
  const first = instants.reduce((a, b) => Math.min(a, b));
  const last = instants.reduce((a, b) => Math.max(a, b));
  return { from: new Date(day(first) - DAY_MS), to: new Date(day(last) + 2 * DAY_MS) };
}

/**
 * An RFC 5545 calendar of events and grant deadlines. Timed events keep their own zone
 * (`DTSTART;TZID=Europe/Lisbon`, with a VTIMEZONE for each zone used), all-day events are
 * dates (`VALUE=DATE`, end exclusive), cancelled events stay in the feed as
 * `STATUS:CANCELLED` so calendars that copied them cancel them too. A deadline is an instant
 * in the funder's zone with alarms before it (a closed or cancelled call's is cancelled).
 * Nothing depends on the time of the request but the day of `today` (the deadlines' DTSTAMP),
 * so the same store gives the same text, and the same ETag, all day.
 */
export function calendarFeed(contents: CalendarFeedContents, t: Translator, today: Date): string {
  const stamp = DateTime.fromJSDate(today, { zone: 'UTC' }).startOf('day');
  const span = zoneSpan(contents);
  const calendar = ical({
    name: contents.name,
    description: contents.description,
    prodId: { company: 'Glokal', product: 'feeds', language: t.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 3600,
    timezone: {
      name: null,
      generator: (zone) => (span ? timeZoneDefinition(zone, span.from, span.to) : null),
    },
  });

  for (const event of contents.events) {
    const description = [
      event.description?.trim(),
      event.onlineUrl ? t.t('feeds:online', { url: event.onlineUrl }) : undefined,
    ].filter(Boolean);
    const common = {
      id: eventUid(event),
      sequence: eventSequence(event),
      stamp: DateTime.fromISO(event.updatedAt, { zone: 'UTC' }),
      lastModified: DateTime.fromISO(event.updatedAt, { zone: 'UTC' }),
      summary: event.title,
      status: statusOf[event.status],
      ...(description.length > 0 ? { description: description.join('\n\n') } : {}),
      ...(event.location ? { location: event.location } : {}),
      ...(event.calendarUrl ? { url: event.calendarUrl } : {}),
    };
    if (event.timing.allDay) {
      calendar.createEvent({
        ...common,
        allDay: true,
        start: DateTime.fromISO(event.timing.startDate, { zone: 'UTC' }),
        end: DateTime.fromISO(event.timing.endDate, { zone: 'UTC' }),
      });
    } else {
      const zone = event.timing.timeZone;
      calendar.createEvent({
        ...common,
        timezone: zone,
        start: DateTime.fromISO(event.timing.start, { zone }),
        end: DateTime.fromISO(event.timing.end, { zone }),
      });
    }
  }

  for (const { call, which } of contents.deadlines) {
    const deadline = deadlineOf(call, which);
    if (!deadline) continue;
    const at = DateTime.fromJSDate(deadlineInstant(deadline), { zone: deadline.timeZone });
    const summary = t.t(
      which === 'internal' ? 'feeds:internal_summary' : 'feeds:deadline_summary',
      {
        title: call.title,
        programme: call.programme,
      },
    );
    const cancelled = isVoid(call);
    calendar.createEvent({
      id: deadlineUid(call, which),
      sequence: deadlineSequence(call),
      stamp,
      summary,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      timezone: deadline.timeZone,
      // An instant: no DTEND (RFC 5545 wants one later than DTSTART), and it blocks no time.
      start: at,
      transparency: ICalEventTransparency.TRANSPARENT,
      ...(call.description ? { description: call.description } : {}),
      ...(call.url ? { url: call.url } : {}),
      alarms: (cancelled ? [] : ALARM_DAYS).map((days) => ({
        type: ICalAlarmType.display,
        trigger: days * 24 * 3600,
        description:
          days === 1
            ? t.t('feeds:deadline_alarm_tomorrow', { title: call.title })
            : t.t('feeds:deadline_alarm', { days, title: call.title }),
      })),
    });
  }
  return calendar.toString();
}
