import { calendarDateIn } from '../format/date-formats';

/**
 * How long until a deadline, as a person reads it: whole calendar days in their zone when a
 * day or more is left (so "2 days" on both sides of a DST change), hours under a day, and
 * minutes under an hour.
 */
export type TimeLeft =
  | { unit: 'days'; count: number }
  | { unit: 'hours'; count: number }
  | { unit: 'minutes'; count: number }
  | { unit: 'passed' };

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export function timeLeft(deadline: Date, now: Date, zone: string): TimeLeft {
  const ms = deadline.getTime() - now.getTime();
  if (ms <= 0) return { unit: 'passed' };
  if (ms < HOUR_MS) return { unit: 'minutes', count: Math.max(1, Math.floor(ms / 60_000)) };
  if (ms < DAY_MS) return { unit: 'hours', count: Math.floor(ms / HOUR_MS) };
  const days = daysBetween(calendarDateIn(now, zone), calendarDateIn(deadline, zone));
  return { unit: 'days', count: Math.max(1, days) };
}

/** Calendar days from one `YYYY-MM-DD` to another (dates, not instants: no DST in between). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}
