import { DateTime } from 'luxon';
import {
  checkLocalDateTime,
  checkWallClock,
  readDateTime,
  readTime,
  type LocalDateTime,
} from '@glokal/domain';
import type { FieldError } from '../form';
import type { MeetingInput } from './meeting-fields';

/** The longest meeting scheduled from chat, in days. */
export const MAX_MEETING_DAYS = 14;

export interface MeetingTimes {
  /** The start as written, `YYYY-MM-DDTHH:mm` in `zone`. */
  local: LocalDateTime;
  start: Date;
  end: Date;
  zone: string;
}

export type ReadTimes = { ok: true; times: MeetingTimes } | { ok: false; errors: FieldError[] };

/** The end as written: a time alone falls on the start's day; else a date and time. */
function endOf(text: string, startLocal: LocalDateTime, zone: string, now: Date) {
  const time = readTime(text);
  if (time.ok) {
    const [year, month, day] = startLocal.slice(0, 10).split('-').map(Number);
    return checkWallClock(
      { year: year!, month: month!, day: day!, hour: time.hour, minute: time.minute },
      zone,
    );
  }
  return readDateTime(text, { zone, now });
}

/**
 * When a submitted meeting starts and ends in `zone` (the coordinator's for a new meeting, the
 * meeting's own for an edit): the start as a wall clock there (a time the clock skips or shows
 * twice is refused, never guessed), the end from the end field or else the duration. Refused:
 * an end not after the start, more than 14 days, and (when `pastRefused`) a start that has passed.
 */
export function meetingTimes(
  input: Pick<MeetingInput, 'start' | 'end' | 'duration'>,
  zone: string,
  now: Date,
  options: { pastRefused: boolean },
): ReadTimes {
  const errors: FieldError[] = [];
  const fail = (error: FieldError): ReadTimes => ({ ok: false, errors: [...errors, error] });
  if (!input.start) return fail({ field: 'start', message: 'forms:error.required' });
  const start = checkLocalDateTime(input.start.local, zone);
  if (!start.ok)
    return fail({
      field: 'start',
      message: `forms:error.date_time.${start.code}`,
      values: { text: input.start.local.replace('T', ' ') },
    });
  if (options.pastRefused && start.instant <= now)
    errors.push({ field: 'start', message: 'forms:error.in_past' });

  let end: Date;
  let endField: 'end' | 'duration';
  if (input.end) {
    const read = endOf(input.end, start.local, zone, now);
    if (!read.ok)
      return fail({
        field: 'end',
        message: `forms:error.date_time.${read.code}`,
        values: { text: input.end },
      });
    end = read.instant;
    endField = 'end';
  } else if (input.duration) {
    // Minutes of elapsed time: an hour's meeting across the night the clocks change is an hour.
    end = DateTime.fromJSDate(start.instant).plus({ minutes: input.duration }).toJSDate();
    endField = 'duration';
  } else {
    return fail({ field: 'duration', message: 'meetings:error.duration_or_end' });
  }
  if (end <= start.instant)
    return fail({ field: endField, message: 'meetings:error.end_before_start' });
  if (end.getTime() - start.instant.getTime() > MAX_MEETING_DAYS * 24 * 60 * 60_000)
    return fail({
      field: endField,
      message: 'meetings:error.too_long',
      values: { count: MAX_MEETING_DAYS },
    });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, times: { local: start.local, start: start.instant, end, zone } };
}
