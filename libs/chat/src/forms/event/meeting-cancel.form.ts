import { z } from 'zod';
import type { ClusterEvent } from '@glokal/domain';
import type { FormDefinition, FormField, FormOutcome } from '../form';
import { fieldsFor } from '../fields';
import { translatorFor } from '../../people';
import { writeFromChat } from '../../writes/write';
import { calendarWrite, eventChanged } from './meeting-writes';
import { meetingDone, meetingRefused } from './meeting-reply';

const reason: FormField = {
  name: 'reason',
  kind: 'long-text',
  required: false,
  label: 'meetings:reason.label',
  hint: 'meetings:reason.hint',
  maxLength: 1000,
};

type Result =
  | { type: 'gone' }
  | { type: 'from-google'; event: ClusterEvent }
  | { type: 'already'; event: ClusterEvent }
  | { type: 'cancelled'; event: ClusterEvent };

/**
 * "Cancel" on a meeting's reply (coordinators, meetings scheduled from Glokal): a form that
 * asks to confirm (with a reason for the history, if any). The meeting is kept, cancelled, with
 * the next revision and a `calendar-write` cancel; cancelling it again changes nothing.
 */
export const meetingCancelForm: FormDefinition<{ reason: string | undefined }> = {
  id: 'meeting-cancel',
  audience: 'coordinator',
  title: 'meetings:cancel_title',
  submit: 'meetings:cancel_submit',
  sections: [[reason]],
  schema: (context) => z.object({ reason: fieldsFor(context).optionalText(1000) }),
  async apply(input, subject, context, deps): Promise<FormOutcome> {
    const at = deps.clock.now();
    const result = await writeFromChat<Result>(context.requester, deps, async (store) => {
      const before = subject ? await store.events.byId(subject) : undefined;
      if (!before) return { result: { type: 'gone' } };
      if (before.source !== 'glokal') return { result: { type: 'from-google', event: before } };
      if (before.status === 'cancelled') return { result: { type: 'already', event: before } };
      const revision = (before.revision ?? 1) + 1;
      const after: ClusterEvent = {
        ...before,
        status: 'cancelled',
        revision,
        updatedAt: at.toISOString(),
      };
      await store.events.upsert([after]);
      return {
        result: { type: 'cancelled', event: after },
        record: {
          audit: {
            action: 'event.cancel',
            subject: before.id,
            before,
            after,
            ...(input.reason ? { detail: { reason: input.reason } } : {}),
          },
          tell: [
            calendarWrite({ id: after.id, revision }, 'cancel'),
            eventChanged(before, { ...after, revision }),
          ],
        },
      };
    });
    const t = translatorFor(context);
    switch (result.type) {
      case 'gone':
        return meetingRefused(context, { gone: subject ?? '' });
      case 'from-google':
        return meetingRefused(context, { fromGoogle: result.event });
      case 'already':
        return meetingDone(
          result.event,
          t.t('meetings:already_cancelled', { title: result.event.title }),
          context,
          deps,
        );
      case 'cancelled':
        return meetingDone(
          result.event,
          t.t('meetings:cancelled', { title: result.event.title }),
          context,
          deps,
        );
    }
  },
};
