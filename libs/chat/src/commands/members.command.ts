import { organisationKinds, type OrganisationKind, type OrganisationQuery } from '@glokal/domain';
import { organisationKindFromWord } from '@glokal/domain/period';
import { countryFromText, countryFromWord, countryName } from '@glokal/domain/queries';
import type { Command } from '../command';
import { optionText } from '../option-values';
import { translatorFor } from '../people';
import { notice } from '../replies/notice';
import { readPage } from '../replies/paging';
import { directoryReply } from '../replies/directory-reply';
import { didYouMean } from '../search/did-you-mean';
import { knownWordsFor } from '../search/known-words';

const polishKinds: Record<OrganisationKind, string> = {
  school: 'szkoła',
  vocational_centre: 'centrum kształcenia zawodowego',
  university: 'uczelnia',
  ngo: 'organizacja pozarządowa',
  business: 'firma',
  local_government: 'samorząd',
  other: 'inna',
};

export const organisationKindChoices = organisationKinds.map((kind) => ({
  value: kind,
  pl: polishKinds[kind],
  en: kind.replace('_', ' '),
}));

/** `members [kind] [country] [words]`: words naming a kind or a country are those filters. */
export const membersCommand: Command = {
  name: 'members',
  namePl: 'członkowie',
  audience: 'everyone',
  shareable: true,
  cacheable: true,
  aliases: ['czlonkowie', 'organisations', 'organizations', 'organizacje'],
  options: [
    {
      name: 'kind',
      namePl: 'rodzaj',
      type: 'string',
      required: false,
      choices: organisationKindChoices,
    },
    { name: 'country', namePl: 'kraj', type: 'string', required: false },
    { name: 'words', namePl: 'słowa', type: 'string', required: false, rest: true },
  ],
  fromWords(words) {
    const options: Record<string, string> = {};
    const rest: string[] = [];
    for (const word of words) {
      if (!options['kind'] && organisationKindFromWord(word)) options['kind'] = word;
      // A country only by `countryFromWord`'s rule: `members AI` searches the topic.
      else if (!options['country'] && countryFromWord(word)) options['country'] = word;
      else rest.push(word);
    }
    if (rest.length > 0) options['words'] = rest.join(' ');
    return options;
  },
  async handle(request, deps) {
    const t = translatorFor(request);
    const example = t.t('commands:members.example');
    const kindText = optionText(request, 'kind');
    const countryText = optionText(request, 'country');
    const words = optionText(request, 'words');
    const kind = kindText ? organisationKindFromWord(kindText) : undefined;
    if (kindText && !kind) {
      const choices = organisationKindChoices
        .map((choice) => (t.locale === 'pl' ? choice.pl : choice.en))
        .join(', ');
      return notice(
        t,
        t.t('chat:problem.bad_choice', {
          value: kindText,
          option: t.t('commands:members.options.kind'),
          choices,
        }),
        { example },
      );
    }
    const country = countryText ? countryFromText(countryText) : undefined;
    if (countryText && !country)
      return notice(t, t.t('directory:unknown_country', { text: countryText }), { example });

    const query: OrganisationQuery = {
      membership: 'member',
      ...(kind ? { kind } : {}),
      ...(country ? { country } : {}),
      ...(words ? { words } : {}),
    };
    const page = await readPage(request, (slice) => deps.store.organisations.search(query, slice));
    const suggestion =
      page.total === 0 && words
        ? await didYouMean(
            t,
            words,
            await knownWordsFor('organisations', deps),
            async (corrected) =>
              (
                await deps.store.organisations.search(
                  { ...query, words: corrected },
                  { limit: 1, offset: 0 },
                )
              ).total > 0,
            (corrected) => ({
              type: 'run',
              command: 'members',
              options: {
                ...(kindText ? { kind: kindText } : {}),
                ...(countryText ? { country: countryText } : {}),
                words: corrected,
              },
              page: 1,
            }),
          )
        : undefined;
    const filters = [
      kind ? t.t(`directory:kind.${kind}`) : undefined,
      country ? countryName(country, t.locale) : undefined,
      words,
    ]
      .filter((filter): filter is string => Boolean(filter))
      .join(', ');
    return directoryReply(t, page, {
      title: t.t('directory:members_title'),
      filters,
      emptyHint: t.t('directory:members_hint'),
      ...(suggestion ? { didYouMean: suggestion } : {}),
    });
  },
};
