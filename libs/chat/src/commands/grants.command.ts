import type { Command } from '../command';
import { reply } from '../reply';
import { optionText } from '../option-values';
import { knownPerson, translatorFor } from '../people';
import { pagingOf, readPage } from '../replies/paging';
import { grantItem } from '../replies/grant-item';

/** `grants [programme]`: open and announced calls, nearest deadline first. */
export const grantsCommand: Command = {
  name: 'grants',
  namePl: 'granty',
  audience: 'everyone',
  shareable: true,
  aliases: ['nabory', 'calls'],
  options: [{ name: 'programme', namePl: 'program', type: 'string', required: false, rest: true }],
  async handle(request, deps) {
    const t = translatorFor(request);
    const now = deps.clock.now();
    const programme = optionText(request, 'programme');
    const [page, person] = await Promise.all([
      readPage(request, (slice) =>
        deps.store.grants.open({ deadlineFrom: now, ...(programme ? { programme } : {}) }, slice),
      ),
      knownPerson(request.requester, deps),
    ]);
    const title = programme ? t.t('grants:title_programme', { programme }) : t.t('grants:title');
    if (page.total === 0) {
      const empty = programme ? t.t('grants:empty_programme', { programme }) : t.t('grants:empty');
      return reply({ title, summary: programme ? `${empty}\n${t.t('grants:empty_hint')}` : empty });
    }
    const followed = person
      ? new Set((await deps.store.follows.followedBy(person.id, now)).map((call) => call.id))
      : new Set<string>();
    return reply({
      title,
      summary: t.t('grants:summary', { count: t.t('grants:count', { count: page.total }) }),
      items: page.items.map((call) => grantItem(call, t, now, followed.has(call.id))),
      ...pagingOf(page.request, page.total, t),
    });
  },
};
