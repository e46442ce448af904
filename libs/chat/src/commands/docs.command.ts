import { searchWords } from '@glokal/domain';
import type { Command } from '../command';
import { reply } from '../reply';
import { optionText } from '../option-values';
import { translatorFor } from '../people';
import { notice } from '../replies/notice';
import { pagingOf, readPage } from '../replies/paging';
import { documentItem } from '../replies/document-item';
import { didYouMean } from '../search/did-you-mean';
import { knownWordsFor } from '../search/known-words';

/** `docs <words>`: documents with every word in name, description or folder, best matches first. */
export const docsCommand: Command = {
  name: 'docs',
  namePl: 'dokumenty',
  audience: 'everyone',
  shareable: true,
  cacheable: true,
  aliases: ['documents', 'doc', 'dok', 'pliki', 'files'],
  options: [{ name: 'words', namePl: 'słowa', type: 'string', required: true, rest: true }],
  async handle(request, deps) {
    const t = translatorFor(request);
    const words = optionText(request, 'words');
    if (!words || searchWords(words).length === 0) {
      return notice(t, t.t('docs:need_words'), { example: t.t('commands:docs.example') });
    }
    const page = await readPage(request, (slice) => deps.store.documents.search(words, slice));
    const title = t.t('docs:title', { words });
    if (page.total === 0) {
      const suggestion = await didYouMean(
        t,
        words,
        await knownWordsFor('documents', deps),
        async (corrected) =>
          (await deps.store.documents.search(corrected, { limit: 1, offset: 0 })).total > 0,
        (corrected) => ({ type: 'run', command: 'docs', options: { words: corrected }, page: 1 }),
      );
      if (suggestion)
        return reply({ title, summary: suggestion.line, actions: suggestion.actions });
      return reply({
        title,
        summary: `${t.t('docs:empty', { words })}\n${t.t('docs:empty_hint')}`,
      });
    }
    return reply({
      title,
      summary: t.t('docs:summary', { count: t.t('docs:count', { count: page.total }) }),
      items: page.items.map((document) => documentItem(document, t)),
      ...pagingOf(page.request, page.total, t),
    });
  },
};
