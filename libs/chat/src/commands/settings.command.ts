import { z } from 'zod';
import { createTranslator, foldForSearch, TimeZone, type Locale } from '@glokal/domain';
import type { Command } from '../command';
import { optionText } from '../option-values';
import { ensurePerson, knownPerson, translatorFor } from '../people';
import { personalFeed } from '../personal-feed';
import { notice } from '../replies/notice';
import { settingsReply } from '../replies/settings-reply';
import { localeFromWord } from '../words';
import { recordEmail } from '../writes/record-email';
import { recordPreferences } from '../writes/record-preferences';

/** Words naming a setting, folded; a Map, so `constructor` or `__proto__` name nothing. */
const settingWords: ReadonlyMap<string, 'language' | 'timezone' | 'email'> = new Map([
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
  ['email', 'email'],
  ['e mail', 'email'],
  ['mail', 'email'],
]);

/** Words that remove the e-mail, folded. */
const removeWords = new Set(['remove', 'delete', 'none', 'usun', 'brak', 'skasuj']);

/** What `settings email <text>` asks for: removal, an address, or nothing it can use. */
function readEmail(text: string): { ok: true; email: string | undefined } | { ok: false } {
  if (removeWords.has(foldForSearch(text))) return { ok: true, email: undefined };
  const email = z.email().safeParse(text.trim());
  return email.success ? { ok: true, email: email.data } : { ok: false };
}

/**
 * `settings [language pl|en] [timezone <zone>] [email <address>|remove]` (`ustawienia język en`,
 * `ustawienia strefa Europe/Lisbon`, `ustawienia e-mail jan@szkola.pl`): shows the person's
 * language, zone and e-mail (to them alone: settings are never shared), or changes them.
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
    { name: 'email', namePl: 'e-mail', type: 'string', required: false },
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
      const named =
        setting ??
        (localeFromWord(value) ? 'language' : value.includes('@') ? 'email' : 'timezone');
      options[named] = value;
      index = valueAt + 1;
    }
    return options;
  },
  async handle(request, deps) {
    const now = deps.clock.now();
    const languageText = optionText(request, 'language');
    const zoneText = optionText(request, 'timezone');
    const emailText = optionText(request, 'email');
    const t = translatorFor(request);
    const example = t.t('commands:settings.example');
    if (!languageText && !zoneText && !emailText) {
      // A feed needs a stored person to hold its token; without feeds, looking writes nothing.
      const person =
        (await knownPerson(request.requester, deps)) ??
        (deps.publicUrl ? await ensurePerson(request.requester, deps) : undefined);
      const email = person ? await deps.store.people.emailOf(person.id) : undefined;
      return settingsReply(
        t,
        { locale: person?.locale, timeZone: person?.timeZone, email },
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
    const email = emailText ? readEmail(emailText) : undefined;
    if (emailText && email && !email.ok)
      return notice(t, t.t('settings:bad_email', { text: emailText }), {
        example: t.t('settings:email_example'),
      });

    const person = await ensurePerson(request.requester, deps);
    if (!person) return notice(t, t.t('chat:problem.needs_account'));
    if (locale || timeZone)
      await recordPreferences(request.requester, person, { locale, timeZone }, deps);
    if (email?.ok) await recordEmail(request.requester, person, email.email, deps);

    const chosen = {
      locale: locale ?? person.locale,
      timeZone: timeZone ?? person.timeZone,
      email: email?.ok ? email.email : await deps.store.people.emailOf(person.id),
    };
    const after = createTranslator(
      chosen.locale ?? request.locale,
      chosen.timeZone ?? request.timeZone,
    );
    const notes = [
      ...(locale ? [after.t('settings:language_changed')] : []),
      ...(timeZone ? [after.t('settings:timezone_changed', { zone: timeZone })] : []),
      ...(email?.ok
        ? [
            email.email
              ? after.t('settings:email_changed', { email: email.email })
              : after.t('settings:email_removed'),
          ]
        : []),
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
