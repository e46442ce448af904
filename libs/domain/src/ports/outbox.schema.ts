import { z } from 'zod';
import { EventTiming } from '../event';
import { Locale } from '../locale';
import { ChatPlatform } from '../platform';
import type { AnnouncementSubject, OutboxMessage } from './outbox';

const Id = z.string().min(1).max(200);

/** A deadline as people set it: `YYYY-MM-DDTHH:mm` in its zone. */
export const LocalDeadlineSchema = z.object({
  local: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
  timeZone: z.string().min(1).max(100),
});

/** `AnnouncementSubject` as zod. */
export const AnnouncementSubjectSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('event-announcement'), eventId: Id }),
  z.object({ type: z.literal('document-announcement'), documentId: Id }),
  z.object({
    type: z.literal('grant-announcement'),
    grantId: Id,
    change: z.enum(['added', 'extended']),
  }),
]);

/** The `grant-call-changed` outbox message. */
export const GrantCallChangedSchema = z.object({
  type: z.literal('grant-call-changed'),
  grantId: Id,
  change: z.enum(['added', 'edited', 'extended', 'closed', 'removed', 'followers', 'reminders']),
  previousDeadline: LocalDeadlineSchema.exactOptional(),
});

/** The `announce` outbox message. */
export const AnnounceSchema = z.object({
  type: z.literal('announce'),
  subject: AnnouncementSubjectSchema,
});

/** The `calendar-write` outbox message. */
export const CalendarWriteSchema = z.object({
  type: z.literal('calendar-write'),
  eventId: Id,
  action: z.enum(['insert', 'patch', 'cancel']),
  revision: z.number().int().nonnegative(),
});

/** `EventChange` as zod. */
export const EventChangeSchema = z.discriminatedUnion('what', [
  z.object({
    what: z.literal('moved'),
    from: EventTiming,
    to: EventTiming,
    version: z.string().min(1).max(100),
  }),
  z.object({ what: z.literal('cancelled'), version: z.string().min(1).max(100) }),
]);

/** The `event-changed` outbox message (`change` absent in older messages and for answers). */
export const EventChangedSchema = z.object({
  type: z.literal('event-changed'),
  eventId: z.string().min(1).max(1024),
  change: EventChangeSchema.exactOptional(),
});

/** The `free-slots` outbox message: the job's data as it will be queued, with its type. */
export const FreeSlotsAskedSchema = z.object({
  type: z.literal('free-slots'),
  key: z.string().min(1).max(500),
  platform: ChatPlatform,
  workspaceId: Id,
  coordinator: z.object({ userId: Id, timeZone: z.string().min(1).max(100), locale: Locale }),
  lengthMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60),
  invitees: z.array(Id).max(25),
  askedAt: z.iso.datetime(),
});

/** `OutboxMessage` as zod: the store parses each row's jsonb with it before handing it on. */
export const OutboxMessageSchema = z.discriminatedUnion('type', [
  GrantCallChangedSchema,
  AnnounceSchema,
  CalendarWriteSchema,
  EventChangedSchema,
  FreeSlotsAskedSchema,
]);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails to compile if the schemas and the types drift apart. */
const schemaMatchesType: Same<z.infer<typeof OutboxMessageSchema>, OutboxMessage> = true;
const subjectMatchesType: Same<
  z.infer<typeof AnnouncementSubjectSchema>,
  AnnouncementSubject
> = true;
void schemaMatchesType;
void subjectMatchesType;
