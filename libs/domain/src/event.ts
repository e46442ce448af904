import { z } from 'zod';
import { DateTime } from 'luxon';
import { Locale, TimeZone } from './locale';
import { Platform } from './platform';
import { Places } from './rsvp';

export const eventKinds = [
  'meeting',
  'conference',
  'seminar',
  'training',
  'workshop',
  'exchange',
  'other',
] as const;
export const EventKind = z.enum(eventKinds);
export type EventKind = z.infer<typeof EventKind>;

export const EventStatus = z.enum(['confirmed', 'tentative', 'cancelled']);
export type EventStatus = z.infer<typeof EventStatus>;

/** A calendar date `YYYY-MM-DD` that exists. */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((date) => DateTime.fromISO(date, { zone: 'UTC' }).isValid, 'no such date');

/** An instant in ISO 8601 with an offset or `Z`, normalised to UTC. */
export const Instant = z.iso
  .datetime({ offset: true })
  .transform((value) => new Date(value).toISOString());

/**
 * When an event happens. A timed event has instants and the zone its organiser wrote it in
 * (the zone matters for recurring events and for showing "local time"); an all-day event has
 * dates, with `endDate` exclusive as in iCalendar and Google Calendar.
 */
export const EventTiming = z.discriminatedUnion('allDay', [
  z.object({ allDay: z.literal(false), start: Instant, end: Instant, timeZone: TimeZone }),
  z.object({ allDay: z.literal(true), startDate: CalendarDate, endDate: CalendarDate }),
]);
export type EventTiming = z.infer<typeof EventTiming>;

export const EventSource = z.enum(['google', 'glokal', 'demo']);
export type EventSource = z.infer<typeof EventSource>;

/** Someone on a chat platform: a meeting's invitee, or who scheduled it. */
export const ChatPerson = z.object({ platform: Platform, userId: z.string().min(1).max(100) });
export type ChatPerson = z.infer<typeof ChatPerson>;

/**
 * What a coordinator asked for when scheduling a meeting from chat (`/glokal schedule`),
 * beyond the event itself: the calendar write reads it (a Meet link when online, the invitees),
 * and the announcement may go to the channel they chose.
 */
export const MeetingRequest = z.object({
  /** Held online: the calendar write asks Google for a Meet link (it lands in `onlineUrl`). */
  online: z.boolean(),
  invitees: z.array(ChatPerson).max(100).default([]),
  /** The channel the coordinator chose for the announcement. */
  announceIn: z
    .object({
      platform: Platform,
      workspaceId: z.string().min(1).max(100),
      channelId: z.string().min(1).max(100),
    })
    .optional(),
  /** The language the meeting is held in. */
  language: Locale.optional(),
  /** How many can come; Going past it puts people on the waiting list. None: no limit. */
  capacity: Places.optional(),
  /**
   * The coordinator asked for a "starting in 1 hour" note in the channels the meeting was
   * announced in.
   */
  startingSoonNote: z.boolean().optional(),
  scheduledBy: ChatPerson,
});
export type MeetingRequest = z.infer<typeof MeetingRequest>;

/** A conference, seminar, training, workshop, exchange or meeting of the cluster. */
export const ClusterEvent = z
  .object({
    id: z.string().min(1).max(1024),
    title: z.string().trim().min(1).max(500),
    description: z.string().max(8000).optional(),
    kind: EventKind,
    timing: EventTiming,
    location: z.string().trim().max(500).optional(),
    onlineUrl: z.url().optional(),
    calendarUrl: z.url().optional(),
    status: EventStatus.default('confirmed'),
    /** Set on an instance of a recurring series: the series' id. */
    recurringEventId: z.string().min(1).optional(),
    organiserId: z.string().min(1).optional(),
    /**
     * Set by the worker when writing this meeting to the shared Google Calendar failed for good
     * (retrying could not help, or the queue's retries ran out), for the event's reply to show
     * coordinators: which write, Google's failure in a few words, when. A later write that
     * succeeds clears it.
     */
    calendarWriteError: z
      .object({
        action: z.enum(['insert', 'patch', 'cancel']),
        code: z.string().min(1).max(50),
        message: z.string().max(500),
        at: Instant,
      })
      .optional(),
    source: EventSource,
    updatedAt: Instant,
    /**
     * An event Glokal writes to the shared calendar (`source` glokal): 1 when scheduled, one more
     * with each change from chat (a move, an edit, the cancellation). The `calendar-write`
     * message carries it, so two writes of one event are told apart and an older one never
     * overwrites a newer one. A counter, not `updatedAt`: the store's `updatedAt` also moves
     * when the worker stores back what Google made (its `updated`), which is no new write.
     */
    revision: z.number().int().positive().optional(),
    /** Set on a meeting scheduled from chat. */
    meeting: MeetingRequest.optional(),
  })
  .refine((event) => eventEndsAfterStart(event.timing), {
    message: 'an event must end after it starts',
    path: ['timing'],
  });
export type ClusterEvent = z.infer<typeof ClusterEvent>;

function eventEndsAfterStart(timing: EventTiming): boolean {
  return timing.allDay ? timing.endDate > timing.startDate : timing.end > timing.start;
}

/**
 * The instants an event occupies. An all-day event runs from midnight of its first day to
 * midnight after its last day in the cluster's zone (that is what "all day" means to a
 * cluster in Warsaw), computed by Luxon so DST days are 23 or 25 hours long.
 */
export function eventInterval(
  timing: EventTiming,
  clusterZone: string,
): { start: Date; end: Date } {
  if (!timing.allDay) return { start: new Date(timing.start), end: new Date(timing.end) };
  return {
    start: DateTime.fromISO(timing.startDate, { zone: clusterZone }).startOf('day').toJSDate(),
    end: DateTime.fromISO(timing.endDate, { zone: clusterZone }).startOf('day').toJSDate(),
  };
}
