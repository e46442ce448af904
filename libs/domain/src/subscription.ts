import { z } from 'zod';
import { ChatPlatform } from './platform';
import { Locale } from './locale';
import { ReminderOffsetsSchema } from './reminders/reminder-offsets';

export const topics = ['events', 'grants', 'docs', 'digest'] as const;
export const Topic = z.enum(topics);
export type Topic = z.infer<typeof Topic>;

/** A channel that receives news on some topics, in one language. */
export const Subscription = z.object({
  platform: ChatPlatform,
  /** Slack team id or Discord guild id. */
  workspaceId: z.string().min(1),
  channelId: z.string().min(1),
  topics: z.array(Topic).min(1),
  locale: Locale,
  /** When this channel's grant-deadline reminders go out, if a coordinator chose (else the default). */
  reminderOffsets: ReminderOffsetsSchema.optional(),
});
export type Subscription = z.infer<typeof Subscription>;
