import { foldForSearch } from './search-text';

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

const alternativesOf = new Map<string, Set<string>>();
for (const words of meanings) {
  const folded = words.map((word) => foldForSearch(word));
  for (const word of folded) {
    const known = alternativesOf.get(word) ?? new Set<string>();
    for (const other of folded) known.add(other);
    alternativesOf.set(word, known);
  }
}

/** A searched word and the words meaning the same in the other language (folded). */
export function sameMeaning(word: string): string[] {
  const folded = foldForSearch(word);
  return [...(alternativesOf.get(folded) ?? [folded])];
}
