/** ISO weekday: 1 is Monday, 7 is Sunday (Luxon's `weekday`). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * When meetings may be suggested: on these weekdays, from `start` to `end` on the wall clock of
 * `zone` (`HH:mm`, `end` after `start` on the same day).
 */
export interface WorkingHours {
  days: readonly Weekday[];
  start: string;
  end: string;
  zone: string;
}

/** Monday to Friday, 09:00 to 17:00 (the zone is the cluster's). */
export const defaultWorkingHours: Omit<WorkingHours, 'zone'> = {
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '17:00',
};

/** Why a written working week cannot be used. */
export type WorkingHoursProblem = 'unreadable' | 'unknown-day' | 'bad-time' | 'end-not-after-start';

export type WorkingHoursReading =
  { ok: true; value: Omit<WorkingHours, 'zone'> } | { ok: false; code: WorkingHoursProblem };

const dayNames: Record<string, Weekday> = {
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  sun: 7,
  pn: 1,
  wt: 2,
  sr: 3,
  śr: 3,
  cz: 4,
  pt: 5,
  so: 6,
  nd: 7,
};

/** Minutes after midnight of `HH:mm` (00:00 to 24:00), or undefined. */
export function minutesOfDay(time: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (minute > 59 || hour > 24 || (hour === 24 && minute > 0)) return undefined;
  return hour * 60 + minute;
}

function readDays(text: string): Weekday[] | undefined {
  const days = new Set<Weekday>();
  for (const part of text.split(',')) {
    const [first, last, ...rest] = part.trim().toLowerCase().split('-');
    if (first === undefined || rest.length > 0) return undefined;
    const from = dayNames[first.trim()];
    const to = last === undefined ? from : dayNames[last.trim()];
    if (from === undefined || to === undefined) return undefined;
    // A range may wrap the week's end: `Sat-Mon` is Saturday, Sunday and Monday.
    for (let day = from, steps = 0; steps < 7; steps += 1) {
      days.add(day);
      if (day === to) break;
      day = ((day % 7) + 1) as Weekday;
    }
  }
  return [...days].sort((a, b) => a - b);
}

const two = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Reads a working week as people write it: `Mon-Fri 09:00-17:00`, `Mon,Wed,Fri 8:30-16:00`, or
 * with Polish day names (`pn-pt 9:00-17:00`). Times are the zone's wall clock.
 */
export function readWorkingHours(text: string): WorkingHoursReading {
  const match = /^\s*(\S+)\s+(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})\s*$/.exec(text);
  if (!match) return { ok: false, code: 'unreadable' };
  const days = readDays(match[1]!);
  if (!days) return { ok: false, code: 'unknown-day' };
  const start = minutesOfDay(match[2]!);
  const end = minutesOfDay(match[3]!);
  if (start === undefined || end === undefined) return { ok: false, code: 'bad-time' };
  if (end <= start) return { ok: false, code: 'end-not-after-start' };
  return { ok: true, value: { days, start: two(start), end: two(end) } };
}
