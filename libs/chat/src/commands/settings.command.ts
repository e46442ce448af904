import { createTranslator, foldForSearch, TimeZone, type Locale } from '@glokal/domain';
import type { Command } from '../command';
import { optionText } from '../option-values';
import { ensurePerson, knownPerson, translatorFor } from '../people';
import { personalFeed } from '../personal-feed';
import { notice } from '../replies/notice';
import { settingsReply } from '../replies/settings-reply';
import { localeFromWord } from '../words';
import { recordPreferences } from '../writes/record-preferences';

/** Words naming a setting, folded; a Map, so `constructor` or `__proto__` name nothing. */
const settingWords: ReadonlyMap<string, 'language' | 'timezone'> = new Map([
  ['language', 'language'],
  ['lang', 'language'],
  ['jezyk', 'language'],
  ['locale', 'language'],
  ['timezone', 'timezone'],
  ['tz', 'timezone'],
  ['zone', 'timezone'],
  ['time zone', 'timezone'],
  ['strefa', 'timezone'],
  ['strefa czasowa', 'timezone'],
]);

/**
 * `settings [language pl|en] [timezone <zone>]` (`ustawienia język en`, `ustawienia strefa
 * Europe/Lisbon`): shows the person's language and zone, or changes them for them alone.
 * With `PUBLIC_URL` it also shows the address of their own calendar feed, and Renew.
 */
export const settingsCommand: Command = {
  name: 'settings',
  namePl: 'ustawienia',
  audience: 'everyone',
  writes: true,
  aliases: ['preferences', 'preferencje'],
  options: [
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
    { name: 'timezone', namePl: 'strefa', type: 'string', required: false },
  ],
  fromWords(words) {
    const options: Record<string, string> = {};
    let index = 0;
    while (index < words.length) {
      const word = words[index] ?? '';
      const twoWords = settingWords.get(foldForSearch(`${word} ${words[index + 1] ?? ''}`));
      const setting = twoWords ?? settingWords.get(foldForSearch(word));
      const valueAt = index + (twoWords ? 2 : setting ? 1 : 0);
      const value = words[valueAt];
      if (value === undefined) break;
      const named = setting ?? (localeFromWord(value) ? 'language' : 'timezone');
      options[named] = value;
      index = valueAt + 1;
    }
    return options;
  },
  async handle(request, deps) {
    const now = deps.clock.now();
    const languageText = optionText(request, 'language');
    const zoneText = optionText(request, 'timezone');
    const t = translatorFor(request);
    const example = t.t('commands:settings.example');
    if (!languageText && !zoneText) {
      // A feed needs a stored person to hold its token; without feeds, looking writes nothing.
      const person =
        (await knownPerson(request.requester, deps)) ??
        (deps.publicUrl ? await ensurePerson(request.requester, deps) : undefined);
      return settingsReply(
        t,
        { locale: person?.locale, timeZone: person?.timeZone },
        now,
        undefined,
        await personalFeed(person, t.locale, deps),
      );
    }
    const locale: Locale | undefined = languageText ? localeFromWord(languageText) : undefined;
    if (languageText && !locale)
      return notice(t, t.t('settings:bad_language', { text: languageText }), {
        example: t.t('settings:language_example'),
      });
    const zone = zoneText ? TimeZone.safeParse(zoneText) : undefined;
    if (zoneText && !zone?.success)
      return notice(t, t.t('settings:bad_timezone', { text: zoneText }), { example });
    const timeZone = zone?.success ? zone.data : undefined;

    const person = await ensurePerson(request.requester, deps);
    if (!person) return notice(t, t.t('chat:problem.needs_account'));
    await recordPreferences(request.requester, person, { locale, timeZone }, deps);

    const chosen = { locale: locale ?? person.locale, timeZone: timeZone ?? person.timeZone };
    const after = createTranslator(
      chosen.locale ?? request.locale,
      chosen.timeZone ?? request.timeZone,
    );
    const notes = [
      ...(locale ? [after.t('settings:language_changed')] : []),
      ...(timeZone ? [after.t('settings:timezone_changed', { zone: timeZone })] : []),
    ];
    return settingsReply(
      after,
      chosen,
      now,
      notes.join('\n'),
      await personalFeed(person, after.locale, deps),
    );
  },
};
