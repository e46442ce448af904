import type { CalendarWindow } from '@glokal/domain';

/**
 * What a full sync asks for: one year back (for "what did we do") and two years ahead (the
 * longest horizon of cluster planning). Incremental syncs then follow every change, in or out.
 */
export function defaultCalendarWindow(now: Date): CalendarWindow {
  const from = new Date(now);
  from.setUTCFullYear(from.getUTCFullYear() - 1);
  const to = new Date(now);
  to.setUTCFullYear(to.getUTCFullYear() + 2);
  return { from, to };
}

/** The sync-state key of a calendar. */
export function calendarSourceKey(calendarId: string): string {
  return `calendar:${calendarId}`;
}
