import type { Command } from '../command';
import { reply } from '../reply';
import { optionText } from '../option-values';
import { translatorFor } from '../people';
import { notice } from '../replies/notice';
import { eventItem } from '../replies/event-item';
import { eventDetail } from '../replies/event-detail';
import { PAGE_SIZE } from '../replies/paging';
import { didYouMean } from '../search/did-you-mean';
import { knownWordsFor } from '../search/known-words';

/** `event <id|name>`: by id, else by words of the title (upcoming first). */
export const eventCommand: Command = {
  name: 'event',
  namePl: 'wydarzenie',
  audience: 'everyone',
  shareable: true,
  options: [
    {
      name: 'name',
      namePl: 'nazwa',
      type: 'string',
      required: true,
      autocomplete: 'event',
      rest: true,
    },
  ],
  async handle(request, deps) {
    const t = translatorFor(request);
    const query = optionText(request, 'name');
    if (!query)
      return notice(t, t.t('events:need_name'), { example: t.t('commands:event.example') });
    const byId = await deps.store.events.byId(query);
    if (byId) return eventDetail(byId, request.requester, deps, t);
    const found = await deps.store.events.findByTitle(query, deps.clock.now(), PAGE_SIZE);
    const [only] = found;
    if (!only) {
      const suggestion = await didYouMean(
        t,
        query,
        await knownWordsFor('events', deps),
        async (corrected) =>
          (await deps.store.events.findByTitle(corrected, deps.clock.now(), 1)).length > 0,
        (corrected) => ({ type: 'run', command: 'event', options: { name: corrected }, page: 1 }),
      );
      if (suggestion) return { ...notice(t, suggestion.line), actions: suggestion.actions };
      return notice(t, t.t('events:not_found', { query }), { hint: t.t('events:not_found_hint') });
    }
    if (found.length === 1) return eventDetail(only, request.requester, deps, t);
    return reply({
      title: t.t('events:matches_title', { query }),
      summary: t.t('events:matches_summary'),
      items: found.map((event) => eventItem(event, t)),
    });
  },
};
