import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import {
  cancelledStub,
  resourceFields,
  type EventResource,
  type FakeEventInput,
} from './calendar-resource';
import { googleError, opaqueToken, readOpaqueToken, type FakeResponse } from './http-kit';
import { expandSeries } from './recurrence';

interface Entry {
  resource: EventResource;
  seq: number;
  deleted: boolean;
}

interface CalendarData {
  timeZone: string;
  events: Map<string, Entry>;
  /** Changed or cancelled instances of recurring events, by instance id. */
  overrides: Map<string, Entry>;
  /** Sync tokens issued before this sequence number answer 410. */
  minValidSeq: number;
}

interface Listed {
  resource: EventResource;
  seq: number;
  cancelled: boolean;
}

interface Snapshot {
  calendarId: string;
  items: EventResource[];
  syncSeq: number;
}

const forbiddenWithSyncToken = [
  'timeMin',
  'timeMax',
  'q',
  'orderBy',
  'iCalUID',
  'updatedMin',
  'privateExtendedProperty',
  'sharedExtendedProperty',
];

/**
 * The fake's calendars: the truth a test edits, and `events.list` over it the way Google
 * documents it (paging, `nextSyncToken` on the last page only, changes since a token with
 * cancelled stubs, 410 for an expired token, instances of recurring events).
 */
export class FakeCalendar {
  private seq = 0;
  private snapshotCount = 0;
  private readonly calendars = new Map<string, CalendarData>();
  private readonly snapshots = new Map<number, Snapshot>();

  /** Creates (or finds) a calendar; events added to an unknown calendar create it too. */
  ensureCalendar(calendarId: string, timeZone = 'Europe/Warsaw'): void {
    if (!this.calendars.has(calendarId)) {
      this.calendars.set(calendarId, {
        timeZone,
        events: new Map(),
        overrides: new Map(),
        minValidSeq: 0,
      });
    }
  }

  addEvent(calendarId: string, input: FakeEventInput): string {
    this.ensureCalendar(calendarId);
    const data = this.data(calendarId);
    const id = input.id ?? randomBytes(13).toString('hex');
    const seq = ++this.seq;
    const now = new Date().toISOString();
    data.events.set(id, {
      seq,
      deleted: false,
      resource: {
        kind: 'calendar#event',
        etag: `"${seq}"`,
        id,
        status: 'confirmed',
        htmlLink: `https://www.google.com/calendar/event?eid=${Buffer.from(`${id} ${calendarId}`).toString('base64url')}`,
        created: now,
        updated: now,
        creator: { email: calendarId },
        organizer: { email: calendarId, displayName: 'Klaster', self: true },
        iCalUID: `${id}@google.com`,
        sequence: 0,
        reminders: { useDefault: true },
        eventType: 'default',
        ...resourceFields(input),
      },
    });
    return id;
  }

  updateEvent(calendarId: string, id: string, patch: Partial<Omit<FakeEventInput, 'id'>>): void {
    const entry = this.data(calendarId).events.get(id);
    if (!entry || entry.deleted) throw new Error(`no event ${id} in ${calendarId}`);
    const seq = ++this.seq;
    entry.seq = seq;
    entry.resource = {
      ...entry.resource,
      ...resourceFields(patch),
      etag: `"${seq}"`,
      updated: laterThan(entry.resource.updated),
      sequence: (entry.resource.sequence ?? 0) + 1,
    };
  }

  /** Deletes an event; for a recurring one, every instance is cancelled with it. */
  deleteEvent(calendarId: string, id: string): void {
    const entry = this.data(calendarId).events.get(id);
    if (!entry || entry.deleted) throw new Error(`no event ${id} in ${calendarId}`);
    entry.seq = ++this.seq;
    entry.deleted = true;
  }

  /** Cancels one instance of a recurring event ("delete only this event"). */
  cancelInstance(calendarId: string, instanceId: string): void {
    const data = this.data(calendarId);
    const instance = this.currentItems(calendarId, true).find(
      (item) => item.resource.id === instanceId,
    );
    if (!instance || instance.cancelled)
      throw new Error(`no instance ${instanceId} in ${calendarId}`);
    const seq = ++this.seq;
    data.overrides.set(instanceId, { seq, deleted: true, resource: instance.resource });
  }

  /**
   * The event (or series) with this id as `events.get` answers it: a cancelled one with
   * `status: 'cancelled'`; undefined for an id never used in the calendar.
   */
  event(calendarId: string, id: string): EventResource | undefined {
    const entry = this.calendars.get(calendarId)?.events.get(id);
    if (!entry) return undefined;
    return entry.deleted ? { ...entry.resource, status: 'cancelled' } : entry.resource;
  }

  /**
   * Sets fields of an event the way `events.patch` does (given fields replace, others stay),
   * cancelled ones included: `status: 'cancelled'` cancels it (the listing then sends its
   * cancelled stub), another status brings it back. Answers the event as `events.get` would.
   */
  patchEvent(
    calendarId: string,
    id: string,
    fields: Partial<Omit<EventResource, 'id' | 'kind' | 'etag'>>,
  ): EventResource {
    const entry = this.data(calendarId).events.get(id);
    if (!entry) throw new Error(`no event ${id} in ${calendarId}`);
    const seq = ++this.seq;
    const { status, ...rest } = fields;
    entry.seq = seq;
    if (status !== undefined) entry.deleted = status === 'cancelled';
    entry.resource = {
      ...entry.resource,
      ...rest,
      ...(status !== undefined && status !== 'cancelled' ? { status } : {}),
      etag: `"${seq}"`,
      updated: laterThan(entry.resource.updated),
      sequence: (entry.resource.sequence ?? 0) + 1,
    };
    return this.event(calendarId, id) ?? entry.resource;
  }

  /**
   * What the calendar's events occupy between `from` and `to` (instances expanded; cancelled
   * and `transparent` events are free; an all-day event spans its days in the calendar's zone).
   */
  busy(calendarId: string, from: Date, to: Date): { start: Date; end: Date }[] {
    const { timeZone } = this.data(calendarId);
    return this.truth(calendarId)
      .filter((event) => event.transparency !== 'transparent')
      .map((event) => ({ start: at(event.start, timeZone), end: at(event.end, timeZone) }))
      .filter(({ start, end }) => start < to && end > from);
  }

  /** Every sync token issued so far now answers `410 Gone` (fullSyncRequired). */
  expireSyncTokens(calendarId: string): void {
    this.data(calendarId).minValidSeq = this.seq + 1;
  }

  /** The events a full sync should end with: instances expanded, cancelled ones left out. */
  truth(calendarId: string): EventResource[] {
    return this.currentItems(calendarId, true)
      .filter((item) => !item.cancelled)
      .map((item) => item.resource);
  }

  /** Ids of the single events and recurring series (not instances) a test may edit. */
  editableIds(calendarId: string): string[] {
    return [...this.data(calendarId).events.entries()]
      .filter(([, entry]) => !entry.deleted)
      .map(([id]) => id);
  }

  has(calendarId: string): boolean {
    return this.calendars.has(calendarId);
  }

  /** `GET /calendars/{id}/events`. */
  list(calendarId: string, query: URLSearchParams): FakeResponse {
    const data = this.calendars.get(calendarId);
    if (!data) return googleError(404, 'notFound', 'Not Found');
    const syncToken = query.get('syncToken');
    if (syncToken && forbiddenWithSyncToken.some((name) => query.has(name))) {
      return googleError(400, 'invalid', 'Invalid Value', {
        location: 'syncToken',
        locationType: 'parameter',
      });
    }
    const singleEvents = query.get('singleEvents') === 'true';
    if (query.get('orderBy') === 'startTime' && !singleEvents) {
      return googleError(
        400,
        'invalid',
        'The requested ordering is not available for the particular query.',
      );
    }
    const maxResults = Number(query.get('maxResults') ?? '250');
    if (!Number.isInteger(maxResults) || maxResults < 1)
      return googleError(400, 'invalid', 'Invalid Value');
    const pageSize = Math.min(maxResults, 2500);

    const pageToken = query.get('pageToken');
    let snapshotId: number;
    let offset: number;
    if (pageToken) {
      const decoded = readOpaqueToken(pageToken);
      const known = isPageToken(decoded) ? this.snapshots.get(decoded.snapshot) : undefined;
      if (!isPageToken(decoded) || !known || known.calendarId !== calendarId) {
        return googleError(400, 'invalid', 'Invalid Value', {
          location: 'pageToken',
          locationType: 'parameter',
        });
      }
      snapshotId = decoded.snapshot;
      offset = decoded.offset;
    } else {
      const items = this.startListing(calendarId, data, query, syncToken, singleEvents);
      if ('status' in items) return items;
      snapshotId = ++this.snapshotCount;
      this.snapshots.set(snapshotId, { calendarId, items, syncSeq: this.seq });
      offset = 0;
    }
    const snapshot = this.snapshots.get(snapshotId);
    if (!snapshot) return googleError(400, 'invalid', 'Invalid Value');
    const items = snapshot.items.slice(offset, offset + pageSize);
    const last = offset + pageSize >= snapshot.items.length;
    if (last) this.snapshots.delete(snapshotId);
    return {
      status: 200,
      body: {
        kind: 'calendar#events',
        etag: `"p${snapshot.syncSeq}"`,
        summary: calendarId,
        updated: new Date().toISOString(),
        timeZone: data.timeZone,
        accessRole: 'owner',
        defaultReminders: [{ method: 'popup', minutes: 30 }],
        ...(last
          ? { nextSyncToken: opaqueToken({ calendar: calendarId, seq: snapshot.syncSeq }) }
          : { nextPageToken: opaqueToken({ snapshot: snapshotId, offset: offset + pageSize }) }),
        items,
      },
    };
  }

  private startListing(
    calendarId: string,
    data: CalendarData,
    query: URLSearchParams,
    syncToken: string | null,
    singleEvents: boolean,
  ): EventResource[] | FakeResponse {
    const current = this.currentItems(calendarId, singleEvents);
    if (syncToken) {
      const decoded = readOpaqueToken(syncToken);
      if (!isSyncToken(decoded) || decoded.calendar !== calendarId) {
        return googleError(400, 'invalid', 'Invalid Value', {
          location: 'syncToken',
          locationType: 'parameter',
        });
      }
      if (decoded.seq < data.minValidSeq) {
        return googleError(
          410,
          'fullSyncRequired',
          'Sync token is no longer valid, a full sync is required.',
          {
            domain: 'calendar',
            location: 'syncToken',
            locationType: 'parameter',
          },
        );
      }
      return current
        .filter((item) => item.seq > decoded.seq)
        .map((item) =>
          item.cancelled ? cancelledStub(item.resource, `"${item.seq}"`) : item.resource,
        );
    }
    const from = query.get('timeMin');
    const to = query.get('timeMax');
    for (const [name, value] of [
      ['timeMin', from],
      ['timeMax', to],
    ] as const) {
      if (value !== null && !/[zZ]|[+-]\d{2}:\d{2}$/.test(value)) {
        return googleError(400, 'badRequest', 'Bad Request', {
          location: name,
          locationType: 'parameter',
        });
      }
    }
    const showDeleted = query.get('showDeleted') === 'true';
    return current
      .filter((item) => showDeleted || !item.cancelled)
      .filter((item) => inWindow(item.resource, from, to))
      .map((item) =>
        item.cancelled ? cancelledStub(item.resource, `"${item.seq}"`) : item.resource,
      );
  }

  private currentItems(calendarId: string, singleEvents: boolean): Listed[] {
    const data = this.data(calendarId);
    const listed: Listed[] = [];
    for (const entry of data.events.values()) {
      if (!entry.resource.recurrence || !singleEvents) {
        listed.push({ resource: entry.resource, seq: entry.seq, cancelled: entry.deleted });
        continue;
      }
      for (const instance of expandSeries(entry.resource)) {
        const override = data.overrides.get(instance.id);
        if (entry.deleted) listed.push({ resource: instance, seq: entry.seq, cancelled: true });
        else if (override)
          listed.push({
            resource: instance,
            seq: Math.max(entry.seq, override.seq),
            cancelled: override.deleted,
          });
        else listed.push({ resource: instance, seq: entry.seq, cancelled: false });
      }
    }
    return listed;
  }

  private data(calendarId: string): CalendarData {
    const data = this.calendars.get(calendarId);
    if (!data) throw new Error(`no calendar ${calendarId} in the fake`);
    return data;
  }
}

/** Now, or a millisecond after `previous` when the clock has not moved on: each change has its own `updated`. */
function laterThan(previous: string | undefined): string {
  const now = Date.now();
  const before = previous === undefined ? Number.NaN : Date.parse(previous);
  return new Date(Number.isNaN(before) || now > before ? now : before + 1).toISOString();
}

function isPageToken(value: unknown): value is { snapshot: number; offset: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'snapshot' in value &&
    'offset' in value &&
    typeof value.snapshot === 'number' &&
    typeof value.offset === 'number'
  );
}

function isSyncToken(value: unknown): value is { calendar: string; seq: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'calendar' in value &&
    'seq' in value &&
    typeof value.calendar === 'string' &&
    typeof value.seq === 'number'
  );
}

function at(time: EventResource['start'], timeZone: string): Date {
  if (time && 'date' in time)
    return DateTime.fromISO(time.date, { zone: timeZone }).startOf('day').toJSDate();
  return new Date(time?.dateTime ?? Number.NaN);
}

function instant(time: EventResource['start']): number {
  if (!time) return Number.NaN;
  return 'date' in time ? Date.parse(`${time.date}T00:00:00Z`) : Date.parse(time.dateTime);
}

function inWindow(resource: EventResource, from: string | null, to: string | null): boolean {
  if (from !== null && !(instant(resource.end) > Date.parse(from))) return false;
  if (to !== null && !(instant(resource.start) < Date.parse(to))) return false;
  return true;
}
