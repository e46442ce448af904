import i18next, { type TFunction } from 'i18next';
import type { Locale } from './locale';
import { messageAreas, type MessageArea } from './messages';
import { calendarDateIn, dateFormat } from './format/date-formats';

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
  /** The calendar date `YYYY-MM-DD` of an instant in the person's zone. */
  localDate(instant: Date): string;
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

/** A calendar date `YYYY-MM-DD` as the instant of its noon in UTC, or undefined when it is none. */
function calendarNoon(date: string): Date | undefined {
  const noon = new Date(`${date}T12:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(noon.getTime()) ? noon : undefined;
}

/** Formats an instant, or says "—" for an invalid one instead of throwing mid-reply. */
const safely = (format: Intl.DateTimeFormat, instant: Date) =>
  Number.isNaN(instant.getTime()) ? '—' : format.format(instant);

export function createTranslator(locale: Locale, timeZone: string): Translator {
  const t = fixedTs[locale];
  const dateTime = dateFormat(locale, timeZone, 'dateTime');
  const time = dateFormat(locale, timeZone, 'time');
  // A calendar date names the same day everywhere: formatted at its noon in UTC.
  const date = dateFormat(locale, 'UTC', 'date');
  return {
    locale,
    timeZone,
    t: (key, values) => t(key, values ?? {}) as string,
    dateTime: (instant) => safely(dateTime, instant),
    date: (day) => {
      const noon = calendarNoon(day);
      return noon ? date.format(noon) : day;
    },
    time: (instant) => safely(time, instant),
    localDate: (instant) => calendarDateIn(instant, timeZone),
  };
}
