import { foldForSearch } from './search-text';
import { polishStem } from './search/polish-stem';

/**
 * Words of the cluster's topics in Polish and English, folded, so a search in either language
 * finds what is written in the other: `robotics` finds "robotyka", `strategia` finds
 * "Strategy". Word by word, so phrases follow too ("artificial intelligence" = "sztuczna
 * inteligencja"). Each row is one meaning; its first word is the Polish one.
 */
const meanings: ReadonlyArray<readonly string[]> = [
  ['robotyka', 'robotics'],
  ['mechatronika', 'mechatronics'],
  ['automatyka', 'automation', 'automatics'],
  ['spawalnictwo', 'welding'],
  ['turystyka', 'tourism'],
  ['gastronomia', 'gastronomy', 'catering'],
  ['informatyka', 'informatics', 'computing'],
  ['elektryka', 'electrical', 'electrics'],
  ['energia', 'energy'],
  ['energii', 'energy'],
  ['odnawialne', 'renewable'],
  ['przedsiebiorczosc', 'entrepreneurship'],
  ['sztuczna', 'artificial'],
  ['inteligencja', 'intelligence'],
  ['edukacja', 'education'],
  ['ksztalcenie', 'education', 'training'],
  ['zawodowe', 'vocational'],
  ['szkolenia', 'training', 'trainings'],
  ['nauczycieli', 'teachers', 'teacher'],
  ['nauczyciele', 'teachers', 'teacher'],
  ['doradztwo', 'counselling', 'guidance'],
  ['ewaluacja', 'evaluation'],
  ['wlaczajaca', 'inclusive'],
  ['obywatelska', 'civic', 'citizenship'],
  ['jezyki', 'languages'],
  ['obce', 'foreign'],
  ['kompetencje', 'skills', 'competences'],
  ['cyfrowe', 'digital'],
  ['wymiany', 'exchanges', 'exchange'],
  ['mlodziezy', 'youth'],
  ['polityka', 'policy'],
  ['oswiatowa', 'educational'],
  ['wspolpraca', 'cooperation'],
  ['transgraniczna', 'cross', 'border'],
  ['staze', 'internships', 'placements'],
  ['pracodawcy', 'employer', 'employers'],
  ['strategia', 'strategy'],
  ['sprawozdanie', 'report'],
  ['protokol', 'minutes'],
  ['regulamin', 'rules', 'regulations'],
  ['budzet', 'budget'],
  ['wniosek', 'application', 'proposal'],
  ['umowa', 'agreement', 'contract'],
  ['szablon', 'template'],
  ['system', 'system'],
  ['dualny', 'dual'],
];

/** Each vocabulary word, and its stem, to the words of its meanings (folded). */
const alternativesOf = new Map<string, Set<string>>();
for (const words of meanings) {
  const folded = words.map((word) => foldForSearch(word));
  for (const word of folded) {
    for (const key of [word, polishStem(word)]) {
      if (key === undefined) continue;
      const known = alternativesOf.get(key) ?? new Set<string>();
      for (const other of folded) known.add(other);
      alternativesOf.set(key, known);
    }
  }
}

/**
 * A searched word and the words meaning the same in the other language (folded), found by
 * the word or its stem, so inflected forms find them too (`strategii` → "strategy").
 */
export function sameMeaning(word: string): string[] {
  const folded = foldForSearch(word);
  const stem = polishStem(folded);
  const known =
    alternativesOf.get(folded) ??
    (stem === undefined ? undefined : alternativesOf.get(stem)) ??
    alternativesOf.get(longestStemBeginning(folded) ?? '');
  return [...new Set([folded, ...(known ?? [])])];
}

/** Every word of the vocabulary (folded), for "did you mean" when a search finds nothing. */
export function vocabularyWords(): string[] {
  return [...new Set(meanings.flat())];
}

/** Vocabulary stems this long or longer are matched as beginnings (`robotyki` → "robot"). */
const SHORTEST_STEM_BEGINNING = 5;
const stemBeginnings = [...alternativesOf.keys()]
  .filter((key) => key.length >= SHORTEST_STEM_BEGINNING)
  .sort((a, b) => b.length - a.length);

/** The longest vocabulary word or stem a folded word begins with, if any. */
function longestStemBeginning(folded: string): string | undefined {
  return stemBeginnings.find((key) => folded.startsWith(key));
}

/**
 * Short names of topics people search by that are also ISO country codes: AI (Anguilla), SI
 * (Slovenia; "sztuczna inteligencja"), IT (Italy), VR, AR (Argentina), ML (Mali). Where a
 * command's words may name a country, such a word stays a topic (see `countryFromWord`).
 */
const topicAbbreviations = new Set(['ai', 'si', 'it', 'vr', 'ar', 'ml']);

/** Whether a typed word is the short name of a topic (`AI`, `IT`), in any case. */
export function isTopicAbbreviation(word: string): boolean {
  return topicAbbreviations.has(foldForSearch(word));
}
