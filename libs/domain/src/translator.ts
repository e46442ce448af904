import i18next, { type TFunction } from 'i18next';
import { DateTime } from 'luxon';
import type { Locale } from './locale';
import { messageAreas, type MessageArea } from './messages';

type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Leaves<T[K]>}`;
}[keyof T & string];
type PluralSuffix = '_one' | '_few' | '_many' | '_other';
type WithoutPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;

/** Every message key as `area:key`, plural forms folded to their base key. */
export type MessageKey = {
  [A in MessageArea]: `${A}:${WithoutPlural<Leaves<(typeof messageAreas)[A]['en']>>}`;
}[MessageArea];

export type MessageValues = Record<string, string | number>;

/** Words and formats for one person: their language and time zone. */
export interface Translator {
  readonly locale: Locale;
  readonly timeZone: string;
  t(key: MessageKey, values?: MessageValues): string;
  /** e.g. "pt., 12 cze 2026, 10:00" / "Fri, 12 Jun 2026, 10:00" in the person's zone. */
  dateTime(instant: Date): string;
  /** e.g. "12 cze 2026" / "12 Jun 2026". `date` is a calendar date `YYYY-MM-DD`. */
  date(date: string): string;
  time(instant: Date): string;
}

function resourcesFor(locale: Locale) {
  return Object.fromEntries(
    Object.entries(messageAreas).map(([area, messages]) => [area, messages[locale]]),
  );
}

const i18n = i18next.createInstance();
void i18n.init({
  resources: { pl: resourcesFor('pl'), en: resourcesFor('en') },
  lng: 'pl',
  fallbackLng: false,
  ns: Object.keys(messageAreas),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

const fixedTs: Record<Locale, TFunction> = { pl: i18n.getFixedT('pl'), en: i18n.getFixedT('en') };

/** Date formats: Polish, and British English ("Fri, 12 Jun 2026"), not American. */
const dateLocales: Record<Locale, string> = { pl: 'pl-PL', en: 'en-GB' };

export function createTranslator(locale: Locale, timeZone: string): Translator {
  const t = fixedTs[locale];
  const at = (instant: Date) =>
    DateTime.fromJSDate(instant, { zone: timeZone }).setLocale(dateLocales[locale]);
  return {
    locale,
    timeZone,
    t: (key, values) => t(key, values ?? {}) as string,
    dateTime: (instant) =>
      at(instant).toLocaleString({
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }),
    date: (date) =>
      DateTime.fromISO(date, { zone: timeZone })
        .setLocale(dateLocales[locale])
        .toLocaleString({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }),
    time: (instant) => at(instant).toLocaleString(DateTime.TIME_24_SIMPLE),
  };
}
