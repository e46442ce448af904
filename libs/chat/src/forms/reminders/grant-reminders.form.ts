import { defaultOffsets, type GrantCall, type ReminderOffsets } from '@glokal/domain';
import type { FormDefinition, FormOutcome } from '../form';
import { translatorFor } from '../../people';
import { notice } from '../../replies/notice';
import { writeFromChat } from '../../writes/write';
import { callChanged } from '../grant/grant-changes';
import { grantDone } from '../grant/grant-reply';
import { offsetsField, offsetsInput, offsetsSaid, offsetsValue } from './offsets-field';

/** The call with these offsets of its own, or none (the channels' and the default apply). */
function withOffsets(call: GrantCall, offsets: ReminderOffsets | undefined): GrantCall {
  const { reminderOffsets: _previous, ...rest } = call;
  return offsets
    ? { ...rest, reminderOffsets: { days: [...offsets.days], hours: [...offsets.hours] } }
    : rest;
}

/**
 * "Reminders" on a call's reply (coordinators): when this call's deadline reminders go out, for
 * every channel and follower. Saving re-plans them at once (old ones are taken off the queue).
 */
export const grantRemindersForm: FormDefinition<{ offsets: ReminderOffsets | undefined }> = {
  id: 'grant-reminders',
  audience: 'coordinator',
  title: 'forms:reminders.call_title',
  submit: 'forms:reminders.submit',
  sections: [[offsetsField('call')]],
  schema: () => offsetsInput,
  async initial(subject, deps) {
    const call = await deps.store.grants.byId(subject);
    return call ? { offsets: offsetsValue(call.reminderOffsets) } : undefined;
  },
  async apply(input, subject, context, deps): Promise<FormOutcome> {
    const t = translatorFor(context);
    const at = deps.clock.now();
    const after = await writeFromChat(context.requester, deps, async (store) => {
      const before = subject ? await store.grants.byId(subject) : undefined;
      if (!before) return { result: undefined };
      const changed = withOffsets(before, input.offsets);
      await store.grants.upsert([changed]);
      return {
        result: changed,
        record: {
          audit: { action: 'grant.reminders', subject: before.id, before, after: changed },
          tell: [callChanged(before, changed, at)],
        },
      };
    });
    if (!after)
      return {
        type: 'refused',
        reply: notice(t, t.t('forms:refused.gone', { subject: subject ?? '' }), {
          refusal: 'not-found',
        }),
      };
    const note = t.t('forms:reminders.call_done', {
      title: after.title,
      offsets: offsetsSaid(after.reminderOffsets, defaultOffsets, t),
    });
    return grantDone(after, note, context, deps);
  },
};
