import type { Command } from '../command';
import { reply } from '../reply';
import { optionText } from '../option-values';
import { knownPerson, translatorFor } from '../people';
import { notice } from '../replies/notice';
import { grantItem } from '../replies/grant-item';
import { grantDetail } from '../replies/grant-detail';
import { PAGE_SIZE } from '../replies/paging';
import { didYouMean } from '../search/did-you-mean';
import { knownWordsFor } from '../search/known-words';

/** `grant <id|name>`: by id, else by words of the id, code, programme or title. */
export const grantCommand: Command = {
  name: 'grant',
  namePl: 'grant',
  audience: 'everyone',
  shareable: true,
  aliases: ['nabor'],
  options: [
    {
      name: 'name',
      namePl: 'nazwa',
      type: 'string',
      required: true,
      autocomplete: 'grant',
      rest: true,
    },
  ],
  async handle(request, deps) {
    const t = translatorFor(request);
    const query = optionText(request, 'name');
    if (!query)
      return notice(t, t.t('grants:need_name'), { example: t.t('commands:grant.example') });
    const byId = await deps.store.grants.byId(query);
    if (byId) return grantDetail(byId, request.requester, deps, t);
    const now = deps.clock.now();
    const found = await deps.store.grants.findByText(query, now, PAGE_SIZE);
    const [only] = found;
    if (!only) {
      const suggestion = await didYouMean(
        t,
        query,
        await knownWordsFor('grants', deps),
        async (corrected) => (await deps.store.grants.findByText(corrected, now, 1)).length > 0,
        (corrected) => ({ type: 'run', command: 'grant', options: { name: corrected }, page: 1 }),
      );
      if (suggestion) return { ...notice(t, suggestion.line), actions: suggestion.actions };
      return notice(t, t.t('grants:not_found', { query }), { hint: t.t('grants:not_found_hint') });
    }
    if (found.length === 1) return grantDetail(only, request.requester, deps, t);
    const person = await knownPerson(request.requester, deps);
    const followed = person
      ? new Set((await deps.store.follows.followedBy(person.id, now)).map((call) => call.id))
      : new Set<string>();
    return reply({
      title: t.t('grants:matches_title', { query }),
      summary: t.t('grants:matches_summary'),
      items: found.map((call) => grantItem(call, t, now, followed.has(call.id))),
    });
  },
};
