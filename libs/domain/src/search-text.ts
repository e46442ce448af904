/**
 * Folds text for search: lower case, no diacritics (ą→a, ł→l, é→e), single spaces. Stored
 * beside searchable rows and applied to the words people type, so "lodz" finds "Łódź".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded words of a query, without duplicates; empty when nothing searchable is left. */
export function searchWords(text: string): string[] {
  const folded = foldForSearch(text);
  return folded ? [...new Set(folded.split(' '))] : [];
}
