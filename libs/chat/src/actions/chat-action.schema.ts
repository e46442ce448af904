import { z } from 'zod';
import { RsvpAnswer } from '@glokal/domain';
import type { ChatAction } from '../reply';

const OptionValue = z.union([z.string().max(200), z.number().finite()]);

/** `ChatAction` as zod, to check what comes back from a button before acting on it. */
export const ChatActionSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('run'),
    command: z.string().min(1).max(40),
    options: z.record(z.string().regex(/^[a-z_]{1,32}$/), OptionValue),
    page: z.number().int().min(1).max(100_000),
  }),
  z.object({ type: z.literal('attend'), eventId: z.string().min(1).max(100), answer: RsvpAnswer }),
  z.object({
    type: z.literal('attendees'),
    eventId: z.string().min(1).max(100),
    page: z.number().int().min(1).max(100_000),
  }),
  z.object({ type: z.literal('attendees-csv'), eventId: z.string().min(1).max(100) }),
  z.object({
    type: z.literal('follow'),
    grantId: z.string().min(1).max(100),
    following: z.boolean(),
  }),
  z.object({ type: z.literal('share') }),
  z.object({ type: z.literal('set-locale'), locale: z.enum(['pl', 'en']) }),
  z.object({
    type: z.literal('open-form'),
    form: z.string().regex(/^[a-z-]{1,32}$/),
    subject: z.string().min(1).max(64).optional(),
    section: z.number().int().min(0).max(9),
  }),
  z.object({ type: z.literal('close-grant'), grantId: z.string().min(1).max(64) }),
  z.object({ type: z.literal('renew-feed') }),
  z.object({ type: z.literal('retry-calendar-write'), eventId: z.string().min(1).max(100) }),
]);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails to compile if the schema and the `ChatAction` type drift apart. */
const schemaMatchesType: Same<z.infer<typeof ChatActionSchema>, ChatAction> = true;
void schemaMatchesType;
