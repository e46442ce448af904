import { z } from 'zod';
import { Locale, TimeZone } from '@glokal/domain';

const planned = {
  key: z.string().min(1).max(500),
  eventId: z.string().min(1).max(1024),
  /** The start it was planned for, so the job can tell when the event has moved since. */
  start: z.iso.datetime(),
  offsetHours: z.number().int().positive(),
  at: z.iso.datetime(),
};

/** One planned reminder of an event, due at `at`, to one person going. */
export const EventReminderJob = z.object({
  ...planned,
  person: z.object({ personId: z.string().min(1), timeZone: TimeZone, locale: Locale }),
});
export type EventReminderJob = z.infer<typeof EventReminderJob>;

/** The "starting in 1 hour" note of a meeting to the channels it was announced in. */
export const StartingSoonNoteJob = z.object({
  ...planned,
  audience: z.literal('announcement-channels'),
});
export type StartingSoonNoteJob = z.infer<typeof StartingSoonNoteJob>;

/** What the event reminder queue carries: reminders to people, and notes to channels. */
export const EventReminderQueueJob = z.union([EventReminderJob, StartingSoonNoteJob]);
export type EventReminderQueueJob = z.infer<typeof EventReminderQueueJob>;
