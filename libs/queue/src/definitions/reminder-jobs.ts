import { z } from 'zod';
import { ChatPlatform, Locale, LocalDeadlineSchema, TimeZone } from '@glokal/domain';

export const ReminderTargetSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('channel'),
    platform: ChatPlatform,
    workspaceId: z.string().min(1),
    channelId: z.string().min(1),
    locale: Locale,
  }),
  z.object({
    kind: z.literal('person'),
    personId: z.string().min(1),
    timeZone: TimeZone,
    locale: Locale,
  }),
]);

/**
 * One planned reminder of a grant call, due at `at`: the plan it was made from (the deadline
 * as it was, the offset, the target), so the job can tell when it has gone stale.
 */
export const GrantReminderJob = z.object({
  key: z.string().min(1).max(500),
  grantId: z.string().min(1),
  which: z.enum(['deadline', 'internal']),
  deadline: LocalDeadlineSchema,
  offset: z.object({ unit: z.enum(['days', 'hours']), amount: z.number().int().positive() }),
  target: ReminderTargetSchema,
  at: z.iso.datetime(),
});
export type GrantReminderJob = z.infer<typeof GrantReminderJob>;

/**
 * A check that the reminders promised have gone out: run every minute by its scheduler; the
 * first run in a worker process, after a gap, or after Redis lost the queue catches up.
 */
export const ReminderCheckJob = z.object({
  reason: z.enum(['schedule', 'manual']).default('schedule'),
});
export type ReminderCheckJob = z.infer<typeof ReminderCheckJob>;
