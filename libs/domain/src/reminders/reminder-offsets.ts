import { z } from 'zod';
import type { ReminderOffsets } from './reminder-plan';

/** At most this many reminders of one deadline per target: enough for any policy, never a flood. */
export const MAX_REMINDER_OFFSETS = 10;
/** Day offsets reach back a year; hour offsets stop short of two days (use days beyond that). */
export const MAX_DAYS_BEFORE = 365;
export const MAX_HOURS_BEFORE = 47;

const descending = (values: readonly number[]) => [...new Set(values)].sort((a, b) => b - a);

/** A policy as it is stored (a call's or a channel subscription's own offsets). */
export const ReminderOffsetsSchema = z
  .object({
    days: z.array(z.number().int().min(1).max(MAX_DAYS_BEFORE)).max(MAX_REMINDER_OFFSETS),
    hours: z.array(z.number().int().min(1).max(MAX_HOURS_BEFORE)).max(MAX_REMINDER_OFFSETS),
  })
  .refine((offsets) => offsets.days.length + offsets.hours.length <= MAX_REMINDER_OFFSETS)
  .transform((offsets) => ({ days: descending(offsets.days), hours: descending(offsets.hours) }));

export type ReadOffsets =
  | { ok: true; offsets: ReminderOffsets | undefined }
  | {
      ok: false;
      code: 'unreadable' | 'too-many' | 'days-out-of-range' | 'hours-out-of-range';
      text: string;
    };

const dayWords = /^(d|day|days|dzien|dni|dnia)$/;
const hourWords = /^(h|g|hr|hrs|hour|hours|godz|godzina|godziny|godzin)$/;
/** "the default policy": an empty field, or one of these words. */
const conjunctions = new Set(['i', 'and', 'oraz', 'a']);
const defaultWords = new Set(['default', 'domyslne', 'domyslnie', 'standard', 'standardowe']);

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .trim();

/**
 * Reads reminder offsets as a coordinator types them: `30d, 14d, 7d, 3d, 1d, 3h`,
 * `60 dni 30 dni 7 dni 2 godz`, `14 days, 1 day, 6 hours`; an amount without a unit takes the
 * unit of the next one written (`30, 14, 7 dni` = 30, 14 and 7 days). Empty (or `default`,
 * `domyślne`) is the default policy, returned as undefined.
 */
export function readReminderOffsets(text: string): ReadOffsets {
  const folded = fold(text);
  if (folded === '' || defaultWords.has(folded)) return { ok: true, offsets: undefined };
  const tokens = folded
    .replace(/(\d)([a-z])/g, '$1 $2')
    .split(/[\s,;]+/)
    .filter((token) => token !== '' && !conjunctions.has(token));
  const days: number[] = [];
  const hours: number[] = [];
  let waiting: number[] = [];
  for (const token of tokens) {
    if (/^\d{1,4}$/.test(token)) {
      waiting.push(Number(token));
      continue;
    }
    const unit = dayWords.test(token) ? days : hourWords.test(token) ? hours : undefined;
    if (!unit || waiting.length === 0) return { ok: false, code: 'unreadable', text };
    unit.push(...waiting);
    waiting = [];
  }
  if (waiting.length > 0 || days.length + hours.length === 0)
    return { ok: false, code: 'unreadable', text };
  if (days.some((amount) => amount < 1 || amount > MAX_DAYS_BEFORE))
    return { ok: false, code: 'days-out-of-range', text };
  if (hours.some((amount) => amount < 1 || amount > MAX_HOURS_BEFORE))
    return { ok: false, code: 'hours-out-of-range', text };
  const parsed = ReminderOffsetsSchema.safeParse({ days, hours });
  if (!parsed.success) return { ok: false, code: 'too-many', text };
  return { ok: true, offsets: parsed.data };
}

/** Offsets as the form shows and reads them back: `30d, 14d, 7d, 3d, 1d, 3h`. */
export function reminderOffsetsText(offsets: ReminderOffsets): string {
  return [
    ...offsets.days.map((days) => `${days}d`),
    ...offsets.hours.map((hours) => `${hours}h`),
  ].join(', ');
}
