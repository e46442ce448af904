import { countryFromText, countryName } from '@glokal/domain/queries';
import type { Command } from '../command';
import { optionText } from '../option-values';
import { translatorFor } from '../people';
import { notice } from '../replies/notice';
import { readPage } from '../replies/paging';
import { directoryReply } from '../replies/directory-reply';

/**
 * `partners <specialisation> [country]`: organisations (cluster members and partners abroad)
 * with that specialisation; a last word naming a country is the country.
 */
export const partnersCommand: Command = {
  name: 'partners',
  namePl: 'partnerzy',
  audience: 'everyone',
  shareable: true,
  cacheable: true,
  aliases: ['partner'],
  options: [
    { name: 'specialisation', namePl: 'specjalizacja', type: 'string', required: true },
    { name: 'country', namePl: 'kraj', type: 'string', required: false },
  ],
  fromWords(words) {
    const last = words.at(-1);
    if (words.length >= 2 && last && countryFromText(last)) {
      return { specialisation: words.slice(0, -1).join(' '), country: last };
    }
    return words.length > 0 ? { specialisation: words.join(' ') } : {};
  },
  async handle(request, deps) {
    const t = translatorFor(request);
    const example = t.t('commands:partners.example');
    const specialisation = optionText(request, 'specialisation');
    if (!specialisation) return notice(t, t.t('directory:need_specialisation'), { example });
    const countryText = optionText(request, 'country');
    const country = countryText ? countryFromText(countryText) : undefined;
    if (countryText && !country)
      return notice(t, t.t('directory:unknown_country', { text: countryText }), { example });

    const page = await readPage(request, (slice) =>
      deps.store.organisations.search({ specialisation, ...(country ? { country } : {}) }, slice),
    );
    return directoryReply(t, page, {
      title: t.t('directory:partners_title', { specialisation }),
      filters: country ? countryName(country, t.locale) : '',
      emptyHint: t.t('directory:partners_hint'),
    });
  },
};
