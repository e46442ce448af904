import type { calendar_v3 } from 'googleapis/build/src/apis/calendar';
import type { CalendarEventDraft, EventTiming } from '@glokal/domain';
import { eventKindProperty, eventSourceProperty } from './event-kind-marker';

/**
 * A draft (or the changed part of one) as a Calendar v3 event resource: the kind and Glokal's
 * mark in extended properties (so the sync reads it back as the same kind, from Glokal, with
 * the title untouched), timed events with their zone, all-day ones with dates (end
 * exclusive), and a Meet create request (its `requestId` the event's id, so a repeated
 * request makes one conference) when the meeting is online.
 */
export function toGoogleEvent(
  id: string,
  draft: Partial<Omit<CalendarEventDraft, 'id'>>,
): calendar_v3.Schema$Event {
  return {
    ...(draft.title === undefined ? {} : { summary: draft.title }),
    ...(draft.description === undefined ? {} : { description: draft.description }),
    ...(draft.location === undefined ? {} : { location: draft.location }),
    ...(draft.timing ? toTimes(draft.timing) : {}),
    ...(draft.attendees ? { attendees: draft.attendees.map((email) => ({ email })) } : {}),
    ...(draft.online
      ? {
          conferenceData: {
            createRequest: { requestId: id, conferenceSolutionKey: { type: 'hangoutsMeet' } },
          },
        }
      : {}),
    extendedProperties: {
      ...(draft.kind === undefined ? {} : { shared: { [eventKindProperty]: draft.kind } }),
      private: { [eventSourceProperty]: 'glokal' },
    },
  };
}

function toTimes(timing: EventTiming): Pick<calendar_v3.Schema$Event, 'start' | 'end'> {
  if (timing.allDay) return { start: { date: timing.startDate }, end: { date: timing.endDate } };
  return {
    start: { dateTime: timing.start, timeZone: timing.timeZone },
    end: { dateTime: timing.end, timeZone: timing.timeZone },
  };
}
