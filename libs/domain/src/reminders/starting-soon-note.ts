import type { ClusterEvent } from '../event';

/** How long before a meeting's start its announcement channels are told it is starting. */
export const startingSoonNoteHours = 1;

/** The note of an event's start to its announcement channels, due at `at`. */
export interface PlannedStartingSoonNote {
  /** Stable per event and start: the job id, and the start of each channel's delivery key. */
  key: string;
  eventId: string;
  /** The start it was planned for (ISO, UTC): a moved event makes it stale. */
  start: string;
  offsetHours: number;
  at: Date;
}

/** The note's key: the event and the start it was planned for, readable in logs. */
export function startingSoonNoteKey(eventId: string, start: string): string {
  return ['event-starting-soon', eventId, start, `${startingSoonNoteHours}h`].join(':');
}

/**
 * The "starting in 1 hour" note of a meeting whose coordinator asked for one, if it is still
 * to come after `now`: none for a cancelled or all-day event (no hour to count back from), and
 * none once its time has passed (a note after the start says nothing useful).
 */
export function planStartingSoonNote(
  event: Pick<ClusterEvent, 'id' | 'status' | 'timing' | 'meeting'>,
  now: Date,
): PlannedStartingSoonNote | undefined {
  if (!event.meeting?.startingSoonNote) return undefined;
  if (event.status === 'cancelled' || event.timing.allDay) return undefined;
  const start = new Date(event.timing.start);
  const at = new Date(start.getTime() - startingSoonNoteHours * 3600_000);
  if (at.getTime() <= now.getTime()) return undefined;
  const iso = start.toISOString();
  return {
    key: startingSoonNoteKey(event.id, iso),
    eventId: event.id,
    start: iso,
    offsetHours: startingSoonNoteHours,
    at,
  };
}
