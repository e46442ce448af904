import { z } from 'zod';
import { Locale, TimeZone } from '@glokal/domain';

/**
 * One planned reminder of an event, due at `at`, to one person going: the start it was planned
 * for, so the job can tell when the event has moved since.
 */
export const EventReminderJob = z.object({
  key: z.string().min(1).max(500),
  eventId: z.string().min(1).max(1024),
  start: z.iso.datetime(),
  offsetHours: z.number().int().positive(),
  person: z.object({ personId: z.string().min(1), timeZone: TimeZone, locale: Locale }),
  at: z.iso.datetime(),
});
export type EventReminderJob = z.infer<typeof EventReminderJob>;
