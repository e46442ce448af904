import { foldForSearch, type Locale, type Topic } from '@glokal/domain';

const topicWords: Record<string, Topic> = {
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
};

/** The subscription topic a word names, in English or Polish (`granty`, `podsumowanie`). */
export function topicFromWord(word: string): Topic | undefined {
  return topicWords[foldForSearch(word)];
}

const localeWords: Record<string, Locale> = {
  pl: 'pl',
  polski: 'pl',
  polish: 'pl',
  'po polsku': 'pl',
  en: 'en',
  english: 'en',
  angielski: 'en',
  'po angielsku': 'en',
};

/** The language a word names: `pl`, `en`, `polski`, `English`, `angielski`. */
export function localeFromWord(word: string): Locale | undefined {
  return localeWords[foldForSearch(word)];
}
