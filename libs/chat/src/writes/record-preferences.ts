import type { Locale, Person } from '@glokal/domain';
import type { ChatDeps } from '../command';
import type { Requester } from '../request';
import { writeFromChat } from './write';

/** A person's language or zone changed (`settings`, the language buttons), audited. */
export async function recordPreferences(
  requester: Requester,
  person: Person,
  change: { locale?: Locale | undefined; timeZone?: string | undefined },
  deps: Pick<ChatDeps, 'store' | 'clock' | 'jobs'>,
): Promise<void> {
  const preferences = {
    ...(change.locale ? { locale: change.locale } : {}),
    ...(change.timeZone ? { timeZone: change.timeZone } : {}),
  };
  await writeFromChat(requester, deps, async (store) => {
    await store.people.setPreferences(person.id, preferences);
    return {
      result: undefined,
      record: {
        audit: {
          action: 'settings.change',
          subject: person.id,
          before: { locale: person.locale ?? null, timeZone: person.timeZone ?? null },
          after: preferences,
        },
      },
    };
  });
}
