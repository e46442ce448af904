/** The part of @nlpjs/lang-pl (it ships no types) that search uses. */
declare module '@nlpjs/lang-pl' {
  export class StemmerPl {
    /** The stem of one lower-case word. */
    stem(word: string): string;
    /** Its memo of every word stemmed so far, keyed `.<word>`. */
    cache: Record<string, string>;
  }
}
