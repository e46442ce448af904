import { z } from 'zod';

/** An event's start or end: `date` for all-day events, `dateTime` (+ `timeZone`) for timed ones. */
export const GoogleEventTime = z.looseObject({
  date: z.string().optional(),
  dateTime: z.string().optional(),
  timeZone: z.string().optional(),
});

/** The fields of a Calendar v3 event resource Glokal reads; anything else passes through. */
export const GoogleEvent = z.looseObject({
  id: z.string().min(1),
  status: z.string().optional(),
  summary: z.string().optional(),
  description: z.string().optional(),
  location: z.string().optional(),
  htmlLink: z.string().optional(),
  hangoutLink: z.string().optional(),
  conferenceData: z
    .looseObject({
      entryPoints: z
        .array(z.looseObject({ entryPointType: z.string().optional(), uri: z.string().optional() }))
        .optional(),
    })
    .optional(),
  start: GoogleEventTime.optional(),
  end: GoogleEventTime.optional(),
  recurringEventId: z.string().optional(),
  recurrence: z.array(z.string()).optional(),
  updated: z.string().optional(),
  extendedProperties: z
    .looseObject({
      shared: z.record(z.string(), z.string()).optional(),
      private: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
});
export type GoogleEvent = z.infer<typeof GoogleEvent>;

/** An `events.list` page. Items are checked one by one, so one odd event cannot stop a sync. */
export const GoogleEventsPage = z.looseObject({
  items: z.array(z.unknown()).default([]),
  nextPageToken: z.string().optional(),
  nextSyncToken: z.string().optional(),
  timeZone: z.string().optional(),
});
