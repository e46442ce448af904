import { countryFromText, countryFromWord, countryName } from '@glokal/domain/queries';
import type { Command } from '../command';
import { optionText } from '../option-values';
import { translatorFor } from '../people';
import { notice } from '../replies/notice';
import { readPage } from '../replies/paging';
import { directoryReply } from '../replies/directory-reply';
import { didYouMean } from '../search/did-you-mean';
import { knownWordsFor } from '../search/known-words';

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
    // Only the last word after a specialisation may be the country, by `countryFromWord`'s
    // rule: `partners robotics PT` is Portugal, `partners AI` and `partners robotics AI` the topic.
    if (words.length >= 2 && last && countryFromWord(last)) {
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

    const query = (words: string) => ({ specialisation: words, ...(country ? { country } : {}) });
    const page = await readPage(request, (slice) =>
      deps.store.organisations.search(query(specialisation), slice),
    );
    const suggestion =
      page.total === 0
        ? await didYouMean(
            t,
            specialisation,
            await knownWordsFor('organisations', deps),
            async (corrected) =>
              (await deps.store.organisations.search(query(corrected), { limit: 1, offset: 0 }))
                .total > 0,
            (corrected) => ({
              type: 'run',
              command: 'partners',
              options: {
                specialisation: corrected,
                ...(countryText ? { country: countryText } : {}),
              },
              page: 1,
            }),
          )
        : undefined;
    return directoryReply(t, page, {
      title: t.t('directory:partners_title', { specialisation }),
      filters: country ? countryName(country, t.locale) : '',
      emptyHint: t.t('directory:partners_hint'),
      ...(suggestion ? { didYouMean: suggestion } : {}),
    });
  },
};
