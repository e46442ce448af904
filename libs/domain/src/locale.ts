import { z } from 'zod';
import { IANAZone } from 'luxon';

export const locales = ['pl', 'en'] as const;
export const Locale = z.enum(locales);
export type Locale = z.infer<typeof Locale>;

const knownZones = new Map<string, boolean>();

/** Whether ICU knows the zone; remembered, since asking builds an `Intl.DateTimeFormat`. */
export function isKnownTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    known = IANAZone.isValidZone(zone);
    if (knownZones.size < 1_000) knownZones.set(zone, known);
  }
  return known;
}

/** An IANA time-zone name that Luxon (and so the ICU data of Node) knows, e.g. `Europe/Warsaw`. */
export const TimeZone = z.string().refine(isKnownTimeZone, { message: 'unknown IANA time zone' });
export type TimeZone = z.infer<typeof TimeZone>;

export const CLUSTER_TIME_ZONE_DEFAULT = 'Europe/Warsaw';

/**
 * Maps what a platform says about a person's language (`pl`, `pl-PL`, `en-US`, `en-GB`, `de`)
 * to one of ours: Polish for any Polish tag, English for everything else we do not speak.
 */
export function localeFromTag(tag: string | undefined | null, fallback: Locale): Locale {
  if (!tag) return fallback;
  const language = tag.toLowerCase().split(/[-_]/)[0];
  if (language === 'pl') return 'pl';
  if (language === 'en') return 'en';
  return 'en';
}
