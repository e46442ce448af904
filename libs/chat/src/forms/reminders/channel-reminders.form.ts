import {
  ChatPlatform,
  defaultOffsets,
  type ReminderOffsets,
  type Subscription,
} from '@glokal/domain';
import type { FormDefinition, FormOutcome } from '../form';
import { translatorFor } from '../../people';
import { reply } from '../../reply';
import { notice } from '../../replies/notice';
import { writeFromChat } from '../../writes/write';
import { replanOpenCalls } from '../../writes/replan-open-calls';
import { offsetsField, offsetsInput, offsetsSaid, offsetsValue } from './offsets-field';

/** The form's subject: the channel, as `platform:channelId`. */
export const channelSubject = (channel: Pick<Subscription, 'platform' | 'channelId'>) =>
  `${channel.platform}:${channel.channelId}`;

function channelOf(subject: string | undefined) {
  const [platform, ...rest] = (subject ?? '').split(':');
  const parsed = ChatPlatform.safeParse(platform);
  const channelId = rest.join(':');
  return parsed.success && channelId ? { platform: parsed.data, channelId } : undefined;
}

/**
 * "Reminders" on a `subscribe grants` reply (coordinators): when this channel's deadline
 * reminders go out, for calls without offsets of their own. Saving re-plans every open call.
 */
export const channelRemindersForm: FormDefinition<{ offsets: ReminderOffsets | undefined }> = {
  id: 'channel-reminders',
  audience: 'coordinator',
  title: 'forms:reminders.channel_title',
  submit: 'forms:reminders.submit',
  sections: [[offsetsField('channel')]],
  schema: () => offsetsInput,
  async initial(subject, deps) {
    const channel = channelOf(subject);
    const subscription = channel ? await deps.store.subscriptions.forChannel(channel) : undefined;
    return subscription ? { offsets: offsetsValue(subscription.reminderOffsets) } : undefined;
  },
  async apply(input, subject, context, deps): Promise<FormOutcome> {
    const t = translatorFor(context);
    const at = deps.clock.now();
    const channel = channelOf(subject);
    const after = await writeFromChat(context.requester, deps, async (store) => {
      const before = channel ? await store.subscriptions.forChannel(channel) : undefined;
      if (!channel || !before?.topics.includes('grants')) return { result: undefined };
      const changed = await store.subscriptions.setReminderOffsets(channel, input.offsets);
      return {
        result: changed,
        record: {
          audit: {
            action: 'subscription.reminders',
            subject: channelSubject(channel),
            before,
            ...(changed ? { after: changed } : {}),
          },
          tell: await replanOpenCalls(store, {
            channel: channelSubject(channel),
            change: `offsets=${offsetsValue(input.offsets) || 'default'}`,
            at,
          }),
        },
      };
    });
    if (!after) return { type: 'refused', reply: notice(t, t.t('forms:reminders.not_subscribed')) };
    return {
      type: 'done',
      reply: reply({
        title: t.t('settings:subscriptions_title'),
        summary: t.t('forms:reminders.channel_done', {
          offsets: offsetsSaid(after.reminderOffsets, defaultOffsets, t),
        }),
      }),
    };
  },
};
