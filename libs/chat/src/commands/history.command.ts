import type { AuditEntry, MessageKey, Translator } from '@glokal/domain';
import type { Command } from '../command';
import { reply, type ReplyItem } from '../reply';
import { translatorFor } from '../people';
import { button } from '../replies/button';
import { PAGE_SIZE } from '../replies/paging';

/** Actions the history has words for; anything else reads as "Change: <action>". */
const named = new Set([
  'grant.add',
  'grant.edit',
  'grant.extend',
  'grant.close',
  'grant.follow',
  'event.attend',
  'event.schedule',
  'event.edit',
  'event.cancel',
  'subscription.add',
  'subscription.remove',
  'subscription.language',
  'settings.change',
  'import.members',
  'import.grants',
  'demo.load',
]);

function entryItem(entry: AuditEntry, t: Translator): ReplyItem {
  const title = named.has(entry.action)
    ? t.t(`history:action.${entry.action}` as MessageKey)
    : t.t('history:action.other', { action: entry.action });
  const fields = Array.isArray(entry.detail?.['fields'])
    ? (entry.detail['fields'] as unknown[]).filter((field) => typeof field === 'string')
    : [];
  return {
    title: `${title}: ${entry.subject}`,
    ...(fields.length > 0 ? { text: t.t('history:changed', { fields: fields.join(', ') }) } : {}),
    fields: [],
    context: [t.t('history:entry', { actor: entry.actor, when: t.dateTime(entry.at) })],
    actions: [],
  };
}

/** `history` (coordinators): the recent writes, newest first, paged, in the person's language. */
export const historyCommand: Command = {
  name: 'history',
  namePl: 'historia',
  audience: 'coordinator',
  aliases: ['zmiany', 'changes', 'audit'],
  options: [],
  async handle(request, deps) {
    const t = translatorFor(request);
    const page = Math.max(1, request.page);
    const entries = await deps.store.audit.recent(PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
    const title = t.t('history:title');
    if (entries.length === 0 && page === 1) return reply({ title, summary: t.t('history:empty') });
    const run = (to: number) => ({
      type: 'run' as const,
      command: 'history',
      options: {},
      page: to,
    });
    return reply({
      title,
      summary: t.t('history:summary', { page }),
      items: entries.slice(0, PAGE_SIZE).map((entry) => entryItem(entry, t)),
      actions: [
        ...(page > 1 ? button(t.t('chat:paging.previous'), run(page - 1)) : []),
        ...(entries.length > PAGE_SIZE ? button(t.t('chat:paging.next'), run(page + 1)) : []),
      ],
    });
  },
};
