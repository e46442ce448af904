/** An event's start or end as Google writes it: `dateTime` (+ `timeZone`) or an all-day `date`. */
export type EventTime = { dateTime: string; timeZone?: string | undefined } | { date: string };

/** What a test writes into the fake calendar. */
export interface FakeEventInput {
  id?: string | undefined;
  summary?: string | undefined;
  description?: string | undefined;
  location?: string | undefined;
  start: EventTime;
  end: EventTime;
  status?: 'confirmed' | 'tentative' | undefined;
  /** e.g. `['RRULE:FREQ=WEEKLY;COUNT=10']` (DAILY/WEEKLY with COUNT or UNTIL, INTERVAL). */
  recurrence?: string[] | undefined;
  extendedProperties?:
    | { shared?: Record<string, string> | undefined; private?: Record<string, string> | undefined }
    | undefined;
  hangoutLink?: string | undefined;
  /** As `events.insert` answers it: a Meet link's entry points (`conferenceDataVersion=1`). */
  conferenceData?: ConferenceData | undefined;
  attendees?: readonly Attendee[] | undefined;
  /** `transparent` events do not count as busy in `freebusy.query`. */
  transparency?: 'opaque' | 'transparent' | undefined;
}

/** An invitee as Google keeps one. */
export interface Attendee {
  email: string;
  displayName?: string;
  responseStatus: 'needsAction' | 'declined' | 'tentative' | 'accepted';
  optional?: boolean;
}

/** A created Meet conference, as Google answers `conferenceData.createRequest`. */
export interface ConferenceData {
  createRequest?: {
    requestId: string;
    conferenceSolutionKey: { type: string };
    status: { statusCode: 'pending' | 'success' | 'failure' };
  };
  entryPoints: { entryPointType: 'video'; uri: string; label: string }[];
  conferenceSolution: { key: { type: 'hangoutsMeet' }; name: 'Google Meet'; iconUri?: string };
  conferenceId: string;
}

/** An event resource as `events.list` returns it. */
export interface EventResource {
  kind: 'calendar#event';
  etag: string;
  id: string;
  status: 'confirmed' | 'tentative' | 'cancelled';
  htmlLink?: string;
  created?: string;
  updated?: string;
  summary?: string;
  description?: string;
  location?: string;
  creator?: { email: string };
  organizer?: { email: string; displayName?: string; self?: boolean };
  start?: EventTime;
  end?: EventTime;
  recurrence?: string[];
  recurringEventId?: string;
  originalStartTime?: EventTime;
  iCalUID?: string;
  sequence?: number;
  extendedProperties?: { shared?: Record<string, string>; private?: Record<string, string> };
  hangoutLink?: string;
  conferenceData?: ConferenceData;
  attendees?: Attendee[];
  transparency?: 'opaque' | 'transparent';
  reminders?: { useDefault: boolean };
  eventType?: 'default';
}

/** The stub `events.list` sends for a deleted event or instance (as in Google's payloads). */
export function cancelledStub(resource: EventResource, etag: string): EventResource {
  return {
    kind: 'calendar#event',
    etag,
    id: resource.id,
    status: 'cancelled',
    ...(resource.recurringEventId ? { recurringEventId: resource.recurringEventId } : {}),
    ...(resource.originalStartTime ? { originalStartTime: resource.originalStartTime } : {}),
  };
}

/** The resource fields a test's input sets (unset ones left out). */
export function resourceFields(input: Partial<Omit<FakeEventInput, 'id'>>): Partial<EventResource> {
  const fields: Partial<EventResource> = {};
  if (input.summary !== undefined) fields.summary = input.summary;
  if (input.description !== undefined) fields.description = input.description;
  if (input.location !== undefined) fields.location = input.location;
  if (input.start !== undefined) fields.start = input.start;
  if (input.end !== undefined) fields.end = input.end;
  if (input.status !== undefined) fields.status = input.status;
  if (input.recurrence !== undefined) fields.recurrence = input.recurrence;
  if (input.hangoutLink !== undefined) fields.hangoutLink = input.hangoutLink;
  if (input.conferenceData !== undefined) fields.conferenceData = input.conferenceData;
  if (input.attendees !== undefined) fields.attendees = [...input.attendees];
  if (input.transparency !== undefined) fields.transparency = input.transparency;
  if (input.extendedProperties !== undefined) {
    const { shared, private: own } = input.extendedProperties;
    fields.extendedProperties = { ...(shared ? { shared } : {}), ...(own ? { private: own } : {}) };
  }
  return fields;
}
