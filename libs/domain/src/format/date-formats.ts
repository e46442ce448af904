import type { Locale } from '../locale';

/** Date formats: Polish, and British English ("Fri, 12 Jun 2026"), not American. */
const dateLocales: Record<Locale, string> = { pl: 'pl-PL', en: 'en-GB' };

const styles = {
  dateTime: {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  },
  date: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  calendarDate: { year: 'numeric', month: '2-digit', day: '2-digit' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof styles;

/**
 * One `Intl.DateTimeFormat` per language, zone and style, made once: building one costs far
 * more than formatting with it, and a reply formats dozens of dates. The zone rules are the
 * runtime's own time-zone data, the same Luxon reads.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(
  locale: Locale,
  timeZone: string,
  style: DateStyle,
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(dateLocales[locale], { ...styles[style], timeZone });
    formats.set(key, format);
  }
  return format;
}

/** The calendar date `YYYY-MM-DD` of an instant in a zone. */
export function calendarDateIn(instant: Date, timeZone: string): string {
  const parts = dateFormat('en', timeZone, 'calendarDate').formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((each) => each.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
