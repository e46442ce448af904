import type { Person } from '@glokal/domain';
import type { ChatDeps, Command } from '../command';
import type { CommandRequest } from '../request';
import { reply, type Reply } from '../reply';
import { optionText } from '../option-values';
import { knownPerson, translatorFor } from '../people';
import { pagingOf, readPage } from '../replies/paging';
import { grantItem } from '../replies/grant-item';
import { isMineWord } from '../words';

/** `grants mine`: the calls the person follows whose deadline is still ahead, nearest first. */
async function followedCalls(
  request: CommandRequest,
  deps: ChatDeps,
  person: Person | undefined,
): Promise<Reply> {
  const t = translatorFor(request);
  const now = deps.clock.now();
  const title = t.t('grants:mine_title');
  const followed = person ? await deps.store.follows.followedBy(person.id, now) : [];
  const open = followed.filter((call) => call.status === 'open' || call.status === 'forthcoming');
  if (open.length === 0)
    return reply({
      title,
      summary: `${t.t('grants:mine_empty')}\n${t.t('grants:mine_empty_hint')}`,
    });
  const page = await readPage(request, async (slice) => ({
    items: open.slice(slice.offset, slice.offset + slice.limit),
    total: open.length,
  }));
  return reply({
    title,
    summary: t.t('grants:mine_summary', { count: t.t('grants:count', { count: page.total }) }),
    items: page.items.map((call) => grantItem(call, t, now, true)),
    ...pagingOf(page.request, page.total, t),
  });
}

/** `grants [programme|mine]`: open and announced calls, nearest deadline first; or those followed. */
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
    if (programme && isMineWord(programme))
      return followedCalls(request, deps, await knownPerson(request.requester, deps));
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
