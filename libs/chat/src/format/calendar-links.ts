import { DateTime } from 'luxon';
import {
  deadlineInstant,
  type ClusterEvent,
  type GrantCall,
  type Locale,
  type Translator,
} from '@glokal/domain';

/**
 * The longest link a reply carries: Discord refuses embed links over 2,048 characters and
 * Slack section texts hold 3,000 with the title, so a little under both.
 */
export const MAX_LINK_LENGTH = 2000;

const GOOGLE_TEMPLATE = 'https://calendar.google.com/calendar/render?action=TEMPLATE';

interface TemplateEntry {
  text: string;
  /** `YYYYMMDD/YYYYMMDD` (all day, end exclusive) or `YYYYMMDDTHHmmssZ/YYYYMMDDTHHmmssZ`. */
  dates: string;
  details?: string | undefined;
  location?: string | undefined;
}

const utc = (instant: Date | string) =>
  DateTime.fromJSDate(new Date(instant), { zone: 'UTC' }).toFormat("yyyyLLdd'T'HHmmss'Z'");
const day = (date: string) => date.replaceAll('-', '');

/**
 * Every character but letters, digits and `-_.` escaped (RFC 3986, stricter than
 * `encodeURIComponent`): no `*`, `~` or `!` of calendar text reaches a chat platform raw,
 * even inside a link.
 */
const encode = (text: string) =>
  encodeURIComponent(text).replace(
    /[!'()*~]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );

function templateLink(entry: TemplateEntry): string {
  const parts = [
    ['text', entry.text],
    ['dates', entry.dates],
    ['details', entry.details],
    ['location', entry.location],
  ] as const;
  return (
    GOOGLE_TEMPLATE +
    parts
      .filter(([, value]) => value)
      .map(([name, value]) => `&${name}=${encode(value ?? '')}`)
      .join('')
  );
}

/** `text` cut (at whole characters) to the longest start for which `fits` holds. */
function longestFitting(text: string, fits: (cut: string) => boolean): string {
  const chars = [...text];
  let [low, high] = [0, chars.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(`${chars.slice(0, middle).join('')}…`)) low = middle;
    else high = middle - 1;
  }
  return low === 0 ? '' : `${chars.slice(0, low).join('').trimEnd()}…`;
}

/**
 * A Google Calendar "add event" link within `MAX_LINK_LENGTH`: what does not fit is cut,
 * the details first, then the place, then the title (never the dates).
 */
function fittedTemplateLink(entry: TemplateEntry): string {
  let fitted = { ...entry };
  const fits = (candidate: TemplateEntry) => templateLink(candidate).length <= MAX_LINK_LENGTH;
  for (const field of ['details', 'location', 'text'] as const) {
    if (fits(fitted)) break;
    const value = fitted[field] ?? '';
    fitted = {
      ...fitted,
      [field]: longestFitting(value, (cut) => fits({ ...fitted, [field]: cut })),
    };
  }
  return templateLink(fitted);
}

/** An event as a Google Calendar template: dates for an all-day event, UTC instants otherwise. */
export function googleCalendarEventLink(event: ClusterEvent, t: Translator): string {
  const { timing } = event;
  const details = [
    event.description?.trim(),
    event.onlineUrl ? t.t('feeds:online', { url: event.onlineUrl }) : undefined,
  ].filter(Boolean);
  return fittedTemplateLink({
    text: event.title,
    dates: timing.allDay
      ? `${day(timing.startDate)}/${day(timing.endDate)}`
      : `${utc(timing.start)}/${utc(timing.end)}`,
    details: details.join('\n\n'),
    location: event.location,
  });
}

/** A call's deadline as a Google Calendar template: one instant, in UTC. */
export function googleCalendarDeadlineLink(call: GrantCall, t: Translator): string {
  const at = utc(deadlineInstant(call.deadline));
  return fittedTemplateLink({
    text: t.t('feeds:deadline_summary', { title: call.title, programme: call.programme }),
    dates: `${at}/${at}`,
    details: [call.url, call.description?.trim()].filter(Boolean).join('\n\n'),
  });
}

/** A feed of the public port in a language: `<PUBLIC_URL>/feeds/events.ics?lang=pl`. */
export function feedLink(
  publicUrl: string,
  feed: 'events' | 'deadlines' | { token: string },
  locale: Locale,
): string {
  const path = typeof feed === 'string' ? `${feed}.ics` : `p/${encodeURIComponent(feed.token)}.ics`;
  return `${publicUrl}/feeds/${path}?lang=${locale}`;
}
