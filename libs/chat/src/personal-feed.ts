import type { Locale, Person } from '@glokal/domain';
import type { ChatDeps } from './command';
import { feedLink } from './format/calendar-links';

/**
 * The address of the person's own calendar feed (their token made the first time it is
 * asked for); undefined when the public port has no address or there is no person.
 */
export async function personalFeed(
  person: Person | undefined,
  locale: Locale,
  deps: Pick<ChatDeps, 'store' | 'publicUrl'>,
): Promise<{ url: string } | undefined> {
  if (!deps.publicUrl || !person) return undefined;
  const token = await deps.store.feedTokens.forPerson(person.id);
  return { url: feedLink(deps.publicUrl, { token }, locale) };
}
