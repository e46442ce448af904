import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import {
  resourceFields,
  type Attendee,
  type ConferenceData,
  type EventResource,
} from './calendar-resource';
import type { FakeCalendar } from './fake-calendar';
import { googleError, notFound, type FakeRequest, type FakeResponse } from './http-kit';

/**
 * The e-mails Google sent about one write of an event (`sendUpdates=all` or `externalOnly`):
 * to every attendee, or with `externalOnly` to those who are not Google Calendar users (here:
 * whose address is not a calendar of the fake).
 */
export interface SentUpdate {
  calendarId: string;
  eventId: string;
  kind: 'invitation' | 'update' | 'cancellation';
  sendUpdates: 'all' | 'externalOnly';
  to: string[];
}

/** Calendar accepts client ids of 5–1024 characters of base32hex (`a`–`v`, `0`–`9`). */
const clientId = /^[a-v0-9]{5,1024}$/;

const EventTimeBody = z.union([
  z.object({ dateTime: z.string(), timeZone: z.string().optional() }),
  z.object({ date: z.string() }),
]);

const AttendeeBody = z.object({
  email: z.string(),
  displayName: z.string().optional(),
  optional: z.boolean().optional(),
  responseStatus: z.enum(['needsAction', 'declined', 'tentative', 'accepted']).optional(),
});

const Properties = z.object({
  shared: z.record(z.string(), z.string()).optional(),
  private: z.record(z.string(), z.string()).optional(),
});

const ConferenceBody = z.object({
  createRequest: z
    .object({
      requestId: z.string().min(1),
      conferenceSolutionKey: z.object({ type: z.string() }).optional(),
    })
    .optional(),
});

/** The writable fields of an event resource (what `events.insert` and `events.patch` read). */
const EventFields = z.object({
  summary: z.string().optional(),
  description: z.string().optional(),
  location: z.string().optional(),
  start: EventTimeBody.optional(),
  end: EventTimeBody.optional(),
  status: z.enum(['confirmed', 'tentative', 'cancelled']).optional(),
  transparency: z.enum(['opaque', 'transparent']).optional(),
  recurrence: z.array(z.string()).optional(),
  attendees: z.array(AttendeeBody).optional(),
  extendedProperties: Properties.optional(),
  conferenceData: ConferenceBody.optional(),
});
type EventFields = z.infer<typeof EventFields>;

const SendUpdates = z.enum(['all', 'externalOnly', 'none']);

/**
 * Calendar's event writes the way Google answers them: `events.insert` with a client-chosen
 * `id` (400 for an id that is not base32hex of 5–1024 characters, 409 `duplicate` for one
 * the calendar already has, cancelled or not), `events.patch` (given fields replace, others
 * stay; `status: 'cancelled'` cancels), `events.get`. A Meet link is made only with
 * `conferenceDataVersion=1` and a `conferenceData.createRequest`. Attendees are kept (e-mail
 * lower-cased, `needsAction` until they answer; a patch's list replaces the old one, those
 * still on it keeping their answers), and the
 * mails `sendUpdates` asks for land in `sent` (none without it, as Google's default).
 */
export class FakeCalendarWrites {
  readonly sent: SentUpdate[] = [];

  constructor(private readonly calendar: FakeCalendar) {}

  /** `POST /calendars/{calendarId}/events`. */
  insert(calendarId: string, request: FakeRequest): FakeResponse {
    if (!this.calendar.has(calendarId)) return notFound(calendarId);
    const body = readBody(request);
    if (!body.ok) return body.response;
    const { id } = body;
    if (id !== undefined && !clientId.test(id))
      return googleError(400, 'invalid', 'Invalid resource id value.');
    if (id !== undefined && this.calendar.event(calendarId, id))
      return googleError(409, 'duplicate', 'The requested identifier already exists.');
    const { fields } = body;
    if (!fields.start || !fields.end) return googleError(400, 'required', 'Missing end time.');
    const invalid = invalidFields(fields);
    if (invalid) return invalid;
    const sendUpdates = readSendUpdates(request.query);
    if (!sendUpdates) return googleError(400, 'invalid', 'Invalid Value', parameter('sendUpdates'));
    const { conferenceData, status, attendees, ...rest } = fields;
    const conference = conferenceFrom(conferenceData, request.query);
    const createdId = this.calendar.addEvent(calendarId, {
      ...rest,
      ...(id === undefined ? {} : { id }),
      start: fields.start,
      end: fields.end,
      ...(status === 'tentative' ? { status } : {}),
      ...(attendees ? { attendees: attendees.map(toAttendee) } : {}),
      ...(conference ? { conferenceData: conference, hangoutLink: meetUri(conference) } : {}),
    });
    const created =
      status === 'cancelled'
        ? this.calendar.patchEvent(calendarId, createdId, { status })
        : this.calendar.event(calendarId, createdId);
    if (!created) return notFound(createdId);
    this.notify(calendarId, created, 'invitation', sendUpdates);
    return { status: 200, body: created };
  }

  /** `PATCH /calendars/{calendarId}/events/{eventId}`. */
  patch(calendarId: string, eventId: string, request: FakeRequest): FakeResponse {
    const current = this.calendar.event(calendarId, eventId);
    if (!current) return notFound(eventId);
    const body = readBody(request);
    if (!body.ok) return body.response;
    const { fields } = body;
    const invalid = invalidFields(fields);
    if (invalid) return invalid;
    const sendUpdates = readSendUpdates(request.query);
    if (!sendUpdates) return googleError(400, 'invalid', 'Invalid Value', parameter('sendUpdates'));
    const { conferenceData, attendees, extendedProperties, start, end, status, ...rest } = fields;
    const conference = current.conferenceData
      ? undefined
      : conferenceFrom(conferenceData, request.query);
    const changed = this.calendar.patchEvent(calendarId, eventId, {
      ...resourceFields(rest),
      ...(status ? { status } : {}),
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
      ...(attendees ? { attendees: attendees.map((given) => keptAnswer(current, given)) } : {}),
      ...(extendedProperties
        ? { extendedProperties: mergeProperties(current.extendedProperties, extendedProperties) }
        : {}),
      ...(conference ? { conferenceData: conference, hangoutLink: meetUri(conference) } : {}),
    });
    const cancelled = changed.status === 'cancelled' && current.status !== 'cancelled';
    this.notify(calendarId, changed, cancelled ? 'cancellation' : 'update', sendUpdates);
    return { status: 200, body: changed };
  }

  /** `GET /calendars/{calendarId}/events/{eventId}`. */
  get(calendarId: string, eventId: string): FakeResponse {
    if (!this.calendar.has(calendarId)) return notFound(calendarId);
    const event = this.calendar.event(calendarId, eventId);
    return event ? { status: 200, body: event } : notFound(eventId);
  }

  private notify(
    calendarId: string,
    event: EventResource,
    kind: SentUpdate['kind'],
    sendUpdates: z.infer<typeof SendUpdates>,
  ): void {
    if (sendUpdates === 'none') return;
    const to = (event.attendees ?? [])
      .map((attendee) => attendee.email)
      .filter((email) => sendUpdates === 'all' || !this.calendar.has(email));
    if (to.length === 0) return;
    this.sent.push({ calendarId, eventId: event.id, kind, sendUpdates, to });
  }
}

type Body =
  { ok: true; id: string | undefined; fields: EventFields } | { ok: false; response: FakeResponse };

function readBody(request: FakeRequest): Body {
  let json: unknown;
  try {
    json = JSON.parse(request.body || '{}');
  } catch {
    return { ok: false, response: googleError(400, 'parseError', 'Parse Error') };
  }
  const id = z.object({ id: z.string().optional() }).safeParse(json);
  const fields = EventFields.safeParse(json);
  if (!id.success || !fields.success)
    return { ok: false, response: googleError(400, 'invalid', 'Invalid Value') };
  return { ok: true, id: id.data.id, fields: fields.data };
}

function invalidFields(fields: EventFields): FakeResponse | undefined {
  for (const attendee of fields.attendees ?? []) {
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(attendee.email))
      return googleError(400, 'invalid', 'Invalid attendee email.');
  }
  const times = [fields.start, fields.end];
  for (const time of times) {
    if (time && 'dateTime' in time && Number.isNaN(Date.parse(time.dateTime)))
      return googleError(400, 'invalid', 'Invalid start time.');
  }
  if (fields.start && fields.end) {
    const [start, end] = times.map((time) =>
      time && 'date' in time ? time.date : new Date(time?.dateTime ?? 0).toISOString(),
    );
    if (start !== undefined && end !== undefined && end < start)
      return googleError(400, 'timeRangeEmpty', 'The specified time range is empty.');
  }
  return undefined;
}

function readSendUpdates(query: URLSearchParams): z.infer<typeof SendUpdates> | undefined {
  const parsed = SendUpdates.safeParse(query.get('sendUpdates') ?? 'none');
  return parsed.success ? parsed.data : undefined;
}

const parameter = (location: string) => ({ location, locationType: 'parameter' });

function toAttendee(attendee: z.infer<typeof AttendeeBody>): Attendee {
  return {
    email: attendee.email.toLowerCase(),
    responseStatus: attendee.responseStatus ?? 'needsAction',
    ...(attendee.displayName ? { displayName: attendee.displayName } : {}),
    ...(attendee.optional ? { optional: true } : {}),
  };
}

/** A patched attendee already invited keeps their answer unless the patch gives one. */
function keptAnswer(current: EventResource, given: z.infer<typeof AttendeeBody>): Attendee {
  const attendee = toAttendee(given);
  const before = current.attendees?.find((old) => old.email === attendee.email);
  return before && !given.responseStatus
    ? { ...attendee, responseStatus: before.responseStatus }
    : attendee;
}

function mergeProperties(
  current: EventResource['extendedProperties'],
  given: z.infer<typeof Properties>,
): NonNullable<EventResource['extendedProperties']> {
  const shared = { ...current?.shared, ...given.shared };
  const own = { ...current?.private, ...given.private };
  return {
    ...(Object.keys(shared).length > 0 ? { shared } : {}),
    ...(Object.keys(own).length > 0 ? { private: own } : {}),
  };
}

/**
 * A Meet conference, made at once (`status: success`), when the client sends
 * `conferenceDataVersion=1` and a create request; Google ignores `conferenceData` otherwise.
 */
function conferenceFrom(
  given: EventFields['conferenceData'],
  query: URLSearchParams,
): ConferenceData | undefined {
  const request = given?.createRequest;
  if (query.get('conferenceDataVersion') !== '1' || !request) return undefined;
  const code = `${letters(3)}-${letters(4)}-${letters(3)}`;
  const uri = `https://meet.google.com/${code}`;
  return {
    createRequest: {
      requestId: request.requestId,
      conferenceSolutionKey: { type: request.conferenceSolutionKey?.type ?? 'hangoutsMeet' },
      status: { statusCode: 'success' },
    },
    entryPoints: [{ entryPointType: 'video', uri, label: uri.replace('https://', '') }],
    conferenceSolution: { key: { type: 'hangoutsMeet' }, name: 'Google Meet' },
    conferenceId: code,
  };
}

function meetUri(conference: ConferenceData): string {
  return conference.entryPoints[0]?.uri ?? '';
}

function letters(count: number): string {
  return [...randomBytes(count)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('');
}
