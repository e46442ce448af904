import { z } from 'zod';
import { ChatPlatform, Locale, TimeZone } from '@glokal/domain';

/**
 * A coordinator asked for free times for a meeting (the `free-slots` queue): who asked (the
 * answer goes to them by DM, in their zone and language), how long the meeting is, and whom
 * it invites (platform user ids; those whose e-mail Glokal knows are asked of free/busy).
 * `key` is unique per request: the answer's delivery key, so a retried job answers once.
 */
export const FreeSlotsJob = z.object({
  key: z.string().min(1).max(500),
  platform: ChatPlatform,
  workspaceId: z.string().min(1).max(200),
  coordinator: z.object({
    userId: z.string().min(1).max(200),
    timeZone: TimeZone,
    locale: Locale,
  }),
  lengthMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60),
  invitees: z.array(z.string().min(1).max(200)).max(25),
  /** When the coordinator asked: slots start after it. */
  askedAt: z.iso.datetime(),
});
export type FreeSlotsJob = z.infer<typeof FreeSlotsJob>;
