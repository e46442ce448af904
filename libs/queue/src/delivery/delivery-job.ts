import { z } from 'zod';
import { ChatPlatform, EventChangeSchema, Locale, LocalDeadlineSchema } from '@glokal/domain';
import { IsoWeek } from '../definitions/digest-jobs';

/**
 * What a delivery says, by reference: the consuming chat app reads the subject from the store
 * and builds the reply with `@glokal/chat` in the channel's language when it sends, so a
 * message is never stale and the worker never renders for a platform.
 */
export const DeliveryMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('event-announcement'), eventId: z.string().min(1) }),
  z.object({ type: z.literal('document-announcement'), documentId: z.string().min(1) }),
  z.object({
    type: z.literal('grant-announcement'),
    grantId: z.string().min(1),
    change: z.enum(['added', 'extended']),
    /** For an extension: the deadline it moved from and to, as they were when it was made. */
    extension: z.object({ from: LocalDeadlineSchema, to: LocalDeadlineSchema }).optional(),
    /** Sent to a follower by DM: read in their zone, with Unfollow instead of Follow. */
    follower: z.object({ viewerZone: z.string().min(1) }).optional(),
  }),
  z.object({
    type: z.literal('grant-reminder'),
    grantId: z.string().min(1),
    which: z.enum(['deadline', 'internal']),
    /** The deadline the reminder was planned for (a stale one is not sent). */
    deadline: LocalDeadlineSchema,
    /** Sent after its time because the worker was down: it says so. */
    late: z.boolean(),
    /** The reader's zone (a person's); channels read the cluster's. */
    viewerZone: z.string().min(1).optional(),
  }),
  z.object({
    type: z.literal('event-reminder'),
    eventId: z.string().min(1),
    /** The start the reminder was planned for (a moved event's is not sent). */
    start: z.iso.datetime(),
    /** How many hours before the start it was planned: "starts in 1 hour". */
    offsetHours: z.number().int().positive(),
    /** The person's zone, the times are read in (a channel's note: the cluster's). */
    viewerZone: z.string().min(1),
    /** The starting-soon note to an announcement channel, rather than a person's reminder. */
    toChannel: z.boolean().optional(),
  }),
  z.object({
    /**
     * An event someone answered Going or Maybe to moved or was cancelled, told by DM. Not sent
     * when the event has changed again since (a later change has its own notice).
     */
    type: z.literal('event-change-notice'),
    eventId: z.string().min(1),
    change: EventChangeSchema,
    /** The person's zone, the times are read in. */
    viewerZone: z.string().min(1),
  }),
  z.object({
    /** A place given from the waiting list, told by DM to whom it was given. */
    type: z.literal('waiting-list-place'),
    eventId: z.string().min(1),
    /** The person's zone, the times are read in. */
    viewerZone: z.string().min(1),
  }),
  z.object({
    /**
     * Free times found for a coordinator, by DM. Not a reference: the times are what Google's
     * free/busy said when they were asked, so the message carries them (instants, UTC).
     */
    type: z.literal('free-slots'),
    lengthMinutes: z.number().int().positive(),
    viewerZone: z.string().min(1),
    slots: z
      .array(
        z.object({
          start: z.iso.datetime(),
          end: z.iso.datetime(),
          /** Titles of the cluster events it overlaps; '' for a busy time of no known event. */
          clashes: z.array(z.string().max(500)).max(20),
        }),
      )
      .max(10),
    /** Why there are no slots. */
    problem: z.enum(['longer-than-working-day', 'none-free']).optional(),
    workingDayMinutes: z.number().int().positive().optional(),
    /** Invitees whose free/busy could not be asked. */
    notChecked: z.number().int().nonnegative(),
    calendarChecked: z.boolean(),
  }),
  z.object({
    type: z.literal('weekly-digest'),
    /** The ISO week (`2026-W44`) in the cluster's zone; the digest is read for it when sent. */
    week: IsoWeek,
  }),
]);
export type DeliveryMessage = z.infer<typeof DeliveryMessage>;

/** One outbound chat message. `key` is unique per message: the job id and the store's key. */
export const DeliveryJob = z.object({
  key: z.string().min(1).max(500),
  platform: ChatPlatform,
  workspaceId: z.string().min(1),
  channelId: z.string().min(1),
  locale: Locale,
  message: DeliveryMessage,
  /**
   * A direct message: `channelId` is the person's platform user id, and the chat app opens its
   * conversation with them (Slack `conversations.open`, Discord `POST /users/@me/channels`).
   */
  directMessage: z.literal(true).optional(),
  /**
   * Edit, not post: the message already posted (Slack `ts`, Discord message id) in `channelId`
   * is rendered again from the store and replaced (an announcement's live answer counts). An
   * edit shows what is stored when it runs, so doing it twice is harmless.
   */
  edit: z.object({ messageId: z.string().min(1).max(100) }).optional(),
});
export type DeliveryJob = z.infer<typeof DeliveryJob>;
