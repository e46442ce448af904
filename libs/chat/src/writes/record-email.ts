import type { Person } from '@glokal/domain';
import type { ChatDeps } from '../command';
import type { Requester } from '../request';
import { writeFromChat } from './write';

/**
 * A person gave or removed their e-mail (`settings email …`). The audit entry says that it
 * changed, never the address: the history is for coordinators, the address for its owner.
 */
export async function recordEmail(
  requester: Requester,
  person: Person,
  email: string | undefined,
  deps: Pick<ChatDeps, 'store' | 'clock' | 'jobs'>,
): Promise<void> {
  await writeFromChat(requester, deps, async (store) => {
    const before = await store.people.emailOf(person.id);
    if (before === email) return { result: undefined };
    await store.people.setEmail(person.id, email);
    return {
      result: undefined,
      record: {
        audit: {
          action: 'settings.email',
          subject: person.id,
          before: { email: before ? 'given' : 'none' },
          after: { email: email ? 'given' : 'none' },
        },
      },
    };
  });
}
