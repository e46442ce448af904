import { DateTime, IANAZone } from 'luxon';
import { ClusterEvent, type CalendarChange, type EventTiming } from '@glokal/domain';
import { readEventKind, writtenByGlokal } from './event-kind-marker';
import { GoogleEvent } from './google-event.schema';
import { plainText } from './plain-text';

export interface EventContext {
  /** The calendar's own zone (the page's `timeZone`), for timed events that name none. */
  calendarTimeZone?: string;
  clusterTimeZone: string;
}

const untitled = '(bez tytułu)';
const minuteMs = 60_000;

/**
 * One item of an `events.list` page in our terms: a cancelled event (or the stub Google
 * sends for a deleted one) is a removal; a recurring series itself is skipped (with
 * `singleEvents=true` its instances come as events of their own); anything we cannot read
 * is skipped with the reason.
 */
export function toCalendarChange(item: unknown, context: EventContext): CalendarChange {
  const parsed = GoogleEvent.safeParse(item);
  if (!parsed.success)
    return { kind: 'skip', eventId: idOf(item), reason: 'not an event resource' };
  const event = parsed.data;
  if (event.status === 'cancelled') return { kind: 'remove', eventId: event.id };
  if (event.recurrence)
    return {
      kind: 'skip',
      eventId: event.id,
      reason: 'a recurring series (its instances are listed)',
    };
  const timing = toTiming(event, context);
  if (!timing) return { kind: 'skip', eventId: event.id, reason: 'no readable start and end' };
  const { kind, title } = readEventKind(event.summary ?? '', event.extendedProperties);
  const onlineUrl =
    event.hangoutLink ??
    videoEntryPoint(event) ??
    (isUrl(event.location) ? event.location : undefined);
  const description = event.description ? plainText(event.description).slice(0, 8000) : '';
  const location = event.location?.trim().slice(0, 500);
  const mapped = ClusterEvent.safeParse({
    id: event.id,
    title: (title || untitled).slice(0, 500),
    ...(description ? { description } : {}),
    kind,
    timing,
    ...(location ? { location } : {}),
    ...(onlineUrl && isUrl(onlineUrl) ? { onlineUrl } : {}),
    ...(event.htmlLink && isUrl(event.htmlLink) ? { calendarUrl: event.htmlLink } : {}),
    status: event.status === 'tentative' ? 'tentative' : 'confirmed',
    ...(event.recurringEventId ? { recurringEventId: event.recurringEventId } : {}),
    source: writtenByGlokal(event.extendedProperties) ? 'glokal' : 'google',
    updatedAt: event.updated ?? new Date(0).toISOString(),
  });
  if (!mapped.success) {
    return {
      kind: 'skip',
      eventId: event.id,
      reason: mapped.error.issues.map((issue) => issue.message).join('; '),
    };
  }
  return { kind: 'upsert', event: mapped.data };
}

/**
 * All-day events keep their dates (end exclusive, as Google sends them); timed events keep
 * their instants and the zone they were written in. Google allows an event to end when it
 * starts (a marker on the calendar); we give such an event one minute (or one day).
 */
function toTiming(event: GoogleEvent, context: EventContext): EventTiming | undefined {
  const { start, end } = event;
  if (start?.date && end?.date) {
    const first = calendarDate(start.date);
    const after = calendarDate(end.date);
    if (!first || !after) return undefined;
    const endDate = after > first ? after : first.plus({ days: 1 });
    return { allDay: true, startDate: start.date, endDate: endDate.toISODate() ?? end.date };
  }
  if (!start?.dateTime || !end?.dateTime) return undefined;
  const startMs = Date.parse(start.dateTime);
  const endMs = Date.parse(end.dateTime);
  if (Number.isNaN(startMs) || Number.isNaN(endMs)) return undefined;
  const zone = [start.timeZone, context.calendarTimeZone, context.clusterTimeZone].find(
    (candidate): candidate is string => candidate !== undefined && isZone(candidate),
  );
  return {
    allDay: false,
    start: new Date(startMs).toISOString(),
    end: new Date(endMs > startMs ? endMs : startMs + minuteMs).toISOString(),
    timeZone: zone ?? 'UTC',
  };
}

/** Luxon checks a zone by building an `Intl.DateTimeFormat` (about half a millisecond): remember the answers. */
const knownZones = new Map<string, boolean>();
function isZone(name: string): boolean {
  let valid = knownZones.get(name);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(name);
    if (knownZones.size < 1000) knownZones.set(name, valid);
  }
  return valid;
}

/** A `yyyy-MM-dd` day that exists in the calendar (not `2026-02-30`), else undefined. */
function calendarDate(text: string): DateTime | undefined {
  const date = DateTime.fromFormat(text, 'yyyy-MM-dd', { zone: 'utc' });
  return date.isValid ? date : undefined;
}

function videoEntryPoint(event: GoogleEvent): string | undefined {
  return event.conferenceData?.entryPoints?.find((entry) => entry.entryPointType === 'video')?.uri;
}

function isUrl(text: string | undefined): text is string {
  return text !== undefined && /^https?:\/\/\S+$/.test(text.trim()) && URL.canParse(text.trim());
}

function idOf(item: unknown): string {
  return typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string'
    ? item.id
    : '(no id)';
}
