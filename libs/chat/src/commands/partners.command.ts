import { countryFromText, countryName } from '@glokal/domain/queries';
import type { Command } from '../command';
import { reply } from '../reply';
import { optionText } from '../option-values';
import { translatorFor } from '../people';
import { notice } from '../replies/notice';
import { pagingOf, readPage } from '../replies/paging';
import { organisationItem } from '../replies/organisation-item';

/**
 * `partners <specialisation> [country]`: organisations (cluster members and partners abroad)
 * with that specialisation; a last word naming a country is the country.
 */
export const partnersCommand: Command = {
  name: 'partners',
  namePl: 'partnerzy',
  audience: 'everyone',
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
    const title = t.t('directory:partners_title', { specialisation });
    const filterLine = country
      ? [t.t('directory:filters', { filters: countryName(country, t.locale) })]
      : [];
    if (page.total === 0) {
      return reply({
        title,
        summary: [...filterLine, t.t('directory:empty'), t.t('directory:partners_hint')].join('\n'),
      });
    }
    return reply({
      title,
      summary: [
        t.t('directory:summary', { count: t.t('directory:count', { count: page.total }) }),
        ...filterLine,
      ].join('\n'),
      items: page.items.map((organisation) => organisationItem(organisation, t)),
      ...pagingOf(page.request, page.total, t),
    });
  },
};
