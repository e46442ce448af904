import type { Organisation, Translator } from '@glokal/domain';
import type { CommandRequest } from '../request';
import { reply, type Reply } from '../reply';
import { pagingOf } from './paging';
import { organisationItem } from './organisation-item';
import type { DidYouMean } from '../search/did-you-mean';

/**
 * A page of organisations (`members`, `partners`): how many match, the filters in words, and
 * on an empty result what to try instead (the corrected words, when a word was mistyped).
 */
export function directoryReply(
  t: Translator,
  page: { items: Organisation[]; total: number; request: CommandRequest },
  options: { title: string; filters: string; emptyHint: string; didYouMean?: DidYouMean },
): Reply {
  const filterLine = options.filters
    ? [t.t('directory:filters', { filters: options.filters })]
    : [];
  if (page.total === 0) {
    if (options.didYouMean)
      return reply({
        title: options.title,
        summary: [...filterLine, options.didYouMean.line].join('\n'),
        actions: options.didYouMean.actions,
      });
    return reply({
      title: options.title,
      summary: [...filterLine, t.t('directory:empty'), options.emptyHint].join('\n'),
    });
  }
  return reply({
    title: options.title,
    summary: [
      t.t('directory:summary', { count: t.t('directory:count', { count: page.total }) }),
      ...filterLine,
    ].join('\n'),
    items: page.items.map((organisation) => organisationItem(organisation, t)),
    ...pagingOf(page.request, page.total, t),
  });
}
