import { foldForSearch, type Translator } from '@glokal/domain';
import { parsePeriod } from '@glokal/domain/period';
import { periodLabel, withoutControls, type Suggestion } from '@glokal/chat';

/** The named periods offered while typing, as people say them in each language. */
const namedPeriods = [
  { en: 'today', pl: 'dziś' },
  { en: 'tomorrow', pl: 'jutro' },
  { en: 'week', pl: 'tydzień' },
  { en: 'month', pl: 'miesiąc' },
  { en: 'this week', pl: 'ten tydzień' },
  { en: 'next week', pl: 'przyszły tydzień' },
  { en: 'this month', pl: 'ten miesiąc' },
  { en: 'next month', pl: 'przyszły miesiąc' },
] as const;

const cut = (text: string) => (text.length <= 100 ? text : `${text.slice(0, 99)}…`);

/**
 * Choices for the `period` option: the named periods in the person's language with the dates
 * they cover ("przyszły tydzień, 15 cze – 21 cze"), filtered by what is typed; a typed period
 * of its own (`2026-09`, `2026-09-15..2026-09-20`) comes first. Any text can still be sent.
 */
export function periodSuggestions(written: string, now: Date, t: Translator): Suggestion[] {
  // Control characters typed (a NUL) never come back as a choice's value.
  const typed = withoutControls(written);
  const folded = foldForSearch(typed);
  const named = namedPeriods.flatMap((named) => {
    const word = t.locale === 'pl' ? named.pl : named.en;
    const parsed = parsePeriod(named.en, now, t.timeZone);
    if (!parsed.ok) return [];
    const name = periodLabel(parsed.period, t);
    const matches =
      folded === '' || foldForSearch(`${word} ${named.en} ${named.pl} ${name}`).includes(folded);
    return matches ? [{ name: cut(name), value: word }] : [];
  });
  const own = typed.trim() === '' ? undefined : parsePeriod(typed, now, t.timeZone);
  if (own?.ok && !named.some((choice) => choice.value === typed.trim())) {
    return [{ name: cut(periodLabel(own.period, t)), value: typed.trim().slice(0, 100) }, ...named];
  }
  return named;
}
