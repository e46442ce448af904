import { vocabularyWords } from '@glokal/domain';
import type { ChatDeps } from '../command';
import { knownWords } from './did-you-mean';

/**
 * How many stored rows lend their words to "did you mean": enough for a cluster's titles and
 * names, bounded so the query stays one cheap indexed read, and asked only when a search
 * found nothing.
 */
const ROWS = 500;
const DAY_MS = 86_400_000;

type Searched = 'documents' | 'organisations' | 'events' | 'grants';

/**
 * The words a search of that kind may be corrected to: the vocabulary (both languages) and
 * the words of the stored titles and names most likely asked about (the latest documents,
 * organisations by name, events from three months ago to a year ahead, calls still open).
 */
export async function knownWordsFor(
  searched: Searched,
  deps: ChatDeps,
): Promise<Map<string, string>> {
  const page = { limit: ROWS, offset: 0 };
  const now = deps.clock.now();
  let texts: string[];
  if (searched === 'documents') {
    const { items } = await deps.store.documents.search('', page);
    texts = items.flatMap((document) => [document.name, document.folderPath]);
  } else if (searched === 'organisations') {
    const { items } = await deps.store.organisations.search({}, page);
    texts = items.flatMap((organisation) => [
      organisation.name,
      organisation.city,
      ...organisation.specialisations,
    ]);
  } else if (searched === 'events') {
    const { items } = await deps.store.events.between(
      { from: new Date(now.getTime() - 90 * DAY_MS), to: new Date(now.getTime() + 365 * DAY_MS) },
      page,
    );
    texts = items.map((event) => event.title);
  } else {
    const { items } = await deps.store.grants.open({ deadlineFrom: now }, page);
    texts = items.flatMap((call) => [call.title, call.programme]);
  }
  // Stored texts first: a word is then shown as written there (`protokół`, not `protokol`).
  return knownWords([...texts, ...vocabularyWords()]);
}
