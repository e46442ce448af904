import { createHash } from 'node:crypto';
import {
  GuildScheduledEventEntityType,
  GuildScheduledEventPrivacyLevel,
  type RESTPostAPIGuildScheduledEventJSONBody,
} from 'discord.js';
import { createTranslator, eventInterval, type ClusterEvent, type Locale } from '@glokal/domain';
import { cut, inert } from '../inert-text';

/** Discord's limits of a scheduled event: name 1–100, description up to 1000, location 1–100. */
export const scheduledEventLimits = { name: 100, description: 1000, location: 100 } as const;

export type ScheduledEventBody = RESTPostAPIGuildScheduledEventJSONBody & {
  entity_metadata: { location: string };
  scheduled_end_time: string;
};

/**
 * The mark that names the event in its copy's description (the last line): a retry that
 * cannot tell whether an earlier try created the copy finds it by this in the server's list.
 * A digest, so an event id of any length fits.
 */
export function eventMark(eventId: string): string {
  return `glokal:${createHash('sha256').update(eventId).digest('base64url').slice(0, 16)}`;
}

/** Where the copy says the event is: the place, else the Meet link, else words saying so. */
function locationOf(event: ClusterEvent, t: ReturnType<typeof createTranslator>): string {
  const place = event.location?.trim();
  if (place) return cut(place, scheduledEventLimits.location);
  if (event.onlineUrl && event.onlineUrl.length <= scheduledEventLimits.location)
    return event.onlineUrl;
  return t.t(event.onlineUrl ? 'events:online' : 'discord:scheduled_event_no_place');
}

/**
 * The Events-tab copy of an event as Discord takes it (an external event, seen by the
 * server's members), or undefined when the event is not to be shown there: cancelled, or
 * already started (Discord schedules nothing in the past). An all-day event runs from
 * midnight to midnight in the cluster's zone. The description is the event's own (inert, as
 * calendar text is everywhere on Discord), its Meet link when the place took the location,
 * and the event's mark last; everything cut to Discord's limits.
 */
export function scheduledEventBody(
  event: ClusterEvent,
  context: { now: Date; clusterTimeZone: string; locale: Locale },
): ScheduledEventBody | undefined {
  if (event.status === 'cancelled') return undefined;
  const { start, end } = eventInterval(event.timing, context.clusterTimeZone);
  if (start.getTime() <= context.now.getTime()) return undefined;
  const t = createTranslator(context.locale, context.clusterTimeZone);
  const location = locationOf(event, t);
  const mark = eventMark(event.id);
  const lines = [
    event.description?.trim() ? inert(event.description.trim()) : undefined,
    event.onlineUrl && location !== event.onlineUrl ? event.onlineUrl : undefined,
  ].filter((line): line is string => Boolean(line));
  const room = scheduledEventLimits.description - mark.length - 2;
  const text = lines.length > 0 ? cut(lines.join('\n\n'), room) : '';
  return {
    name: cut(event.title.trim(), scheduledEventLimits.name),
    description: text ? `${text}\n\n${mark}` : mark,
    privacy_level: GuildScheduledEventPrivacyLevel.GuildOnly,
    entity_type: GuildScheduledEventEntityType.External,
    scheduled_start_time: start.toISOString(),
    scheduled_end_time: end.toISOString(),
    entity_metadata: { location },
  };
}

/** A digest of what a copy says, stored with it: an unchanged event needs no call to Discord. */
export function sentDigest(body: ScheduledEventBody): string {
  const fields = [
    body.name,
    body.description,
    body.scheduled_start_time,
    body.scheduled_end_time,
    body.entity_metadata.location,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('base64url');
}
