import type { Person } from '@glokal/domain';
import type { ChatDeps } from '../command';
import type { Requester } from '../request';
import { writeFromChat } from './write';

/**
 * The person's calendar feed gets a new token, audited (the token itself never is): the old
 * address finds nobody from now on.
 */
export async function renewFeed(
  requester: Requester,
  person: Person,
  deps: Pick<ChatDeps, 'store' | 'clock' | 'jobs'>,
): Promise<void> {
  await writeFromChat(requester, deps, async (store) => {
    await store.feedTokens.renew(person.id);
    return {
      result: undefined,
      record: { audit: { action: 'feed.renew', subject: person.id } },
    };
  });
}
