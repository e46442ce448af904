import type { Locale } from '@glokal/domain';

/** The Intl locale for dates written outside the translator (same as it uses). */
export function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : 'pl-PL';
}
