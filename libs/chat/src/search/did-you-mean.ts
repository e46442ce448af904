import { distance } from 'fastest-levenshtein';
import { foldForSearch, searchTerms, type Translator } from '@glokal/domain';
import type { ChatAction, ReplyAction } from '../reply';
import { button } from '../replies/button';

/** How many letters may be wrong: one in a short word, two in a longer one (as for commands). */
const mistakesAllowed = (word: string) => (word.length <= 4 ? 1 : 2);
/** Shorter typed words are beginnings people are still typing, not words to correct. */
const SHORTEST_CORRECTED = 3;

/**
 * Known words by their folded form, each as people write it (`szkoła` for `szkola`), from
 * texts (titles, names) and vocabulary words; numbers and words under three letters left out.
 */
export function knownWords(texts: Iterable<string>): Map<string, string> {
  const known = new Map<string, string>();
  for (const text of texts) {
    for (const written of text.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u)) {
      const folded = foldForSearch(written);
      if (folded.length < SHORTEST_CORRECTED || /^\d+$/.test(folded) || folded.includes(' '))
        continue;
      if (!known.has(folded)) known.set(folded, written);
    }
  }
  return known;
}

/** The known word nearest a folded typed word by edit distance, within the mistakes allowed. */
function nearestWord(folded: string, known: ReadonlyMap<string, string>): string | undefined {
  const allowed = mistakesAllowed(folded);
  let nearest: { written: string; mistakes: number } | undefined;
  for (const [word, written] of known) {
    if (Math.abs(word.length - folded.length) > allowed) continue;
    const mistakes = distance(folded, word);
    if (mistakes === 0 || mistakes > allowed || (nearest && mistakes >= nearest.mistakes)) continue;
    nearest = { written, mistakes };
  }
  return nearest?.written;
}

/**
 * What people probably meant by words that found nothing: each typed word no known word
 * begins with (in any of its forms, see `searchTerms`) replaced by the nearest known word
 * (`strategja` → `strategia`), the others kept as typed; undefined when no word changes.
 */
export function correctedWords(
  typed: string,
  known: ReadonlyMap<string, string>,
): string | undefined {
  let changed = false;
  const words = typed
    .trim()
    .split(/\s+/)
    .map((word) => {
      const folded = foldForSearch(word);
      if (folded.length < SHORTEST_CORRECTED || folded.includes(' ') || /^\d+$/.test(folded))
        return word;
      const beginnings = searchTerms(folded).flat();
      const found = [...known.keys()].some((each) =>
        beginnings.some((beginning) => each.startsWith(beginning)),
      );
      if (found) return word;
      const nearest = nearestWord(folded, known);
      if (!nearest) return word;
      changed = true;
      return nearest;
    });
  return changed ? words.join(' ') : undefined;
}

/** A "did you mean" for a search that found nothing: the line to show and its button. */
export interface DidYouMean {
  line: string;
  actions: ReplyAction[];
}

/**
 * The correction of words that found nothing, if one finds something: "Nothing found for
 * “strategja”. Did you mean “strategia”?" with a button running the command with it.
 * `finds` asks the store whether the corrected words find anything (one bounded query);
 * `rerun` is the command to run with them.
 */
export async function didYouMean(
  t: Translator,
  typed: string,
  known: ReadonlyMap<string, string>,
  finds: (corrected: string) => Promise<boolean>,
  rerun: (corrected: string) => ChatAction,
): Promise<DidYouMean | undefined> {
  const corrected = correctedWords(typed, known);
  if (!corrected || !(await finds(corrected))) return undefined;
  return {
    line: t.t('chat:search.did_you_mean', { words: typed, suggestion: corrected }),
    actions: button(t.t('chat:search.try', { suggestion: corrected }), rerun(corrected)),
  };
}
