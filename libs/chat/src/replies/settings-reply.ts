import { DateTime } from 'luxon';
import type { Locale, Translator } from '@glokal/domain';
import { reply, type Reply, type ReplyItem } from '../reply';
import { intlLocale } from '../format/intl-locale';
import { button } from './button';

/**
 * What the person's settings are now, where each comes from, and how to change them; with
 * `feed`, the address of their own calendar feed and the button that renews it.
 */
export function settingsReply(
  t: Translator,
  chosen: {
    locale?: Locale | undefined;
    timeZone?: string | undefined;
    email?: string | undefined;
  },
  now: Date,
  note?: string,
  feed?: { url: string },
): Reply {
  const languageName = t.t(`settings:language_name.${t.locale}`);
  const other: Locale = t.locale === 'pl' ? 'en' : 'pl';
  const time = DateTime.fromJSDate(now, { zone: t.timeZone })
    .setLocale(intlLocale(t.locale))
    .toLocaleString(DateTime.DATETIME_MED_WITH_WEEKDAY);
  return reply({
    title: t.t('settings:title'),
    ...(note ? { summary: note } : {}),
    items: [
      {
        title: `${languageName} · ${t.timeZone}`,
        fields: [
          {
            label: t.t('settings:language'),
            value: t.t(chosen.locale ? 'settings:chosen' : 'settings:from_platform', {
              value: languageName,
            }),
            short: true,
          },
          {
            label: t.t('settings:timezone'),
            value: t.t(chosen.timeZone ? 'settings:chosen' : 'settings:from_platform', {
              value: t.timeZone,
            }),
            short: true,
          },
          {
            label: t.t('settings:email'),
            value: chosen.email ?? t.t('settings:email_none'),
            short: true,
          },
        ],
        context: [
          t.t('settings:now', { time }),
          t.t('settings:how_to_change'),
          t.t('settings:email_hint'),
        ],
        actions: [],
      },
      ...(feed ? [feedItem(t, feed.url)] : []),
    ],
    actions: button(t.t('settings:switch_to'), { type: 'set-locale', locale: other }),
  });
}

/** The person's calendar feed: the address as the link, what it holds, and Renew. */
function feedItem(t: Translator, url: string): ReplyItem {
  return {
    title: t.t('feeds:personal_title'),
    url,
    text: t.t('feeds:personal_text'),
    fields: [],
    context: [t.t('feeds:personal_renew_hint')],
    actions: button(t.t('feeds:renew'), { type: 'renew-feed' }, 'danger'),
  };
}
