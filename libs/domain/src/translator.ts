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

/**
 * Messages without values, per language, translated once (the messages never change at run
 * time). Those with values go to `i18n.t` with the language as an option: i18next's fixed-`t`
 * wrapper copies its whole options object on every call, which made translation the largest
 * allocation of a reply.
 */
const plainMessages: Record<Locale, Map<string, string>> = { pl: new Map(), en: new Map() };

function translate(locale: Locale, key: MessageKey, values: MessageValues | undefined): string {
  if (values) return (i18n.t as TFunction)(key, { ...values, lng: locale }) as string;
  const known = plainMessages[locale].get(key);
  if (known !== undefined) return known;
  const message = (i18n.t as TFunction)(key, { lng: locale }) as string;
  plainMessages[locale].set(key, message);
  return message;
}

/** A calendar date `YYYY-MM-DD` as the instant of its noon in UTC, or undefined when it is none. */
function calendarNoon(date: string): Date | undefined {
  const noon = new Date(`${date}T12:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(noon.getTime()) ? noon : undefined;
}

/** Formats an instant, or says "—" for an invalid one instead of throwing mid-reply. */
const safely = (format: Intl.DateTimeFormat, instant: Date) =>
  Number.isNaN(instant.getTime()) ? '—' : format.format(instant);

/** Translators made so far, by language and zone (a translator holds nothing else). */
const translators = new Map<string, Translator>();
const TRANSLATORS_KEPT = 1_000;

/** Words and formats in a language and zone; the same translator for the same pair. */
export function createTranslator(locale: Locale, timeZone: string): Translator {
  const key = `${locale} ${timeZone}`;
  const known = translators.get(key);
  if (known) return known;
  const translator = Object.freeze(translatorFor(locale, timeZone));
  if (translators.size >= TRANSLATORS_KEPT) translators.clear();
  translators.set(key, translator);
  return translator;
}

function translatorFor(locale: Locale, timeZone: string): Translator {
  const dateTime = dateFormat(locale, timeZone, 'dateTime');
  const time = dateFormat(locale, timeZone, 'time');
  // A calendar date names the same day everywhere: formatted at its noon in UTC.
  const date = dateFormat(locale, 'UTC', 'date');
  return {
    locale,
    timeZone,
    t: (key, values) => translate(locale, key, values),
    dateTime: (instant) => safely(dateTime, instant),
    date: (day) => {
      const noon = calendarNoon(day);
      return noon ? date.format(noon) : day;
    },
    time: (instant) => safely(time, instant),
    localDate: (instant) => calendarDateIn(instant, timeZone),
  };
}
