import {
  ChatPlatform,
  topics,
  type Subscription,
  type Topic,
  type Translator,
} from '@glokal/domain';
import type { Command } from '../command';
import { reply, type Reply } from '../reply';
import { optionText } from '../option-values';
import { translatorFor } from '../people';
import { notice } from '../replies/notice';
import { localeFromWord, topicFromWord } from '../words';
import { writeFromChat } from '../writes/write';
import { replanOpenCalls } from '../writes/replan-open-calls';
import { channelSubject } from '../forms/reminders/channel-reminders.form';
import { canEncodeAction } from '../actions/action-codec';

export const topicChoices = [
  { value: 'events', pl: 'wydarzenia' },
  { value: 'grants', pl: 'granty' },
  { value: 'docs', pl: 'dokumenty', en: 'documents' },
  { value: 'digest', pl: 'podsumowanie' },
] as const satisfies readonly { value: Topic; pl: string; en?: string }[];

function topicList(subscription: Pick<Subscription, 'topics'>, t: Translator): string {
  return topics
    .filter((topic) => subscription.topics.includes(topic))
    .map((topic) => t.t(`settings:topic.${topic}`))
    .join(', ');
}

/** Subscriptions are per channel of Slack or Discord; the console has none. */
function channelOf(request: Parameters<Command['handle']>[0]) {
  const platform = ChatPlatform.safeParse(request.requester.platform);
  if (!platform.success) return undefined;
  return {
    platform: platform.data,
    workspaceId: request.conversation.workspaceId,
    channelId: request.conversation.channelId,
  };
}

function readTopic(
  request: Parameters<Command['handle']>[0],
  t: Translator,
  example: string,
): Topic | Reply {
  const text = optionText(request, 'topic');
  if (!text) return notice(t, t.t('settings:need_topic'), { example });
  return topicFromWord(text) ?? notice(t, t.t('settings:bad_topic', { text }), { example });
}

/** `subscribe <topic> [language]` (coordinators): this channel gets news on the topic. */
export const subscribeCommand: Command = {
  name: 'subscribe',
  namePl: 'subskrybuj',
  audience: 'coordinator',
  writes: true,
  aliases: ['subskrybuj', 'obserwuj'],
  options: [
    { name: 'topic', namePl: 'temat', type: 'string', required: true, choices: topicChoices },
    {
      name: 'language',
      namePl: 'język',
      type: 'string',
      required: false,
      choices: [
        { value: 'pl', pl: 'polski', en: 'Polish' },
        { value: 'en', pl: 'angielski', en: 'English' },
      ],
    },
  ],
  async handle(request, deps) {
    const t = translatorFor(request);
    const example = t.t('commands:subscribe.example');
    const topic = readTopic(request, t, example);
    if (typeof topic !== 'string') return topic;
    const languageText = optionText(request, 'language');
    const locale = languageText ? localeFromWord(languageText) : request.locale;
    if (!locale)
      return notice(t, t.t('settings:bad_language', { text: languageText ?? '' }), { example });
    const channel = channelOf(request);
    if (!channel) return notice(t, t.t('settings:channel_only'));
    const subscription = await writeFromChat(request.requester, deps, async (store) => {
      const before = await store.subscriptions.forChannel(channel);
      const after = await store.subscriptions.subscribe({ ...channel, locale }, [topic]);
      // A channel new to `grants` is reminded of the calls already open, not only of later ones.
      const newToGrants = topic === 'grants' && !before?.topics.includes('grants');
      const at = deps.clock.now();
      return {
        result: after,
        record: {
          audit: {
            action: 'subscription.add',
            subject: channelSubject(channel),
            ...(before ? { before } : {}),
            after,
          },
          ...(newToGrants
            ? {
                tell: await replanOpenCalls(store, {
                  channel: channelSubject(channel),
                  change: 'subscribed',
                  at,
                }),
              }
            : {}),
        },
      };
    });
    const key = subscription.locale === 'en' ? 'settings:subscribed_en' : 'settings:subscribed';
    return reply({
      title: t.t('settings:subscriptions_title'),
      summary: t.t(key, { topics: topicList(subscription, t) }),
      actions: subscription.topics.includes('grants')
        ? [
            {
              label: t.t('forms:reminders.button'),
              action: {
                type: 'open-form' as const,
                form: 'channel-reminders',
                subject: channelSubject(channel),
                section: 0,
              },
            },
          ].filter((button) => canEncodeAction(button.action))
        : [],
    });
  },
};

/** `unsubscribe <topic>` (coordinators): this channel stops getting news on the topic. */
export const unsubscribeCommand: Command = {
  name: 'unsubscribe',
  namePl: 'odsubskrybuj',
  audience: 'coordinator',
  writes: true,
  aliases: ['anuluj', 'wypisz'],
  options: [
    { name: 'topic', namePl: 'temat', type: 'string', required: true, choices: topicChoices },
  ],
  async handle(request, deps) {
    const t = translatorFor(request);
    const topic = readTopic(request, t, t.t('commands:unsubscribe.example'));
    if (typeof topic !== 'string') return topic;
    const channel = channelOf(request);
    if (!channel) return notice(t, t.t('settings:channel_only'));
    const title = t.t('settings:subscriptions_title');
    const before = await deps.store.subscriptions.forChannel(channel);
    if (!before?.topics.includes(topic)) {
      return reply({
        title,
        summary: t.t('settings:not_subscribed', { topic: t.t(`settings:topic.${topic}`) }),
        tone: 'notice',
      });
    }
    const after = await writeFromChat(request.requester, deps, async (store) => {
      const left = await store.subscriptions.unsubscribe(channel, [topic]);
      return {
        result: left,
        record: {
          audit: {
            action: 'subscription.remove',
            subject: `${channel.platform}:${channel.channelId}`,
            before,
            ...(left ? { after: left } : {}),
          },
        },
      };
    });
    const remaining =
      after && after.topics.length > 0
        ? t.t('settings:remaining', { topics: topicList(after, t) })
        : t.t('settings:nothing_left');
    return reply({
      title,
      summary: `${t.t('settings:unsubscribed', { topic: t.t(`settings:topic.${topic}`) })}\n${remaining}`,
    });
  },
};
