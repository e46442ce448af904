import { z } from 'zod';
import type { OutboxMessage } from './outbox';

const Id = z.string().min(1).max(200);

/** `OutboxMessage` as zod: the store parses each row's jsonb with it before handing it on. */
export const OutboxMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('grant-call-changed'),
    grantId: Id,
    change: z.enum(['added', 'edited', 'extended', 'closed', 'removed']),
    previousDeadline: z
      .object({
        local: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
        timeZone: z.string().min(1).max(100),
      })
      .exactOptional(),
  }),
  z.object({
    type: z.literal('announce'),
    subject: z.discriminatedUnion('type', [
      z.object({ type: z.literal('event-announcement'), eventId: Id }),
      z.object({ type: z.literal('document-announcement'), documentId: Id }),
      z.object({
        type: z.literal('grant-announcement'),
        grantId: Id,
        change: z.enum(['added', 'extended']),
      }),
    ]),
  }),
]);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails to compile if the schema and the `OutboxMessage` type drift apart. */
const schemaMatchesType: Same<z.infer<typeof OutboxMessageSchema>, OutboxMessage> = true;
void schemaMatchesType;
