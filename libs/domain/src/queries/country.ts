import { foldForSearch } from '../search-text';
import type { Locale } from '../locale';
import { isTopicAbbreviation } from '../vocabulary';

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const names: Record<Locale, Intl.DisplayNames> = {
  pl: new Intl.DisplayNames(['pl'], { type: 'region', fallback: 'code' }),
  en: new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' }),
};

/** ISO 3166-1 alpha-2 codes the ICU data of Node names, with their folded English and Polish names. */
let byName: Map<string, string> | undefined;
let codes: Set<string> | undefined;

function index(): { byName: Map<string, string>; codes: Set<string> } {
  if (!byName || !codes) {
    byName = new Map();
    codes = new Set();
    for (const first of letters) {
      for (const second of letters) {
        const code = `${first}${second}`;
        const english = names.en.of(code);
        if (!english || english === code) continue;
        codes.add(code);
        byName.set(foldForSearch(english), code);
        byName.set(foldForSearch(names.pl.of(code) ?? code), code);
      }
    }
  }
  return { byName, codes };
}

/**
 * The country a person means: a two-letter code (`pt`, `PL`) or a name in English or Polish
 * (`Portugal`, `Portugalia`, `Niemcy`); undefined when it names none.
 */
export function countryFromText(text: string): string | undefined {
  const { byName: named, codes: known } = index();
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && known.has(trimmed.toUpperCase()))
    return trimmed.toUpperCase();
  return named.get(foldForSearch(trimmed));
}

/**
 * The country a word among a command's words means, for commands whose grammar lets one word
 * be a country (`partners <specialisation> [country]`: the last word after a specialisation;
 * `members [kind] [country] [words]`: any word). The rule: a country's name (`Portugal`,
 * `Włochy`) is always the country; a two-letter code (`PT`) is the country unless it is also
 * the short name of a topic (`AI`, `IT`, `VR`: `isTopicAbbreviation`), which stays a word to
 * search by, since `partners AI` or `members IT` ask about the topic, not Anguilla or Italy;
 * the name (`Italy`, `Włochy`) or the country option means the country then. Commands with no
 * country in their grammar (`docs`, `event`, `grant`) never call this: every word is searched.
 */
export function countryFromWord(word: string): string | undefined {
  if (isTopicAbbreviation(word) && /^[A-Za-z]{2}$/.test(word.trim())) return undefined;
  return countryFromText(word);
}

/** A country's name in the person's language (`Portugalia`, `Portugal`); the code if unknown. */
export function countryName(code: string, locale: Locale): string {
  return names[locale].of(code.toUpperCase()) ?? code;
}
