import type {
  CalendarWriter,
  ClusterEvent,
  ClusterStore,
  WrittenCalendarEvent,
} from '@glokal/domain';
import { GoogleApiError } from '@glokal/google';
import type { CalendarWriteJob } from '@glokal/queue';
import { inviteeEmails } from './invitee-emails';
import { meetingDraft } from './meeting-draft';

export interface MeetingWriteDeps {
  store: ClusterStore;
  writer: CalendarWriter;
  calendarId: string;
}

export type MeetingWriteOutcome =
  | {
      outcome: 'written';
      action: 'insert' | 'patch';
      updatedAt: string;
      meetUrl?: string;
      /** Invitees sent as attendees, and those left out for want of an e-mail. */
      attendees: number;
      withoutEmail: number;
    }
  | { outcome: 'cancelled' }
  /** The event is gone from the store, or not Glokal's to write. */
  | { outcome: 'skipped'; why: 'gone' | 'not-glokal' }
  /** A newer change of the event has (or will have) its own write. */
  | { outcome: 'superseded'; current: number };

/**
 * One `calendar-write` job: writes the stored meeting as it stands now (not as it was when the
 * message was recorded) and stores back at once what Google made of it — the event's link,
 * the Meet link and Google's `updated` — so replies link to it and the next sync finds the
 * store already as Google has it. A job older than the event's revision does nothing; without
 * a revision the stored state is written (every write sets the whole meeting, so an old
 * message can never undo a newer change). The invitees go as attendees by the e-mails the
 * store knows now. A cancelled meeting is cancelled whatever the
 * message said; a patch of an event Google does not have (its insert failed for good) inserts.
 * Google's failures are thrown as `GoogleApiError` for the job to retry or record.
 */
export async function writeMeeting(
  deps: MeetingWriteDeps,
  job: CalendarWriteJob,
): Promise<MeetingWriteOutcome> {
  const event = await deps.store.events.byId(job.eventId);
  if (!event) return { outcome: 'skipped', why: 'gone' };
  if (event.source !== 'glokal') return { outcome: 'skipped', why: 'not-glokal' };
  if (event.revision !== undefined && job.revision < event.revision)
    return { outcome: 'superseded', current: event.revision };

  if (event.status === 'cancelled') {
    await deps.writer.cancel(deps.calendarId, event.id);
    await storeBack(deps.store, event, undefined);
    return { outcome: 'cancelled' };
  }
  const invited = await inviteeEmails(deps.store, event.meeting?.invitees ?? []);
  const draft = meetingDraft(event, invited.emails);
  let action: 'insert' | 'patch' = job.action === 'insert' ? 'insert' : 'patch';
  let written: WrittenCalendarEvent;
  if (action === 'insert') {
    written = await deps.writer.insert(deps.calendarId, draft);
  } else {
    const { id, ...changes } = draft;
    try {
      written = await deps.writer.patch(deps.calendarId, id, changes);
    } catch (error) {
      if (!(error instanceof GoogleApiError && error.failure.code === 'not-found')) throw error;
      action = 'insert';
      written = await deps.writer.insert(deps.calendarId, draft);
    }
  }
  await storeBack(deps.store, event, written);
  return {
    outcome: 'written',
    action,
    updatedAt: written.updatedAt,
    ...(written.meetUrl ? { meetUrl: written.meetUrl } : {}),
    attendees: invited.emails.length,
    withoutEmail: invited.withoutEmail,
  };
}

/**
 * What Google answered, into the stored event, read again in the transaction: a change made
 * from chat meanwhile (a higher revision) keeps its own `updatedAt`, and its own write follows.
 */
async function storeBack(
  store: ClusterStore,
  written: ClusterEvent,
  google: WrittenCalendarEvent | undefined,
): Promise<void> {
  await store.transaction(async (inside) => {
    const current = await inside.events.byId(written.id);
    if (!current) return;
    const { calendarWriteError: _cleared, ...rest } = current;
    const next: ClusterEvent = {
      ...rest,
      ...(google?.htmlLink ? { calendarUrl: google.htmlLink } : {}),
      // Google's Meet link is the one the sync will read (a meeting made in-person later keeps it there).
      ...(google?.meetUrl ? { onlineUrl: google.meetUrl } : {}),
      ...(google && current.revision === written.revision ? { updatedAt: google.updatedAt } : {}),
    };
    if (JSON.stringify(next) !== JSON.stringify(current)) await inside.events.upsert([next]);
  });
}
