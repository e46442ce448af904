import { z } from 'zod';
import { Locale, TimeZone } from './locale';

/** Someone who talks to Glokal, with their chat identities and preferences. */
export const Person = z.object({
  id: z.string().min(1),
  displayName: z.string().trim().min(1).max(200),
  slackUserId: z.string().min(1).optional(),
  discordUserId: z.string().min(1).optional(),
  organisationId: z.string().min(1).optional(),
  /** Chosen by the person (`/glokal settings`); unset means "ask the platform". */
  locale: Locale.optional(),
  timeZone: TimeZone.optional(),
  isCoordinator: z.boolean().default(false),
});
export type Person = z.infer<typeof Person>;
