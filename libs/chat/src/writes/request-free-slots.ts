import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  ChatPlatform,
  type FreeSlotsAsked,
  type MessageValues,
  type OutboxMessage,
} from '@glokal/domain';
import type { ChatDeps } from '../command';
import type { FieldError, FieldValue, FormContext, FormOutcome } from '../forms/form';
import { fieldsFor } from '../forms/fields';
import { MAX_INVITEES } from '../forms/event/meeting-fields';
import { coordinatorRefusal } from '../forms/refusals';
import { translatorFor } from '../people';
import { notice } from '../replies/notice';
import { reply } from '../reply';
import { writeFromChat } from './write';

/** The lengths the worker looks for (its `FreeSlotsJob`): five minutes to a day. */
export const SLOT_MINUTES = { min: 5, max: 24 * 60 } as const;

/** What a coordinator asks free times for: the meeting's length as typed, and its invitees. */
export interface FreeSlotsAsk {
  duration: FieldValue | undefined;
  invitees: FieldValue | undefined;
}

/** The length read as the meeting form reads it, and the invitees as its people field does. */
function askSchema(context: FormContext) {
  const f = fieldsFor(context);
  return z.object({
    duration: f
      .durationMinutes(true)
      // A length that could not be read is already the field's error: only a number is checked.
      .refine(
        (minutes) =>
          typeof minutes !== 'number' ||
          (minutes >= SLOT_MINUTES.min && minutes <= SLOT_MINUTES.max),
        { message: 'slots:error.length_range' },
      ),
    invitees: f.people(MAX_INVITEES),
  });
}

/**
 * The request's key: who asks, for how long, whom, in which minute. A double click (or the same
 * request again within the minute) is the same key, so one outbox row, one job and one DM.
 */
function requestKey(request: Omit<FreeSlotsAsked, 'key' | 'askedAt'>, at: Date): string {
  const whom = createHash('sha256')
    .update([...request.invitees].sort().join(','))
    .digest('hex')
    .slice(0, 16);
  const minute = at.toISOString().slice(0, 16);
  return `free-slots:${request.platform}:${request.coordinator.userId}:${request.lengthMinutes}:${whom}:${minute}`;
}

/**
 * A coordinator asks for free times for a meeting. Plain members are refused and nothing is
 * written; a length that cannot be read (or is under five minutes or over a day) is the
 * duration field's error. Otherwise a `free-slots` outbox message is recorded with its audit
 * entry, the worker is woken, and the answer says at once that the times come by DM: nothing
 * here waits for Google.
 */
export async function requestFreeSlots(
  ask: FreeSlotsAsk,
  context: FormContext,
  deps: ChatDeps,
): Promise<FormOutcome> {
  const t = translatorFor(context);
  const refused = coordinatorRefusal(
    'coordinator',
    context.requester,
    t,
    t.t('slots:suggest'),
  );
  if (refused) return { type: 'refused', reply: refused };
  const platform = ChatPlatform.safeParse(context.requester.platform);
  // Only Slack and Discord can carry the answer by DM.
  if (!platform.success) return { type: 'refused', reply: notice(t, t.t('slots:only_chat')) };

  const read = askSchema(context).safeParse(ask);
  if (!read.success) {
    const errors: FieldError[] = read.error.issues.map((issue) => ({
      field: String(issue.path[0] ?? 'duration'),
      message: issue.message as FieldError['message'],
      values: {
        text: typeof ask.duration === 'string' ? ask.duration : '',
        ...('params' in issue ? (issue.params as MessageValues) : {}),
      },
    }));
    return { type: 'invalid', errors };
  }
  const { duration, invitees } = read.data;
  const at = deps.clock.now();
  const asked = {
    platform: platform.data,
    workspaceId: context.conversation.workspaceId,
    coordinator: {
      userId: context.requester.userId,
      timeZone: context.timeZone,
      locale: context.locale,
    },
    lengthMinutes: duration ?? 60,
    invitees: invitees.filter((id) => id !== context.requester.userId),
  };
  const key = requestKey(asked, at);
  const message: OutboxMessage = { type: 'free-slots', key, ...asked, askedAt: at.toISOString() };
  await writeFromChat(context.requester, deps, async () => ({
    result: undefined,
    record: {
      audit: {
        action: 'meeting.free-slots',
        subject: key,
        after: { lengthMinutes: asked.lengthMinutes, invitees: asked.invitees },
      },
      tell: [{ key, message }],
    },
  }));
  return {
    type: 'done',
    reply: reply({
      title: t.t('slots:asked_title'),
      summary: t.t('slots:asked', { minutes: asked.lengthMinutes }),
    }),
  };
}
