import { foldForSearch } from '../search-text';
import type { Locale } from '../locale';

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

/** A country's name in the person's language (`Portugalia`, `Portugal`); the code if unknown. */
export function countryName(code: string, locale: Locale): string {
  return names[locale].of(code.toUpperCase()) ?? code;
}
