import { z } from 'zod';
import {
  AnnounceSchema,
  CalendarWriteSchema,
  EventChangedSchema,
  GrantCallChangedSchema,
} from '@glokal/domain';

/** Move the store's pending outbox messages to their queues. */
export const OutboxRelayJob = z.object({
  reason: z.enum(['schedule', 'start', 'manual']).default('schedule'),
});
export type OutboxRelayJob = z.infer<typeof OutboxRelayJob>;

/** Claim and queue the deliveries of one announcement (the outbox's `announce` message). */
export const AnnounceJob = AnnounceSchema;
export type AnnounceJob = z.infer<typeof AnnounceJob>;

/** React to a grant call's change (the outbox's `grant-call-changed` message). */
export const GrantCallChangedJob = GrantCallChangedSchema;
export type GrantCallChangedJob = z.infer<typeof GrantCallChangedJob>;

/** Write a meeting to the shared Google Calendar (the outbox's `calendar-write` message). */
export const CalendarWriteJob = CalendarWriteSchema;
export type CalendarWriteJob = z.infer<typeof CalendarWriteJob>;

/** Re-plan an event's reminders (the outbox's `event-changed` message). */
export const EventChangedJob = EventChangedSchema;
export type EventChangedJob = z.infer<typeof EventChangedJob>;
