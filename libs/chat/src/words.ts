import { foldForSearch, type Locale, type Topic } from '@glokal/domain';

const topicWords = new Map<string, Topic>(
  Object.entries({
    events: 'events',
    event: 'events',
    wydarzenia: 'events',
    grants: 'grants',
    grant: 'grants',
    granty: 'grants',
    nabory: 'grants',
    docs: 'docs',
    documents: 'docs',
    dokumenty: 'docs',
    digest: 'digest',
    podsumowanie: 'digest',
    podsumowania: 'digest',
  } satisfies Record<string, Topic>),
);

/** The subscription topic a word names, in English or Polish (`granty`, `podsumowanie`). */
export function topicFromWord(word: string): Topic | undefined {
  return topicWords.get(foldForSearch(word));
}

const localeWords = new Map<string, Locale>(
  Object.entries({
    pl: 'pl',
    polski: 'pl',
    polish: 'pl',
    'po polsku': 'pl',
    en: 'en',
    english: 'en',
    angielski: 'en',
    'po angielsku': 'en',
  } satisfies Record<string, Locale>),
);

/** The language a word names: `pl`, `en`, `polski`, `English`, `angielski`. */
export function localeFromWord(word: string): Locale | undefined {
  return localeWords.get(foldForSearch(word));
}

/** The words for "my own list", in both languages. Lookups here are Maps and Sets, so a word like `constructor` names nothing. */
const mineWords = new Set(['mine', 'my', 'followed', 'following', 'moje', 'moich', 'obserwowane']);

/** Whether a word asks for the person's own list: `mine`, `moje`, `obserwowane`. */
export function isMineWord(word: string): boolean {
  return mineWords.has(foldForSearch(word));
}
