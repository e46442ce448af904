import { z } from 'zod';
import type { CalendarWriter, WrittenCalendarEvent } from '@glokal/domain';
import { calendarClient, type GoogleClientOptions } from '../google-clients';
import { classifyGoogleError, GoogleApiError } from '../errors/google-failure';
import { GoogleEvent } from './google-event.schema';
import { toGoogleEvent } from './to-google-event';

/** What Glokal keeps of a written event: Google must answer at least its id and `updated`. */
const WrittenEvent = GoogleEvent.extend({ updated: z.iso.datetime({ offset: true }) });

/** Whom Google e-mails of a write (`sendUpdates`): every invitee, those not on Google Calendar, no one. */
export type GoogleSendUpdates = 'all' | 'externalOnly' | 'none';

export interface GoogleCalendarWriterOptions extends GoogleClientOptions {
  /** `GOOGLE_SEND_UPDATES`; `all` when unset. */
  sendUpdates?: GoogleSendUpdates;
}

/**
 * `CalendarWriter` over Google Calendar (googleapis). Each call is one request (or two, see
 * insert), never retried here: a failure is thrown as a classified `GoogleApiError` and the
 * job's queue retries what is worth retrying, after Google's `Retry-After` when it sent one.
 *
 * - insert: `events.insert` under the draft's id, its invitees as attendees, with
 *   `conferenceDataVersion=1` (a Meet link when online) and invitations sent as `sendUpdates`
 *   says (`GOOGLE_SEND_UPDATES`); Google's `409 duplicate` means an earlier try got
 *   through, so the event is read (`events.get`) and answered: a retried insert is one event.
 * - patch: `events.patch` of the given fields (the attendees replaced), updates sent likewise.
 * - cancel: `events.patch` to `status: cancelled`, invitees told likewise; an event Google never had
 *   is already as good as cancelled.
 */
export function createGoogleCalendarWriter(options: GoogleCalendarWriterOptions): CalendarWriter {
  const calendar = calendarClient(options);
  const sendUpdates = options.sendUpdates ?? 'all';
  return {
    async insert(calendarId, draft) {
      const { id, ...fields } = draft;
      try {
        const created = await calendar.events.insert({
          calendarId,
          conferenceDataVersion: 1,
          sendUpdates,
          requestBody: { id, ...toGoogleEvent(id, { ...fields, kind: fields.kind ?? 'meeting' }) },
        });
        return written(created.data, 'events.insert');
      } catch (error) {
        const failure = classifyGoogleError(error);
        if (failure.status !== 409) throw new GoogleApiError(failure, { cause: error });
      }
      return written(
        await call(() => calendar.events.get({ calendarId, eventId: id })),
        'events.get',
      );
    },

    async patch(calendarId, id, changes) {
      const patched = await call(() =>
        calendar.events.patch({
          calendarId,
          eventId: id,
          conferenceDataVersion: 1,
          sendUpdates,
          requestBody: toGoogleEvent(id, changes),
        }),
      );
      return written(patched, 'events.patch');
    },

    async cancel(calendarId, id) {
      try {
        await calendar.events.patch({
          calendarId,
          eventId: id,
          sendUpdates,
          requestBody: { status: 'cancelled' },
        });
      } catch (error) {
        const failure = classifyGoogleError(error);
        if (failure.code === 'not-found' || failure.status === 410) return;
        throw new GoogleApiError(failure, { cause: error });
      }
    },
  };
}

async function call(request: () => Promise<{ data: unknown }>): Promise<unknown> {
  try {
    return (await request()).data;
  } catch (error) {
    throw new GoogleApiError(classifyGoogleError(error), { cause: error });
  }
}

/** Google's answer, checked: what the store keeps of it (links and `updated`). */
function written(data: unknown, method: string): WrittenCalendarEvent {
  const parsed = WrittenEvent.safeParse(data);
  if (!parsed.success) {
    throw new GoogleApiError({
      code: 'unknown',
      retryable: true,
      message: `${method} answered something that is not an event with its id and updated time`,
    });
  }
  const event = parsed.data;
  const meetUrl =
    event.hangoutLink ??
    event.conferenceData?.entryPoints?.find((entry) => entry.entryPointType === 'video')?.uri;
  return {
    id: event.id,
    ...(event.htmlLink ? { htmlLink: event.htmlLink } : {}),
    ...(meetUrl ? { meetUrl } : {}),
    updatedAt: new Date(event.updated).toISOString(),
  };
}
