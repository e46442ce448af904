import { defaultOffsets, topics, type Subscription, type Translator } from '@glokal/domain';
import { reply, type Reply, type ReplyAction } from '../reply';
import { canEncodeAction } from '../actions/action-codec';
import { channelSubject } from '../forms/reminders/channel-reminders.form';
import { offsetsSaid } from '../forms/reminders/offsets-field';

/** A channel's topics in the order `topics` lists them, in `t`'s language. */
export function topicList(subscription: Pick<Subscription, 'topics'>, t: Translator): string {
  return topics
    .filter((topic) => subscription.topics.includes(topic))
    .map((topic) => t.t(`settings:topic.${topic}`))
    .join(', ');
}

/** "Reminders" (the channel's deadline reminder times), for a channel that gets grant calls. */
function remindersButton(subscription: Subscription | undefined, t: Translator): ReplyAction[] {
  if (!subscription?.topics.includes('grants')) return [];
  const button: ReplyAction = {
    label: t.t('forms:reminders.button'),
    action: {
      type: 'open-form',
      form: 'channel-reminders',
      subject: channelSubject(subscription),
      section: 0,
    },
  };
  return canEncodeAction(button.action) ? [button] : [];
}

/**
 * What a channel gets: its topics and their language, for `grants` when its deadline
 * reminders go out (its own times, or the default) and the Reminders button. `said` is what
 * a write just did ("This channel now gets …"), shown instead of the plain topic line.
 */
export function subscriptionsReply(
  subscription: Subscription | undefined,
  t: Translator,
  said?: readonly string[],
): Reply {
  const lines = subscription
    ? [
        ...(said ?? [
          t.t(subscription.locale === 'en' ? 'settings:gets_en' : 'settings:gets', {
            topics: topicList(subscription, t),
          }),
        ]),
        ...(subscription.topics.includes('grants')
          ? [
              t.t('forms:reminders.channel_done', {
                offsets: offsetsSaid(subscription.reminderOffsets, defaultOffsets, t),
              }),
            ]
          : []),
      ]
    : [t.t('settings:gets_nothing')];
  return reply({
    title: t.t('settings:subscriptions_title'),
    summary: lines.join('\n'),
    actions: remindersButton(subscription, t),
  });
}
