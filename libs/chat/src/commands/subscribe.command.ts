import { ChatPlatform, type Topic, type Translator } from '@glokal/domain';
import type { Command } from '../command';
import { reply, type Reply } from '../reply';
import { optionText } from '../option-values';
import { translatorFor } from '../people';
import { notice } from '../replies/notice';
import { subscriptionsReply, topicList } from '../replies/subscriptions-reply';
import { localeFromWord, topicFromWord } from '../words';
import { writeFromChat } from '../writes/write';
import { replanOpenCalls } from '../writes/replan-open-calls';
import { channelSubject } from '../forms/reminders/channel-reminders.form';

export const topicChoices = [
  { value: 'events', pl: 'wydarzenia' },
  { value: 'grants', pl: 'granty' },
  { value: 'docs', pl: 'dokumenty', en: 'documents' },
  { value: 'digest', pl: 'podsumowanie' },
] as const satisfies readonly { value: Topic; pl: string; en?: string }[];

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

/**
 * `subscribe [topic] [language]` (coordinators): this channel gets news on the topic, in the
 * language given (a channel has one: naming another changes it for every topic), or in the
 * asker's for a new channel. Without a topic: what the channel gets, in which language, and
 * when its deadline reminders go out.
 */
export const subscribeCommand: Command = {
  name: 'subscribe',
  namePl: 'subskrybuj',
  audience: 'coordinator',
  writes: true,
  aliases: ['subskrybuj', 'obserwuj'],
  options: [
    { name: 'topic', namePl: 'temat', type: 'string', required: false, choices: topicChoices },
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
    const channel = channelOf(request);
    if (!optionText(request, 'topic') && !optionText(request, 'language')) {
      if (!channel) return notice(t, t.t('settings:channel_only'));
      const subscription = await deps.store.subscriptions.forChannel(channel);
      return subscription
        ? subscriptionsReply(subscription, t)
        : notice(t, t.t('settings:gets_nothing'), { example });
    }
    const topic = readTopic(request, t, example);
    if (typeof topic !== 'string') return topic;
    const languageText = optionText(request, 'language');
    const asked = languageText ? localeFromWord(languageText) : undefined;
    if (languageText && !asked)
      return notice(t, t.t('settings:bad_language', { text: languageText }), { example });
    if (!channel) return notice(t, t.t('settings:channel_only'));
    const { before, after } = await writeFromChat(request.requester, deps, async (store) => {
      const before = await store.subscriptions.forChannel(channel);
      const added = await store.subscriptions.subscribe(
        { ...channel, locale: asked ?? request.locale },
        [topic],
      );
      const after =
        asked && added.locale !== asked
          ? ((await store.subscriptions.setLocale(channel, asked)) ?? added)
          : added;
      const newTopic = !before?.topics.includes(topic);
      const changed = newTopic || before?.locale !== after.locale;
      // A channel new to `grants` is reminded of the calls already open, not only of later
      // ones; a new language needs no re-plan: reminders read the channel's when they go out.
      const newToGrants = topic === 'grants' && newTopic;
      const at = deps.clock.now();
      return {
        result: { before, after },
        ...(changed
          ? {
              record: {
                audit: {
                  action: newTopic ? 'subscription.add' : 'subscription.language',
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
            }
          : {}),
      };
    });
    const key = after.locale === 'en' ? 'settings:subscribed_en' : 'settings:subscribed';
    return subscriptionsReply(after, t, [
      t.t(key, { topics: topicList(after, t) }),
      ...(before && before.locale !== after.locale
        ? [t.t(`settings:channel_language.${after.locale}`)]
        : []),
    ]);
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
